package taipan.runtime.str;

import java.math.BigInteger;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The Python type name of a value, for error messages such as "must be str, not int". Knows the Java forms of the
 * built-in values (DESIGN §5); the interpreter installs a resolver for everything else once, at start-up.
 */
public final class StrTypeNames {

    private static volatile Function<Object, String> resolver; // volatile: installed once by the interpreter, read by any thread

    private StrTypeNames() {
    }

    public static void setResolver(Function<Object, String> typeNameOf) {
        resolver = typeNameOf;
    }

    @TruffleBoundary
    public static String of(Object value) {
        if (value instanceof TruffleString) {
            return "str";
        } else if (value instanceof Boolean) {
            return "bool";
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return "int";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof Object[]) {
            return "tuple";
        } else if (value instanceof byte[]) {
            return "bytes";
        }
        Function<Object, String> r = resolver;
        if (r != null) {
            return r.apply(value);
        }
        return value == null ? "NoneType"
                        : taipan.runtime.object.PythonTypes.classOf(taipan.language.TaipanLanguage.get(null), value)
                                        .getName();
    }
}
