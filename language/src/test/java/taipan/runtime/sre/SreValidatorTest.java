package taipan.runtime.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Corrupted code arrays must be accepted or rejected exactly as CPython's _validate accepts or rejects them. */
class SreValidatorTest {

    @TestFactory
    Stream<DynamicTest> mutatedCodeIsJudgedLikeCPython() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> c : Oracle.run("sre_validate_cases.json")) {
            if (c.containsKey("error")) {
                tests.add(DynamicTest.dynamicTest(Oracle.name(c), () -> fail(String.valueOf(c.get("error")))));
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) c.get("result");
            long groups = (Long) result.get("groups");
            for (Object v : (List<?>) result.get("variants")) {
                Map<?, ?> variant = (Map<?, ?>) v;
                long[] code = Oracle.longs(variant.get("code"));
                boolean ok = (Boolean) variant.get("ok");
                tests.add(DynamicTest.dynamicTest(Oracle.name(c) + " " + Arrays.toString(code),
                                () -> assertEquals(ok, accepts(code, groups))));
            }
        }
        return tests.stream();
    }

    private static boolean accepts(long[] code, long groups) {
        try {
            SrePattern.create(code, groups, 0);
            return true;
        } catch (SreException e) {
            assertEquals(SreException.Kind.INVALID_CODE, e.kind());
            assertEquals("invalid SRE code", e.getMessage());
            return false;
        }
    }

    @Test
    void emptyAndUnterminatedCodeIsRejected() {
        assertThrows(SreException.class, () -> SrePattern.create(new long[0], 0, 0));
        assertThrows(SreException.class, () -> SrePattern.create(new long[]{SreConstants.LITERAL, 97}, 0, 0));
        assertThrows(SreException.class, () -> SrePattern.create(new long[]{SreConstants.SUCCESS}, -1, 0));
    }

    @Test
    void wordsBeyondThirtyTwoBitsOverflow() {
        SreException e = assertThrows(SreException.class, () -> SrePattern.create(new long[]{1L << 32, 1}, 0, 0));
        assertEquals(SreException.Kind.CODE_OVERFLOW, e.kind());
    }
}
