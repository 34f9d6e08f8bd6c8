package taipan.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The list type: displays, repr, len, truthiness, iteration, indexing, membership, ==, constructor, methods. */
class ListTest {

    @Test
    void displaysReprAndBasics() {
        String program = """
                        a = [1, 'a', [2], 2.5, None, (1,)]
                        print(a, str([]), len(a), bool([]), bool(a), type(a))
                        c = [1]
                        c.append(c)
                        print(c, [c, c])
                        for x in [3, 'b']:
                            print(x, end=' ')
                        it = iter([7])
                        print(next(it), next(it, 'end'), type(it))
                        """;
        assertEquals("[1, 'a', [2], 2.5, None, (1,)] [] 6 False True <class 'list'>\n[1, [...]] [[1, [...]], [1, [...]]]\n"
                        + "3 b 7 end <class 'list_iterator'>\n", PythonRunner.output(program));
    }

    @Test
    void indexingMembershipAndEquality() {
        String program = """
                        a = [1, 'a', [2], 2.5]
                        print(a[0], a[-1], a[2][0], 'abc'[-1], (1, 2)[1])
                        print(2 in a, 'a' in a, 3 not in a, [2] in a, 1.0 in a, 2.5 in (1, 2.5))
                        print([1, 2] == [1, 2], [1, [2]] == [1, [2.0]], [1] != [2], [] == [], [1] == [1, 2])
                        """;
        assertEquals("1 2.5 2 c 2\nFalse True True True True True\nTrue True True True False\n",
                        PythonRunner.output(program));
    }

    @Test
    void constructorAndMethods() {
        String program = """
                        print(list(), list('abc'), list((1, 2)), list(range(3)), list([1, [2]]))
                        a = [1]
                        a.append('x'); a.extend([2, 3]); a.extend('yz')
                        a.insert(0, 'first'); a.insert(-1, 9); a.insert(100, 'end')
                        print(a)
                        print(a.pop(), a.pop(0), a.pop(-2), a)
                        print(a.index('x'), a.count(2), [1, 1, 2].count(1), [1, 2, 3, 2].index(2, 2))
                        b = a.copy(); b.reverse(); print(b, a == b, b is a)
                        b.clear(); print(b, len(b))
                        f = [1.5]; f.append(3); print(f, f[-1])
                        """;
        assertEquals("[] ['a', 'b', 'c'] [1, 2] [0, 1, 2] [1, [2]]\n"
                        + "['first', 1, 'x', 2, 3, 'y', 9, 'z', 'end']\n"
                        + "end first 9 [1, 'x', 2, 3, 'y', 'z']\n"
                        + "1 1 2 3\n['z', 'y', 3, 2, 'x', 1] False False\n[] 0\n[1.5, 3] 3\n", PythonRunner.output(program));
    }

    @Test
    void errors() {
        assertEquals("IndexError: list index out of range", PythonRunner.run("[1][1]").error().getMessage());
        assertEquals("IndexError: list index out of range", PythonRunner.run("[1][-2]").error().getMessage());
        assertEquals("IndexError: pop from empty list", PythonRunner.run("[].pop()").error().getMessage());
        assertEquals("ValueError: 'b' is not in list", PythonRunner.run("['a'].index('b')").error().getMessage());
        assertEquals("TypeError: 'int' object is not iterable", PythonRunner.run("list(5)").error().getMessage());
        assertEquals("TypeError: list indices must be integers or slices, not str",
                        PythonRunner.run("[1]['x']").error().getMessage());
    }

    @Test
    void strSplitsReturnLists() {
        String program = """
                        print('a b  c '.split(), ' a b c '.split(None, 1), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1))
                        print(' a b c '.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), ''.split(), ''.split(','))
                        print('x\\ny\\r\\nz\\n'.splitlines(), 'x\\ny\\r\\nz'.splitlines(True), ''.splitlines())
                        print('-'.join('a b c'.split()), type('a'.split()))
                        """;
        assertEquals("['a', 'b', 'c'] ['a', 'b c '] ['a', 'b', '', 'c'] ['a', 'b,c']\n"
                        + "[' a b', 'c'] ['a,b', 'c'] [] ['']\n"
                        + "['x', 'y', 'z'] ['x\\n', 'y\\r\\n', 'z'] []\n"
                        + "a-b-c <class 'list'>\n", PythonRunner.output(program));
        assertEquals("ValueError: empty separator", PythonRunner.run("'a'.split('')").error().getMessage());
        assertEquals("TypeError: must be str or None, not int", PythonRunner.run("'a'.rsplit(1)").error().getMessage());
    }

    @Test
    void starredDisplays() {
        String program = """
                        b = [2, 3]
                        print([1, *b, *'xy', *(4,), *range(2), 9], [*[]], [*b] == b, [*b] is b)
                        """;
        assertEquals("[1, 2, 3, 'x', 'y', 4, 0, 1, 9] [] True False\n", PythonRunner.output(program));
    }
}
