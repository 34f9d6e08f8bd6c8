package taipan.builtins.types;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.runtime.bytes.PBytes;
import taipan.nodes.expression.PyObjectGetItemNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.PythonClass;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.StrException;
import taipan.runtime.str.StrTranslate;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code str.encode}, {@code str.maketrans} and {@code str.translate}. */
@CoreFunctions(extendClasses = BuiltinType.STR)
public final class StrCodecBuiltins {

    private StrCodecBuiltins() {
    }

    @Builtin(name = "encode", parameterNames = {"self", "encoding", "errors"}, minNumOfPositionalArgs = 1,
                    positionalOnly = false)
    abstract static class EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        PBytes doEncode(TruffleString self, Object encoding, Object errors) {
            String enc = BytesArgs.text(this, encoding, "encode", "encoding", "utf-8");
            String err = BytesArgs.text(this, errors, "encode", "errors", "strict");
            return new PBytes(BytesBuiltins.encode(this, self, enc, err));
        }
    }

    /** {@code str.maketrans(x[, y[, z]])}, a static method: reached through the class, its first argument is x. */
    @Builtin(name = "maketrans", parameterNames = {"x", "y", "z"}, minNumOfPositionalArgs = 1, staticMethod = true)
    abstract static class MakeTransNode extends PythonTernaryBuiltinNode {
        @Specialization
        PDict doMake(Object x, Object y, Object z) {
            try {
                return make(x, y, z);
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }

        @TruffleBoundary
        private PDict make(Object x, Object y, Object z) {
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            PDict result = new PDict();
            if (y == PNone.NO_VALUE) {
                if (!(x instanceof PDict dict)) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                                    "if you give only one argument to maketrans it must be a dict");
                }
                Map<Object, Object> map = new java.util.LinkedHashMap<>();
                Object[][] entries = dict.getStorage().snapshot(mode);
                for (int i = 0; i < entries[0].length; i++) {
                    map.put(entries[0][i], entries[1][i]);
                }
                for (Map.Entry<Object, Object> e : StrTranslate.maketrans(map).entrySet()) {
                    result.getStorage().put(mode, ops, e.getKey(), e.getValue());
                }
                return result;
            }
            TruffleString from = StrArgs.str(this, x, "maketrans", 1);
            TruffleString to = StrArgs.str(this, y, "maketrans", 2);
            TruffleString none = z == PNone.NO_VALUE ? null : StrArgs.str(this, z, "maketrans", 3);
            for (Map.Entry<Long, Object> e : StrTranslate.maketrans(from, to, none, PNone.NONE).entrySet()) {
                result.getStorage().put(mode, ops, e.getKey(), e.getValue());
            }
            return result;
        }
    }

    @Builtin(name = "translate", parameterNames = {"self", "table"}, minNumOfPositionalArgs = 2)
    abstract static class TranslateNode extends PythonBinaryBuiltinNode {
        @Specialization
        TruffleString doTranslate(TruffleString self, PDict table) {
            try {
                return translate(self, table);
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }

        /** Any table with {@code __getitem__}: a LookupError keeps the character. */
        @Specialization(guards = "!isDict(table)")
        TruffleString doGeneric(TruffleString self, Object table, @Cached PyObjectGetItemNode getItem) {
            try {
                return translateGeneric(self, table, getItem);
            } catch (StrException e) {
                throw StrArgs.raise(this, e);
            }
        }

        static boolean isDict(Object table) {
            return table instanceof PDict;
        }

        @TruffleBoundary
        private TruffleString translateGeneric(TruffleString self, Object table, PyObjectGetItemNode getItem) {
            PythonClass lookupError = TaipanLanguage.get(this).getBuiltinClass(BuiltinType.LOOKUP_ERROR);
            return StrTranslate.translate(self, cp -> {
                Object v;
                try {
                    v = getItem.execute(table, (long) cp);
                } catch (PException e) {
                    if (e.getPythonException().getType().isSubclassOf(lookupError)) {
                        return StrTranslate.KEEP;
                    }
                    throw e;
                }
                return v == PNone.NONE ? StrTranslate.DELETE : v;
            });
        }

        @TruffleBoundary
        private TruffleString translate(TruffleString self, PDict table) {
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            BuiltinEquality ops = new BuiltinEquality(mode);
            return StrTranslate.translate(self, cp -> {
                Object v = table.getStorage().get(mode, ops, (long) cp);
                return v == null ? StrTranslate.KEEP : v == PNone.NONE ? StrTranslate.DELETE : v;
            });
        }
    }
}
