package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** for loops over range, tuples and strs; iter(), next(), len(range). */
class ForTest {

    @Test
    void rangeLoopWithBreakContinueElse() {
        String program = """
                        total = 0
                        for i in range(10):
                            if i == 3:
                                continue
                            if i == 8:
                                break
                            total += i
                        else:
                            print("not reached")
                        for j in range(2):
                            pass
                        else:
                            print("else", j)
                        print(total)
                        """;
        assertEquals("else 1\n25\n", PythonRunner.output(program));
    }

    @Test
    void rangeArgumentsAndLength() {
        String program = """
                        def f(n):
                            s = 0
                            for k in range(n, 0, -2):
                                s = s + k
                            return s
                        print(f(10), len(range(3, 20, 4)), len(range(5, 0)), range(5), range(1, 9, 2))
                        """;
        assertEquals("30 5 0 range(0, 5) range(1, 9, 2)\n", PythonRunner.output(program));
    }

    @Test
    void tuplesStrsAndIterators() {
        String program = """
                        for c in "ab":
                            print(c, end=" ")
                        for x in (1, 2.5):
                            print(x, end=" ")
                        it = iter((7, 8))
                        print(next(it), next(it), next(it, "end"))
                        """;
        assertEquals("a b 1 2.5 7 8 end\n", PythonRunner.output(program));
    }

    @Test
    void errors() {
        assertEquals("TypeError: 'int' object is not iterable", PythonRunner.run("for q in 5:\n    pass").error().getMessage());
        assertEquals("ValueError: range() arg 3 must not be zero", PythonRunner.run("range(1, 2, 0)").error().getMessage());
        assertEquals("StopIteration", PythonRunner.run("next(iter(()))").error().getMessage());
    }
}
