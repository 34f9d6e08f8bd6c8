package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The str methods, against fixed expectations and, when it is there, against the reference CPython. */
class StrMethodsTest {

    private static final String PROGRAM = String.join("\n",
                    "s = '  Hello, World  '",
                    "print(s.strip(), s.lstrip() + '|', s.rstrip() + '|', 'xxaxx'.strip('x'))",
                    "print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.index('l'), 'hello'.rindex('l'), 'hello'.count('l'))",
                    "print('hello'.find('l', 3), 'hello'.find('z'), 'hello'.count('l', None, 3), 'aaa'.count(''))",
                    "print('hello'.startswith('he'), 'hello'.endswith(('x', 'lo')), 'hello'.startswith('l', 2))",
                    "print('a-b-c'.replace('-', '+'), 'a-b-c'.replace('-', '+', 1), 'ab'.replace('', '.'))",
                    "print('Hello'.upper(), 'Hello'.lower(), 'Stra\u00dfe'.casefold(), 'Hello'.swapcase(), 'hello world'.capitalize(), \"they're\".title())",
                    "print('ab'.center(6, '*'), 'ab'.ljust(5) + '|', 'ab'.rjust(5), '42'.zfill(5), '-42'.zfill(6), 'a\\tb'.expandtabs(4))",
                    "print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'))",
                    "print(','.join(('a', 'b', 'c')), '-'.join('xyz'), '|'.join(()), '+'.join(iter(('p', 'q'))))",
                    "print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), ' \\t'.isspace(), 'ABC'.isupper(), 'abc'.islower())",
                    "print('Hello World'.istitle(), '_x1'.isidentifier(), '12'.isdecimal(), '\u00bd'.isnumeric(), 'a\\n'.isprintable(), '\u00e9'.isascii())",
                    "print('prefix_x'.removeprefix('prefix_'), 'x.py'.removesuffix('.py'), ''.isdigit())",
                    "print('{} + {} = {}'.format(1, 2, 3), '{0}{1}{0}'.format('ab', 'cd'), '{:>8.3f}|{:<5}|{:^7}|{!r}'.format(3.14159, 'x', 'mid', 'q'))",
                    "print('{{}} {:08b} {:,} {0[1]}'.format(10, 1234567) if False else '{{}} {:08b} {:,}'.format(10, 1234567))",
                    "def err(f):",
                    "    try:",
                    "        f()",
                    "    except Exception as e:",
                    "        print(type(e).__name__, e)",
                    "def f1():",
                    "    return 'abc'.index('z')",
                    "def f2():",
                    "    return 'abc'.find(1)",
                    "def f3():",
                    "    return ','.join((1, 2))",
                    "def f4():",
                    "    return 'ab'.center(5, 'xy')",
                    "def f5():",
                    "    return 'abc'.startswith(1)",
                    "def f6():",
                    "    return '{} {}'.format(1)",
                    "def f7():",
                    "    return '{'.format(1)",
                    "def f8():",
                    "    return 'abc'.rindex('q', 1)",
                    "for f in (f1, f2, f3, f4, f5, f6, f7, f8):",
                    "    err(f)",
                    "");

    private static final String EXPECTED = String.join("\n",
                    "Hello, World Hello, World  |   Hello, World| a",
                    "2 3 2 3 2",
                    "3 -1 1 4",
                    "True True True",
                    "a+b+c a+b-c .a.b.",
                    "HELLO hello strasse hELLO Hello world They'Re",
                    "**ab** ab   |    ab 00042 -00042 a   b",
                    "('a', '=', 'b=c') ('a=b', '=', 'c') ('abc', '', '')",
                    "a,b,c x-y-z  p+q",
                    "True True True True True True",
                    "True True True True False False",
                    "x x False",
                    "1 + 2 = 3 abcdab    3.142|x    |  mid  |'q'",
                    "{} 00001010 1,234,567",
                    "ValueError substring not found",
                    "TypeError find() argument 1 must be str, not int",
                    "TypeError sequence item 0: expected str instance, int found",
                    "TypeError The fill character must be exactly one character long",
                    "TypeError startswith first arg must be str or a tuple of str, not int",
                    "IndexError Replacement index 1 out of range for positional args tuple",
                    "ValueError Single '{' encountered in format string",
                    "ValueError substring not found",
                    "");

    @Test
    void methodsGiveCPythonsResultsAndErrors() {
        assertEquals(EXPECTED, PythonRunner.output(PROGRAM));
    }

    @Test
    void agreesWithReferenceCPython() throws IOException, InterruptedException {
        Path oracle = Path.of("..", "..", "shared", "oracle", "cpython313").toAbsolutePath();
        if (!Files.isExecutable(oracle)) {
            oracle = Path.of("..", "shared", "oracle", "cpython313").toAbsolutePath();
        }
        Assumptions.assumeTrue(Files.isExecutable(oracle), "reference interpreter not found");
        Path script = Files.createTempFile("strmethods", ".py");
        try {
            Files.writeString(script, PROGRAM, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(oracle.toString(), script.toString()).redirectErrorStream(true).start();
            String expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "reference interpreter timed out");
            assertEquals(expected, PythonRunner.output(PROGRAM));
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
