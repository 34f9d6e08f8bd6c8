package taipan.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.exception.ExceptionAttributes;
import taipan.runtime.exception.PBaseException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * The exceptions whose {@code __init__} takes keyword-only fields ({@code ImportError_init}, {@code NameError_init},
 * {@code AttributeError_init}): {@code ImportError(msg, name=, path=, name_from=)}, {@code NameError(name=)},
 * {@code AttributeError(name=, obj=)}. The fields are what the {@code traceback} module's suggestions read.
 */
@CoreFunctions(extendClasses = {BuiltinType.IMPORT_ERROR, BuiltinType.NAME_ERROR, BuiltinType.ATTRIBUTE_ERROR})
public final class NamedErrorInitBuiltins {

    private static final String[] IMPORT_KEYWORDS = {"name", "path", "name_from"};
    private static final String[] NAME_KEYWORDS = {"name"};
    private static final String[] ATTRIBUTE_KEYWORDS = {"name", "obj"};

    private NamedErrorInitBuiltins() {
    }

    /** The constructor: a subclass with an {@code __init__} of its own takes its keywords there. */
    @Builtin(name = "NamedError", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true, constructsClass = {BuiltinType.IMPORT_ERROR, BuiltinType.NAME_ERROR,
                                    BuiltinType.ATTRIBUTE_ERROR})
    abstract static class ConstructNode extends PythonTernaryBuiltinNode {

        @Specialization
        @TruffleBoundary
        PBaseException doCreate(PythonClass cls, PTuple args, Object kwargs) {
            PBaseException e = new PBaseException(cls, args);
            if (!(cls.lookup("__init__") instanceof PFunction)) {
                init(this, e, args, kwargs);
            }
            return e;
        }
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonTernaryBuiltinNode {

        @Specialization
        Object doInit(PBaseException self, PTuple args, Object kwargs) {
            init(this, self, args, kwargs);
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static void init(Node location, PBaseException self, PTuple args, Object kwargs) {
        BuiltinType kind = family(ExceptionAttributes.builtinBase(self.getType()));
        String[] allowed = kind == BuiltinType.IMPORT_ERROR ? IMPORT_KEYWORDS
                        : kind == BuiltinType.NAME_ERROR ? NAME_KEYWORDS : ATTRIBUTE_KEYWORDS;
        Object[][] entries = kwargs instanceof PDict d ? d.getStorage().snapshot(TaipanLanguage.get(location).threadingMode())
                        : new Object[][]{new Object[0], new Object[0]};
        int count = entries[0].length;
        String typeName = kind.getPythonName();
        if (count > allowed.length) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() takes at most %d keyword argument%s (%d given)",
                            typeName, allowed.length, allowed.length == 1 ? "" : "s", count);
        }
        for (int i = 0; i < count; i++) {
            String key = entries[0][i] instanceof TruffleString s ? PyStrings.toJava(s) : null;
            if (key == null || !contains(allowed, key)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s() got an unexpected keyword argument '%s'",
                                typeName, key == null ? String.valueOf(entries[0][i]) : key);
            }
        }
        self.setArgs(args);
        for (String field : allowed) {
            self.setField(field, PNone.NONE);
        }
        for (int i = 0; i < count; i++) {
            self.setField(PyStrings.toJava((TruffleString) entries[0][i]), entries[1][i]);
        }
        if (kind == BuiltinType.IMPORT_ERROR) {
            Object[] items = args.getItems();
            self.setField("msg", items.length == 1 ? items[0] : PNone.NONE);
        }
    }

    /** ImportError, NameError or AttributeError: which of the three {@code type} derives from. */
    private static BuiltinType family(BuiltinType type) {
        for (BuiltinType t = type; t != null; t = t.getBase()) {
            if (t == BuiltinType.IMPORT_ERROR || t == BuiltinType.NAME_ERROR || t == BuiltinType.ATTRIBUTE_ERROR) {
                return t;
            }
        }
        return BuiltinType.ATTRIBUTE_ERROR;
    }

    private static boolean contains(String[] names, String name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
