package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Functions: def, parameters with defaults, keywords, locals in frame slots, global, return, recursion. */
class FunctionTest {

    @Test
    void defaultsKeywordsAndRecursion() {
        String program = """
                        def add(a, b=10):
                            c = a + b
                            return c

                        def fib(n):
                            if n < 2:
                                return n
                            return fib(n - 1) + fib(n - 2)

                        def nothing():
                            pass

                        print(add(1), add(1, 2), add(b=3, a=4), fib(20), nothing())
                        """;
        assertEquals("11 3 7 6765 None\n", PythonRunner.output(program));
    }

    @Test
    void globalDeclarationAndLocalShadowing() {
        String program = """
                        g = 5
                        x = 'global'
                        def bump(n):
                            global g
                            g = g + n
                            x = 'local'
                            return x
                        print(bump(3), g, x)
                        """;
        assertEquals("local 8 global\n", PythonRunner.output(program));
    }

    @Test
    void localChangesType() {
        String program = """
                        def f():
                            a = 1
                            b = a
                            a = 2.5
                            c = a
                            a = 's'
                            print(b, c, a)
                        f()
                        f()
                        """;
        assertEquals("1 2.5 s\n1 2.5 s\n", PythonRunner.output(program));
    }

    @Test
    void argumentErrorsUseCPythonWording() {
        assertEquals("TypeError: f() missing 2 required positional arguments: 'a' and 'b'",
                        PythonRunner.run("def f(a, b): pass\nf()").error().getMessage());
        assertEquals("TypeError: f() takes from 1 to 2 positional arguments but 3 were given",
                        PythonRunner.run("def f(a, b=1): pass\nf(1, 2, 3)").error().getMessage());
        assertEquals("TypeError: f() got multiple values for argument 'a'",
                        PythonRunner.run("def f(a): pass\nf(1, a=2)").error().getMessage());
        assertEquals("TypeError: f() got an unexpected keyword argument 'z'",
                        PythonRunner.run("def f(a): pass\nf(1, z=2)").error().getMessage());
    }

    @Test
    void unboundLocal() {
        assertEquals("UnboundLocalError: cannot access local variable 'y' where it is not associated with a value",
                        PythonRunner.run("def f(x):\n    if x:\n        y = 1\n    return y\nf(0)").error().getMessage());
    }

    @Test
    void runawayRecursionIsRecursionError() {
        assertEquals("RecursionError: maximum recursion depth exceeded",
                        PythonRunner.run("def f(n):\n    return f(n + 1)\nf(0)").error().getMessage());
    }
}
