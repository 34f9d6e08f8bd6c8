package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Statements, operators and literals run end to end: parser, translator, nodes, builtins. */
class ExecutionTest {

    @Test
    void arithmeticOnInts() {
        assertEquals("3 -1 12 3 1 -4 2 8\n", PythonRunner.output("print(1 + 2, 1 - 2, 3 * 4, 7 // 2, 7 % 3, -7 // 2, -7 % 3, 2 ** 3)"));
    }

    @Test
    void intOverflowBecomesBigInteger() {
        assertEquals("9223372036854775808 -9223372036854775809 1267650600228229401496703205376\n",
                        PythonRunner.output("m = 9223372036854775807\nprint(m + 1, -m - 2, 2 ** 100)"));
    }

    @Test
    void floatsPrintAsCPythonDoes() {
        assertEquals("0.30000000000000004 1e+16 1e-05 2.5 0.5 inf 3.0\n",
                        PythonRunner.output("print(0.1 + 0.2, 1e16, 0.00001, 5 / 2, 2 ** -1, 1e308 * 10, float(3))"));
    }

    @Test
    void comparisonsAndBooleanOperators() {
        assertEquals("True False True True False z 0 True\n",
                        PythonRunner.output("print(1 < 2 < 3, 1 < 3 < 2, 'ab' < 'b', 1 == 1.0, 'a' == 1, 0 or 'z', 0 and 1, 'b' in 'abc')"));
    }

    @Test
    void ifElifElse() {
        String program = """
                        for_value = 15
                        if for_value < 10:
                            print("small")
                        elif for_value < 20:
                            print("medium")
                        else:
                            print("big")
                        """;
        assertEquals("medium\n", PythonRunner.output(program));
    }

    @Test
    void whileWithBreakContinueAndElse() {
        String program = """
                        i = 0
                        while i < 10:
                            i += 1
                            if i % 2 == 0:
                                continue
                            if i > 6:
                                break
                            print(i)
                        else:
                            print("not reached")
                        j = 0
                        while j < 2:
                            j = j + 1
                        else:
                            print("else", j)
                        """;
        assertEquals("1\n3\n5\nelse 2\n", PythonRunner.output(program));
    }

    @Test
    void moduleLevelLoopSumsInts() {
        String program = """
                        i = 0
                        total = 0
                        while i < 100_000:
                            total = total + i % 7
                            i = i + 1
                        print(total, "done", sep=", ", end="!\\n")
                        """;
        assertEquals("299995, done!\n", PythonRunner.output(program));
    }

    @Test
    void variableChangesType() {
        assertEquals("1 x 2.5\n", PythonRunner.output("a = 1\nb = a\na = 'x'\nc = a\na = 2.5\nprint(b, c, a)"));
    }

    @Test
    void chainedAssignment() {
        assertEquals("7 7\n", PythonRunner.output("a = b = 7\nprint(a, b)"));
    }

    @Test
    void stringOperations() {
        assertEquals("abcabc ab 3 'it\\'s \"x\"'\n",
                        PythonRunner.output("s = 'abc'\nprint(s * 2, 'a' + 'b' if True else '', len(s), repr('it\\'s \"x\"'))"));
    }
}
