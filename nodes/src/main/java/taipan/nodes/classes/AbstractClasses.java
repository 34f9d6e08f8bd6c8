package taipan.nodes.classes;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.SlowCompare;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code object.__new__}'s refusal of an abstract class (CPython's {@code Py_TPFLAGS_IS_ABSTRACT}, set by assigning a
 * non-empty {@code __abstractmethods__} to the class itself, as {@code ABCMeta} does).
 */
public final class AbstractClasses {

    private AbstractClasses() {
    }

    /** Whether the class may be abstract: it has its own {@code __abstractmethods__}. */
    public static boolean mayBeAbstract(PythonClass cls) {
        return cls.getOwnAttribute("__abstractmethods__") != null;
    }

    @TruffleBoundary
    public static void checkInstantiable(Node location, PythonClass cls) {
        Object abstracts = cls.getOwnAttribute("__abstractmethods__");
        if (abstracts == null) {
            return;
        }
        PythonClass tuple = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TUPLE);
        Object[] items = ((PTuple) SlowCall.call(location, tuple, new Object[]{abstracts})).getItems();
        if (items.length == 0) {
            return;
        }
        List<Object> names = new ArrayList<>(List.of(items));
        names.sort((a, b) -> SlowCompare.compare(location, a, b, "<") ? -1 : SlowCompare.compare(location, b, a, "<") ? 1 : 0);
        StringBuilder joined = new StringBuilder();
        for (Object name : names) {
            joined.append(joined.isEmpty() ? "'" : ", '");
            joined.append(name instanceof TruffleString s ? s.toJavaStringUncached() : String.valueOf(name)).append('\'');
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                        "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                        cls.getName(), names.size() > 1 ? "s" : "", joined.toString());
    }
}
