package taipan.tests.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Python values as polyglot {@link Value}s: numbers, strings, arrays, hashes, iterators, executables, members. */
class PythonValuesTest {

    private static Context context;

    @BeforeAll
    static void start() {
        context = Context.newBuilder("python").build();
    }

    @AfterAll
    static void finish() {
        context.close();
    }

    private static Value eval(String code) {
        return context.eval("python", code);
    }

    @Test
    void numbersStringsBooleansAndNone() {
        assertEquals(3, eval("1 + 2").asInt());
        assertTrue(eval("1 + 2").fitsInLong());
        Value big = eval("2 ** 100");
        assertTrue(big.isNumber());
        assertFalse(big.fitsInLong());
        assertEquals(BigInteger.TWO.pow(100), big.asBigInteger());
        assertEquals(1.5, eval("3 / 2").asDouble());
        assertTrue(eval("1 < 2").asBoolean());
        assertEquals("héllo", eval("'hé' + 'llo'").asString());
        assertTrue(eval("None").isNull());
        assertEquals("[1, 'a', None]", eval("[1, 'a', None]").toString());
    }

    @Test
    void listsAndTuplesAreArrays() {
        Value list = eval("[1, 2, 3]");
        assertEquals(3, list.getArraySize());
        assertEquals(2, list.getArrayElement(1).asInt());
        list.setArrayElement(0, 10);
        list.setArrayElement(3, "four");
        assertEquals("[10, 2, 3, 'four']", list.toString());
        list.removeArrayElement(1);
        assertEquals(3, list.getArraySize());
        assertThrows(ArrayIndexOutOfBoundsException.class, () -> list.getArrayElement(7));
        Value tuple = eval("(1, 'x')");
        assertEquals("x", tuple.getArrayElement(1).asString());
        assertThrows(UnsupportedOperationException.class, () -> tuple.setArrayElement(0, 5));
        List<?> javaList = eval("[1, 2]").as(List.class);
        assertEquals(2, javaList.size());
    }

    @Test
    void dictsAreHashes() {
        Value dict = eval("{'a': 1, 2: 'b'}");
        assertTrue(dict.hasHashEntries());
        assertEquals(2, dict.getHashSize());
        assertEquals(1, dict.getHashValue("a").asInt());
        assertEquals("b", dict.getHashValue(2).asString());
        dict.putHashEntry("c", 3);
        assertTrue(dict.hasHashEntry("c"));
        dict.removeHashEntry("a");
        assertFalse(dict.hasHashEntry("a"));
        List<String> keys = new ArrayList<>();
        Value entries = dict.getHashEntriesIterator();
        while (entries.hasIteratorNextElement()) {
            keys.add(entries.getIteratorNextElement().getArrayElement(0).toString());
        }
        assertEquals(List.of("2", "c"), keys);
    }

    @Test
    void iterablesAndIteratorsBufferOneElement() {
        Value gen = eval("(x * x for x in range(4))");
        assertTrue(gen.isIterator());
        assertTrue(gen.hasIteratorNextElement());
        assertTrue(gen.hasIteratorNextElement()); // asking twice loses nothing
        List<Integer> seen = new ArrayList<>();
        while (gen.hasIteratorNextElement()) {
            seen.add(gen.getIteratorNextElement().asInt());
        }
        assertEquals(List.of(0, 1, 4, 9), seen);
        assertThrows(java.util.NoSuchElementException.class, gen::getIteratorNextElement);
        Value range = eval("range(3)");
        assertTrue(range.hasIterator());
        assertEquals(0, range.getIterator().getIteratorNextElement().asInt());
    }

    @Test
    void callablesClassesAndMembers() {
        eval("""
                        class Point:
                            '''a point'''
                            def __init__(self, x, y):
                                self.x, self.y = x, y
                            def norm2(self):
                                return self.x * self.x + self.y * self.y
                        def add(a, b=10):
                            return a + b
                        """);
        Value bindings = context.getBindings("python");
        Value add = bindings.getMember("add");
        assertTrue(add.canExecute());
        assertEquals(5, add.execute(2, 3).asInt());
        assertEquals(12, add.execute(2).asInt());
        assertEquals("ab", add.execute("a", "b").asString());
        Value len = eval("len");
        assertEquals(3, len.execute(eval("[1, 2, 3]")).asInt());
        Value pointClass = bindings.getMember("Point");
        assertTrue(pointClass.canInstantiate());
        assertTrue(pointClass.isMetaObject());
        assertEquals("Point", pointClass.getMetaSimpleName());
        assertEquals("__main__.Point", pointClass.getMetaQualifiedName());
        Value p = pointClass.newInstance(3, 4);
        assertTrue(pointClass.isMetaInstance(p));
        assertEquals("Point", p.getMetaObject().getMetaSimpleName());
        assertEquals(3, p.getMember("x").asInt());
        assertTrue(p.hasMember("norm2"));
        assertTrue(p.canInvokeMember("norm2"));
        assertEquals(25, p.invokeMember("norm2").asInt());
        p.putMember("x", 6);
        assertEquals(52, p.getMember("norm2").execute().asInt());
        assertTrue(p.getMemberKeys().contains("x"));
        p.putMember("z", 1);
        assertTrue(p.hasMember("z"));
        p.removeMember("z");
        assertFalse(p.hasMember("z"));
        assertEquals("int", eval("7").getMetaObject().getMetaQualifiedName());
        bindings.putMember("from_java", 41);
        assertEquals(42, eval("from_java + 1").asInt());
    }

    @Test
    void bytesAreBuffers() {
        Value bytes = eval("b'\\x01\\x02\\x03\\x04'");
        assertTrue(bytes.hasBufferElements());
        assertFalse(bytes.isBufferWritable());
        assertEquals(4, bytes.getBufferSize());
        assertEquals(3, bytes.readBufferByte(2));
        assertEquals(0x01020304, bytes.readBufferInt(java.nio.ByteOrder.BIG_ENDIAN, 0));
        Value array = eval("bytearray(b'ab')");
        assertTrue(array.isBufferWritable());
        array.writeBufferByte(0, (byte) 'z');
        assertEquals("bytearray(b'zb')", array.toString());
    }

    @Test
    void exceptionsCarryPythonFrames() {
        Source source = Source.create("python", """
                        def inner():
                            raise ValueError('bad value')
                        def outer():
                            inner()
                        outer()
                        """);
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
        assertTrue(e.isGuestException());
        assertEquals("ValueError: bad value", e.getMessage());
        List<String> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                frames.add(frame.getRootName() + ":" + frame.getSourceLocation().getStartLine());
            }
        }
        assertEquals(List.of("inner:2", "outer:4", "<module>:5"), frames);
        Value raised = eval("def boom(): return 1 / 0\nboom");
        PolyglotException fromCall = assertThrows(PolyglotException.class, raised::execute);
        assertEquals("ZeroDivisionError: division by zero", fromCall.getMessage());
    }
}
