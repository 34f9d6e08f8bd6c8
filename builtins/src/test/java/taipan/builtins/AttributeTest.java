package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Attribute loads and method calls on built-in type instances, classes and modules. */
class AttributeTest {

    private static String caught(String expr, String type) {
        return "try:\n    " + expr + "\nexcept " + type + " as e:\n    print(type(e).__name__, e)\n";
    }

    @Test
    void methodCallAndBoundMethod() {
        assertEquals("ABC ABC ABC Abc\n", PythonRunner.output("m = 'abc'.upper\nprint('abc'.upper(), m(), str.upper('abc'), 'ABC'.lower().title())"));
    }

    @Test
    void boundMethodRepr() {
        String out = PythonRunner.output("print(repr('x'.strip).startswith('<built-in method strip of str object at 0x'))\nprint(type('x'.strip).__name__)");
        assertEquals("True\nbuiltin_function_or_method\n", out);
    }

    @Test
    void missingAttributesRaiseCPythonsMessages() {
        String code = caught("'s'.foo", "AttributeError") + caught("'s'.foo(1)", "AttributeError") + caught("(1).nope", "AttributeError")
                        + caught("str.foo", "AttributeError") + "import sys\n" + caught("sys.nope", "AttributeError");
        assertEquals("AttributeError 'str' object has no attribute 'foo'\nAttributeError 'str' object has no attribute 'foo'\n"
                        + "AttributeError 'int' object has no attribute 'nope'\nAttributeError type object 'str' has no attribute 'foo'\n"
                        + "AttributeError module 'sys' has no attribute 'nope'\n", PythonRunner.output(code));
    }

    @Test
    void methodCallInALoopStaysCorrectAcrossReceiverTypes() {
        String code = "n = 0\nfor s in ('a b', 'cc', 'd e f'):\n    n = n + s.count(' ')\nprint(n)\nfor x in ('ab', 1):\n"
                        + "    try:\n        print(x.upper())\n    except AttributeError as e:\n        print(e)\n";
        assertEquals("3\nAB\n'int' object has no attribute 'upper'\n", PythonRunner.output(code));
    }

    @Test
    void wrongSelfTypeIsATypeError() {
        String out = PythonRunner.output(caught("str.upper(1)", "TypeError"));
        assertTrue(out.startsWith("TypeError "), out);
    }

    @Test
    void typeName() {
        assertEquals("str ValueError\n", PythonRunner.output("print(str.__name__, ValueError.__name__)"));
    }
}
