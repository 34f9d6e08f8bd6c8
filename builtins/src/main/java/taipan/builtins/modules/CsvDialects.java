package taipan.builtins.modules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.object.SlowCompare;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.csv.PCsvDialect;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;

/**
 * Dialects of {@code _csv}: building and validating one from a dialect object or name plus keyword overrides (CPython's
 * {@code dialect_new}), and each context's registry of named dialects and its field size limit.
 */
final class CsvDialects {
    static final String[] NAMES = {"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
        "skipinitialspace", "strict"};
    private static final Map<PythonContext, State> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /** One context's registered dialects and field size limit. */
    static final class State {
        final Map<String, PCsvDialect> dialects = Collections.synchronizedMap(new LinkedHashMap<>());
        volatile long fieldLimit = 128 * 1024;
    }

    private CsvDialects() {
    }

    static State state(Node location) {
        return STATES.computeIfAbsent(PythonContext.get(location), k -> new State());
    }

    static RuntimeException error(Node location, String message) {
        return PythonErrors.raise(location, BuiltinType.CSV_ERROR, "%s", message);
    }

    @TruffleBoundary
    static PCsvDialect get(Node location, Object name) {
        PCsvDialect dialect = name instanceof TruffleString s ? state(location).dialects.get(s.toJavaStringUncached()) : null;
        if (dialect == null) {
            throw error(location, "unknown dialect");
        }
        return dialect;
    }

    /** {@code Dialect(dialect, **kwargs)}: {@code kwargs} may be null. */
    @TruffleBoundary
    static PCsvDialect create(Node location, Object dialect, PDict kwargs) {
        Object base = dialect instanceof TruffleString ? get(location, dialect) : dialect;
        boolean noBase = base == PNone.NO_VALUE || base == PNone.NONE;
        Object[][] given = kwargs == null ? new Object[][]{new Object[0], new Object[0]}
                        : kwargs.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
        if (base instanceof PCsvDialect d && given[0].length == 0) {
            return d;
        }
        Object[] values = new Object[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            values[i] = noBase ? null : attribute(location, base, NAMES[i]);
        }
        for (int k = 0; k < given[0].length; k++) {
            String key = given[0][k] instanceof TruffleString s ? s.toJavaStringUncached() : "";
            int index = java.util.Arrays.asList(NAMES).indexOf(key);
            if (index < 0) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                "this function got an unexpected keyword argument '%s'", key);
            }
            values[index] = given[1][k];
        }
        boolean quotingGiven = false;
        for (Object key : given[0]) {
            quotingGiven |= key instanceof TruffleString s && s.toJavaStringUncached().equals("quoting");
        }
        if (!quotingGiven && values[4] == PNone.NONE) {
            // CPython 3.13: a quotechar of None without a quoting argument means QUOTE_NONE
            values[5] = (long) PCsvDialect.QUOTE_NONE;
        }
        return validate(location, values);
    }

    private static Object attribute(Node location, Object object, String name) {
        if (object instanceof PCsvDialect d) {
            return CsvDialectBuiltins.field(d, name);
        }
        return ObjectAttributes.lookupInstanceAttribute(location, object, SpecialMethods.classOf(location, object), name);
    }

    private static PCsvDialect validate(Node location, Object[] v) {
        int delimiter = character(location, v[0], "delimiter", ',', false);
        boolean doublequote = v[1] == null || SlowCompare.isTrue(location, v[1]);
        int escapechar = character(location, v[2], "escapechar", -1, true);
        Object terminator = v[3] == null ? PyStrings.of("\r\n") : v[3];
        if (!(terminator instanceof TruffleString t)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "\"lineterminator\" must be a string");
        }
        int quotechar = v[4] == PNone.NONE ? -1 : character(location, v[4], "quotechar", '"', true);
        // CPython 3.13: a quotechar of None without a quoting given means QUOTE_NONE
        long quoting = v[5] == null ? (quotechar < 0 && v[4] == PNone.NONE ? PCsvDialect.QUOTE_NONE : 0)
                        : v[5] instanceof Long l ? l : -1;
        if (quoting < 0 || quoting > 5) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "bad \"quoting\" value");
        }
        if (quotechar < 0 && quoting != PCsvDialect.QUOTE_NONE) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "quotechar must be set if quoting enabled");
        }
        String lineterminator = t.toJavaStringUncached();
        boolean skipinitialspace = v[6] != null && SlowCompare.isTrue(location, v[6]);
        boolean strict = v[7] != null && SlowCompare.isTrue(location, v[7]);
        return new PCsvDialect(TaipanLanguage.get(location).getBuiltinClass(BuiltinType.CSV_DIALECT).getInstanceShape(),
                        delimiter, quotechar, escapechar, doublequote, skipinitialspace, strict, lineterminator,
                        (int) quoting);
    }

    private static int character(Node location, Object value, String name, int fallback, boolean noneAllowed) {
        if (value == null) {
            return fallback;
        } else if (noneAllowed && value == PNone.NONE) {
            return -1;
        } else if (value instanceof TruffleString s) {
            String text = s.toJavaStringUncached();
            if (text.codePointCount(0, text.length()) == 1) {
                return text.codePointAt(0);
            }
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "\"%s\" must be a 1-character string", name);
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, noneAllowed
                        ? "\"%s\" must be a unicode character or None, not %s" : "\"%s\" must be a unicode character, not %s",
                        name, PythonErrors.typeName(location, value));
    }
}
