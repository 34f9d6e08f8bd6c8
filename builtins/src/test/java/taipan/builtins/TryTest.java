package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** try/except/else/finally and bare raise. */
class TryTest {

    @Test
    void exceptMatchesByClassAndTuple() {
        String program = """
                        try:
                            1 // 0
                        except ZeroDivisionError as e:
                            print("caught", e)
                        try:
                            int("zz")
                        except (TypeError, ValueError) as err:
                            print("tuple", err)
                        try:
                            x = 1
                        except Exception:
                            print("no")
                        else:
                            print("else")
                        finally:
                            print("finally")
                        """;
        assertEquals("caught integer division or modulo by zero\ntuple invalid literal for int() with base 10: 'zz'\n" +
                        "else\nfinally\n", PythonRunner.output(program));
    }

    @Test
    void finallyRunsOnReturnAndContinue() {
        String program = """
                        def f(n):
                            try:
                                if n:
                                    return "returned"
                                raise KeyError("k")
                            except KeyError:
                                return "handled"
                            finally:
                                print("finally", n)
                        print(f(1), f(0))
                        i = 0
                        while i < 2:
                            i += 1
                            try:
                                continue
                            finally:
                                print("fin", i)
                        """;
        assertEquals("finally 1\nfinally 0\nreturned handled\nfin 1\nfin 2\n", PythonRunner.output(program));
    }

    @Test
    void bareRaiseReraisesTheHandledException() {
        String program = """
                        try:
                            try:
                                undefined
                            except NameError:
                                print("inner")
                                raise
                        except NameError as e:
                            print("outer", e)
                        """;
        assertEquals("inner\nouter name 'undefined' is not defined\n", PythonRunner.output(program));
        assertEquals("RuntimeError: No active exception to reraise", PythonRunner.run("raise").error().getMessage());
    }

    @Test
    void unmatchedExceptionPropagates() {
        assertEquals("KeyError: 'k'",
                        PythonRunner.run("try:\n    raise KeyError('k')\nexcept ValueError:\n    pass").error().getMessage());
    }
}
