package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The first built-in functions and constructors, with CPython's results and messages. */
class BuiltinFunctionsTest {

    @Test
    void printSeparatorAndEnd() {
        assertEquals("1-2-3.\nx None\n", PythonRunner.output("print(1, 2, 3, sep='-', end='.\\n')\nprint('x', None, sep=None)"));
    }

    @Test
    void printNothingPrintsNewline() {
        assertEquals("\n", PythonRunner.output("print()"));
    }

    @Test
    void lenAbsMinMax() {
        assertEquals("5 3 2.5 1 c 9 a 7\n",
                        PythonRunner.output("print(len('héllo'), abs(-3), abs(-2.5), min(3, 1, 2), max('abc'), max(4, 9, 2), min('b', 'a'), max((), default=7))"));
    }

    @Test
    void minWithKey() {
        assertEquals("-5\n", PythonRunner.output("print(max(3, -5, 4, key=abs))"));
    }

    @Test
    void typeAndIsinstance() {
        assertEquals("<class 'int'> <class 'str'> <class 'bool'> True True False True\n",
                        PythonRunner.output("print(type(1), type('a'), type(True), isinstance(True, int), isinstance(1, (str, int)), isinstance(1.0, int), isinstance(ValueError('x'), Exception))"));
    }

    @Test
    void constructors() {
        assertEquals("-1000 255 7 3 1.5 -inf 12 0.1 True False \n",
                        PythonRunner.output("print(int(' -1_000 '), int('ff', 16), int('0o7', 0), int(3.9), float('1.5'), float('-inf'), str(12), str(0.1), bool(3), bool(''), str())"));
    }

    @Test
    void reprOfStrings() {
        assertEquals("'a\\nb' \"it's\" 'x'\n", PythonRunner.output("print(repr('a\\nb'), repr(\"it's\"), repr('x'))"));
    }

    @Test
    void fStringsWithConversionsAndSpecs() {
        assertEquals("3.14    42 0x2a   'hi' n=42 '\\xe9' 4242\n",
                        PythonRunner.output("x = 3.14159\nn = 42\ns = 'hi'\nprint(f\"{x:.2f} {n:>5} {n:#x} {s!r:>6} {n=} {'\u00e9'!a} {f'{n}{n}'}\")"));
    }

    @Test
    void formatAndPercent() {
        assertEquals("0003.500 7 a=42  3.14 ff%\n",
                        PythonRunner.output("print(format(3.5, '08.3f'), format(7), '%s=%d %5.2f %x%%' % ('a', 42, 3.14159, 255))"));
    }
}
