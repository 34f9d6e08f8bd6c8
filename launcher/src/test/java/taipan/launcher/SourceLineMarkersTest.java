package taipan.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Traceback source lines and their ~/^ markers, checked against what CPython 3.13 prints for the same locations. */
class SourceLineMarkersTest {

    /** Formats {@code line} with the failing expression at the first occurrence of {@code segment}. */
    private static String markers(String line, String segment) {
        int start = line.indexOf(segment);
        return SourceLineMarkers.format(line, start, start + segment.length());
    }

    @Test
    void callInsideAComprehension() {
        assertEquals("    return [parse(x) for x in items]\n            ~~~~~^^^\n",
                        markers("    return [parse(x) for x in items]", "parse(x)"));
    }

    @Test
    void plainReturnOrAssignmentOfACallHasNoMarkers() {
        assertEquals("    return int(text)\n", markers("    return int(text)", "int(text)"));
        assertEquals("    values = load([\"1\", \"2\", \"three\"])\n",
                        markers("values = load([\"1\", \"2\", \"three\"])", "load([\"1\", \"2\", \"three\"])"));
        assertEquals("    result = report()\n", markers("result = report()", "report()"));
    }

    @Test
    void callOfAnAttributeOrInAnExpressionHasMarkers() {
        assertEquals("    lines.append(total(\"pears\", 2))\n                 ~~~~~^^^^^^^^^^^^\n",
                        markers("    lines.append(total(\"pears\", 2))", "total(\"pears\", 2)"));
        assertEquals("    f()\n    ~^^\n", markers("f()", "f()"));
        assertEquals("    average([])\n    ~~~~~~~^^^^\n", markers("average([])", "average([])"));
        assertEquals("    print(x[\"k\"])  # comment\n          ~^^^^^\n",
                        markers("print(x[\"k\"])  # comment", "x[\"k\"]"));
    }

    @Test
    void binaryOperationMarksTheOperator() {
        assertEquals("    return sum(values) / len(values)\n           ~~~~~~~~~~~~^~~~~~~~~~~~~\n",
                        markers("        return sum(values) / len(values)", "sum(values) / len(values)"));
        assertEquals("    1/0\n    ~^~\n", markers("1/0", "1/0"));
        assertEquals("    x = a ** b\n        ~~^^~~\n", markers("x = a ** b", "a ** b"));
        assertEquals("    y = (a + 1) * c + a\n        ~~~~~~~~~~~~^~~\n",
                        markers("y = (a + 1) * c + a", "(a + 1) * c + a"));
        assertEquals("    y = (a + b) * -c\n                  ^^\n", markers("y = (a + b) * -c", "-c"));
    }

    @Test
    void subscriptMarksTheBrackets() {
        assertEquals("    return inventory[kind][\"count\"] + extra\n           ~~~~~~~~~~~~~~~^^^^^^^^^\n",
                        markers("    return inventory[kind][\"count\"] + extra", "inventory[kind][\"count\"]"));
        assertEquals("    return int(settings[\"port\"])\n               ~~~~~~~~^^^^^^^^\n",
                        markers("        return int(settings[\"port\"])", "settings[\"port\"]"));
    }

    @Test
    void otherExpressionsAreUnderlinedWhole() {
        assertEquals("    log.append(\"empty input\")\n    ^^^^^^^^^^\n",
                        markers("        log.append(\"empty input\")", "log.append"));
        assertEquals("    return total / len(numbers)\n           ^^^^^\n",
                        markers("    return total / len(numbers)", "total"));
        assertEquals("    print(y)\n          ^\n", SourceLineMarkers.format("print(y)", 6, 7));
    }

    @Test
    void wholeLineWithoutAnchorsHasNoMarkers() {
        assertEquals("    raise KeyError(\"a\")\n", markers("    raise KeyError(\"a\")", "raise KeyError(\"a\")"));
        assertEquals("    x.y\n", markers("x.y", "x.y"));
    }
}
