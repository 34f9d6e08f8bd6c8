package taipan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** When Enter runs a REPL entry and when it continues it, as CPython's interactive loop decides. */
class EntryStatusTest {

    private static EntryStatus.Status of(String source) {
        return EntryStatus.of(source, s -> s.contains("def f(:\n"));
    }

    @Test
    void simpleStatementsRunAtOnce() {
        assertEquals(EntryStatus.Status.COMPLETE, of("x = 1"));
        assertEquals(EntryStatus.Status.COMPLETE, of("print('a:b')  # if:"));
        assertEquals(EntryStatus.Status.COMPLETE, of("match = 3"));
        assertEquals(EntryStatus.Status.COMPLETE, of("1 +"), "a SyntaxError is shown, not continued");
    }

    @Test
    void blankOrCommentOnlyIsEmpty() {
        assertEquals(EntryStatus.Status.EMPTY, of(""));
        assertEquals(EntryStatus.Status.EMPTY, of("   # just a comment"));
    }

    @Test
    void blocksContinueUntilABlankLine() {
        assertEquals(EntryStatus.Status.INCOMPLETE, of("def f():"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("def f():\n    return 1"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("for i in x: print(i)"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("@decorator"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("match x:"));
        assertEquals(EntryStatus.Status.COMPLETE, of("def f():\n    return 1\n"));
        assertEquals(EntryStatus.Status.COMPLETE, of("if x:\n    pass\n    "));
    }

    @Test
    void openBracketsStringsAndBackslashesContinue() {
        assertEquals(EntryStatus.Status.INCOMPLETE, of("x = (1,"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("x = [1,\n  {2: 3"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("s = '''abc"));
        assertEquals(EntryStatus.Status.INCOMPLETE, of("x = 1 + \\"));
        assertEquals(EntryStatus.Status.COMPLETE, of("x = (1,\n 2)"));
        assertEquals(EntryStatus.Status.COMPLETE, of("s = '(' + \"[\""));
        assertEquals(EntryStatus.Status.COMPLETE, of("s = '''a\nb'''"));
    }

    @Test
    void anErrorBeforeTheLastLineEndsTheBlock() {
        assertEquals(EntryStatus.Status.COMPLETE, of("def f(:\n    pass"));
    }
}
