package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** Uncaught Python exceptions as embedders and the launcher see them. */
class ExceptionTest {

    private static PolyglotException raised(String code) {
        PythonRunner.Result r = PythonRunner.run(code);
        assertNotNull(r.error(), "expected an exception; output: " + r.out());
        return r.error();
    }

    @Test
    void nameErrorMessageIsTracebackLastLine() {
        PolyglotException e = raised("x = 1\nprint(y)\n");
        assertTrue(e.isGuestException());
        assertFalse(e.isSyntaxError());
        assertEquals("NameError: name 'y' is not defined", e.getMessage());
    }

    @Test
    void stackTraceGivesModuleFrameAndLine() {
        PolyglotException e = raised("x = 1\n\nprint(x + 'a')\n");
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", e.getMessage());
        PolyglotException.StackFrame top = null;
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (f.isGuestFrame()) {
                top = f;
                break;
            }
        }
        assertNotNull(top);
        assertEquals("<module>", top.getRootName());
        SourceSection where = top.getSourceLocation();
        assertEquals(3, where.getStartLine());
        assertEquals("x + 'a'", where.getCharacters().toString());
    }

    @Test
    void outputBeforeTheExceptionIsNotLost() {
        PythonRunner.Result r = PythonRunner.run("print('before')\n1 // 0\n");
        assertEquals("before\n", r.out());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", r.error().getMessage());
    }

    @Test
    void builtinErrorsPointAtTheCall() {
        PolyglotException e = raised("a = 1\nlen(a)\n");
        assertEquals("TypeError: object of type 'int' has no len()", e.getMessage());
        assertEquals(2, e.getSourceLocation().getStartLine());
    }

    @Test
    void argumentBindingErrors() {
        assertEquals("TypeError: len() takes exactly one argument (2 given)", raised("len('a', 'b')").getMessage());
        assertEquals("TypeError: print() got an unexpected keyword argument 'foo'", raised("print(1, foo=2)").getMessage());
        assertEquals("TypeError: len() takes no keyword arguments", raised("len(obj=1)").getMessage());
        assertEquals("TypeError: 'int' object is not callable", raised("a = 1\na()").getMessage());
        assertEquals("ValueError: invalid literal for int() with base 10: 'x'", raised("int('x')").getMessage());
    }

    @Test
    void syntaxErrorExposesCPythonFields() {
        PolyglotException e = raised("x = 1\nprint(x +)\n");
        assertTrue(e.isSyntaxError());
        assertTrue(e.getMessage().startsWith("SyntaxError: "));
        Value error = e.getGuestObject();
        assertEquals(2, error.getMember("lineno").asInt());
        assertTrue(error.getMember("offset").asInt() > 0);
        assertEquals("print(x +)\n", error.getMember("text").asString());
        assertEquals(2, e.getSourceLocation().getStartLine());
    }

    @Test
    void raiseInstancesAndClasses() {
        assertEquals("ValueError: bad", raised("raise ValueError('bad')").getMessage());
        assertEquals("KeyError", raised("raise KeyError").getMessage());
        assertEquals("TypeError: exceptions must derive from BaseException", raised("raise 5").getMessage());
    }

    @Test
    void systemExitIsAnExitWithItsStatus() {
        PolyglotException e = raised("raise SystemExit(3)");
        assertTrue(e.isExit());
        assertEquals(3, e.getExitStatus());
        assertEquals(0, raised("raise SystemExit").getExitStatus());
        assertEquals(1, raised("raise SystemExit('bye')").getExitStatus());
    }
}
