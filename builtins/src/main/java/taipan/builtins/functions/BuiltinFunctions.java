package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import static taipan.nodes.expression.ComparisonOp.GT;
import static taipan.nodes.expression.ComparisonOp.LT;

import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.nodes.object.GetClassNode;
import taipan.nodes.object.ObjectProtocols;
import taipan.runtime.object.PythonObject;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.object.PyObjectReprNode;
import taipan.nodes.object.PyObjectStrNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.nodes.generator.GeneratorErrors;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.format.AsciiEscape;
import taipan.runtime.io.PythonOutput;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PList;
import taipan.language.TaipanLanguage;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** The functions of the {@code builtins} module (CPython's {@code Python/bltinmodule.c});  */
public final class BuiltinFunctions {

    private BuiltinFunctions() {
    }

    @Builtin(name = "print", takesVarArgs = true, keywordOnlyNames = {"sep", "end", "file", "flush"})
    abstract static class PrintNode extends PythonVarargsBuiltinNode {

        private static final TruffleString SPACE = PyStrings.of(" ");
        private static final TruffleString NEWLINE = PyStrings.of("\n");
        private static final TruffleString STDOUT = PyStrings.of("stdout");

        @Specialization
        Object doPrint(Object[] arguments,
                        @Cached PyObjectStrNode str,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object[] values = ((PTuple) arguments[0]).getItems();
            TruffleString sep = textOrDefault(arguments[1], "sep", SPACE);
            TruffleString end = textOrDefault(arguments[2], "end", NEWLINE);
            Object file = arguments[3];
            boolean flush = arguments[4] != PNone.NO_VALUE && isTrue.execute(arguments[4]);
            Object target = file == PNone.NO_VALUE || file == PNone.NONE ? sysStdout(this) : file;
            if (target == PNone.NONE) {
                return PNone.NONE;
            }
            PythonOutput direct = target instanceof taipan.runtime.io.PTextIOWrapper t ? t.getDirect() : null;
            if (direct != null) {
                TruffleString[] parts = new TruffleString[values.length];
                for (int i = 0; i < values.length; i++) {
                    parts[i] = str.execute(values[i]);
                }
                write(direct, parts, sep, end, flush);
            } else {
                writeToObject(str, target, values, sep, end, flush);
            }
            return PNone.NONE;
        }

        /** {@code sys.stdout} of the running context, looked up on each call as CPython does. */
        @TruffleBoundary
        private static Object sysStdout(com.oracle.truffle.api.nodes.Node location) {
            PythonContext context = PythonContext.get(location);
            Object out = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached().getOrDefault(
                            context.getSysModule(), STDOUT, null);
            if (out == null) {
                throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "lost sys.stdout");
            }
            return out;
        }

        /**
         * {@code print(..., file=f)} for any object with a {@code write} method: one write per value, separator and
         * end, each value converted just before it is written, as CPython's {@code builtin_print_impl}.
         */
        @TruffleBoundary
        private void writeToObject(PyObjectStrNode str, Object file, Object[] values, TruffleString sep,
                        TruffleString end, boolean flush) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writeOne(file, sep);
                }
                writeOne(file, str.execute(values[i]));
            }
            writeOne(file, end);
            if (flush) {
                Object flushMethod = taipan.nodes.attribute.ObjectAttributes.getAttribute(this, file, "flush");
                taipan.nodes.call.SlowCall.call(this, flushMethod, new Object[0]);
            }
        }

        private void writeOne(Object file, TruffleString text) {
            Object write = taipan.nodes.attribute.ObjectAttributes.getAttribute(this, file, "write");
            taipan.nodes.call.SlowCall.call(this, write, new Object[]{text});
        }

        private TruffleString textOrDefault(Object value, String what, TruffleString defaultValue) {
            if (value == PNone.NO_VALUE || value == PNone.NONE) {
                return defaultValue;
            } else if (value instanceof TruffleString s) {
                return s;
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.MUST_BE_STR_OR_NONE, what,
                            PythonErrors.typeName(this, value));
        }

        /** The I/O itself is the only boundary: the text is built in compiled code. */
        @TruffleBoundary
        private static void write(PythonOutput out, TruffleString[] parts, TruffleString sep, TruffleString end,
                        boolean flush) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append(sep.toJavaStringUncached());
                }
                sb.append(parts[i].toJavaStringUncached());
            }
            sb.append(end.toJavaStringUncached());
            out.write(sb.toString());
            if (flush) {
                out.flush();
            }
        }
    }

    @Builtin(name = "len", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class LenNode extends PythonUnaryBuiltinNode {

        @Specialization
        static long doStr(TruffleString value, @Cached TruffleString.CodePointLengthNode length) {
            return length.execute(value, PyStrings.ENCODING);
        }

        @Specialization
        static long doTuple(PTuple value) {
            return value.length();
        }

        @Specialization
        long doList(PList value) {
            return value.getStorage().length(TaipanLanguage.get(this).threadingMode());
        }

        @Specialization
        static long doRange(PRange value) {
            return value.length();
        }

        @Specialization
        static long doBytes(taipan.runtime.bytes.PBytesLike value) {
            return value.length();
        }

        @Specialization
        long doDict(taipan.runtime.object.PDict value) {
            return value.getStorage().length(TaipanLanguage.get(this).threadingMode());
        }

        @Specialization
        long doSet(taipan.runtime.object.PBaseSet value) {
            return value.getStorage().length(TaipanLanguage.get(this).threadingMode());
        }

        @Specialization
        long doDictView(taipan.runtime.object.PDictView value) {
            return value.getDict().getStorage().length(TaipanLanguage.get(this).threadingMode());
        }

        @Specialization
        long doUserObject(PythonObject value,
                        @Cached("create(LEN)") CallSpecialMethodNode callLen) {
            return ObjectProtocols.length(this, callLen, value);
        }

        static final String LEN = ObjectProtocols.LEN;

        @Fallback
        Object doOther(Object value) {
            if (value instanceof taipan.runtime.iterator.PBigRange r) {
                return taipan.nodes.expression.BigRanges.length(this, r);
            }
            if (taipan.runtime.interop.InteropBoundary.isForeign(value)) {
                return taipan.runtime.interop.ForeignAccess.length(this, value);
            }
            if (value instanceof taipan.runtime.bytes.PMemoryView || value instanceof taipan.runtime.object.PMappingProxy
                            || value instanceof taipan.runtime.contextvars.PContext) {
                return taipan.nodes.object.SpecialMethods.callUncached(this, value, "__len__", new Object[0]);
            }
            if (value instanceof PythonClass) {
                // a metaclass's __len__ (classes are not PythonObjects)
                Object result = taipan.nodes.object.SpecialMethods.callUncached(this, value, LEN, new Object[0]);
                if (result != null) {
                    return ObjectProtocols.checkLength(this, result);
                }
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.OBJECT_HAS_NO_LEN,
                            PythonErrors.typeName(this, value));
        }
    }

    @Builtin(name = "repr", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class ReprNode extends PythonUnaryBuiltinNode {

        /** A user instance: a str subclass returned by its {@code __repr__} is the result as it is. */
        @Specialization
        static Object doObject(taipan.runtime.object.PythonObject value) {
            return taipan.runtime.object.ObjectRepr.reprObject(value);
        }

        @Specialization(guards = "!isObject(value)")
        static TruffleString doRepr(Object value, @Cached PyObjectReprNode repr) {
            return repr.execute(value);
        }

        static boolean isObject(Object value) {
            return value instanceof taipan.runtime.object.PythonObject;
        }
    }

    @Builtin(name = "ascii", parameterNames = "obj", minNumOfPositionalArgs = 1)
    abstract static class AsciiNode extends PythonUnaryBuiltinNode {

        @Specialization
        static TruffleString doAscii(Object value, @Cached PyObjectReprNode repr) {
            return escape(repr.execute(value));
        }

        @TruffleBoundary
        private static TruffleString escape(TruffleString repr) {
            return PyStrings.of(AsciiEscape.escapeNonAscii(repr.toJavaStringUncached()));
        }
    }

    @Builtin(name = "next", parameterNames = {"iterator", "default"}, minNumOfPositionalArgs = 1)
    abstract static class NextNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doNext(Object iterator, Object defaultValue, @Cached PyIterNextNode next) {
            Object value = next.execute(iterator);
            if (value != PyIterNextNode.EXHAUSTED) {
                return value;
            } else if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw GeneratorErrors.stopIteration(this,
                            iterator instanceof PGenerator g ? g.getReturnValue()
                                            : iterator instanceof taipan.runtime.generator.PCoroutineWrapper w
                                                            ? w.getCoroutine().getReturnValue() : PNone.NONE);
        }
    }

    @Builtin(name = "format", parameterNames = {"value", "format_spec"}, minNumOfPositionalArgs = 1)
    abstract static class FormatNode extends PythonBinaryBuiltinNode {

        private static final TruffleString EMPTY = PyStrings.of("");

        @Specialization
        TruffleString doFormat(Object value, Object spec, @Cached PyObjectFormatNode format) {
            if (spec == PNone.NO_VALUE) {
                return format.execute(value, EMPTY);
            } else if (spec instanceof TruffleString s) {
                return format.execute(value, s);
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "format() argument 2 must be str, not %s",
                            PythonErrors.typeName(this, spec));
        }
    }

    @Builtin(name = "isinstance", parameterNames = {"obj", "class_or_tuple"}, minNumOfPositionalArgs = 2)
    abstract static class IsInstanceNode extends PythonBinaryBuiltinNode {

        @Specialization(guards = "cls.getMetaclass().isBuiltin()")
        boolean doClass(Object value, PythonClass cls, @Cached GetClassNode getClass) {
            PythonClass actual = getClass.execute(value);
            if (actual.isSubclassOf(cls)) {
                return true;
            }
            return !actual.isBuiltin() && taipan.nodes.classes.TypeChecks.isInstanceByClassAttribute(this, value, actual, cls);
        }

        @Fallback
        boolean doOther(Object value, Object cls) {
            return taipan.nodes.classes.TypeChecks.isInstance(this, value, cls);
        }
    }

    @Builtin(name = "min", takesVarArgs = true, keywordOnlyNames = {"key", "default"}, splitPerCallSite = true)
    abstract static class MinNode extends PythonTernaryBuiltinNode {

        @Specialization
        static Object doMin(Object args, Object key, Object defaultValue,
                        @Cached("createMin()") MinMaxNode minMax) {
            return minMax.execute(args, key, defaultValue);
        }

        static MinMaxNode createMin() {
            return MinMaxNode.create("min", LT);
        }
    }

    @Builtin(name = "max", takesVarArgs = true, keywordOnlyNames = {"key", "default"}, splitPerCallSite = true)
    abstract static class MaxNode extends PythonTernaryBuiltinNode {

        @Specialization
        static Object doMax(Object args, Object key, Object defaultValue,
                        @Cached("createMax()") MinMaxNode minMax) {
            return minMax.execute(args, key, defaultValue);
        }

        static MinMaxNode createMax() {
            return MinMaxNode.create("max", GT);
        }
    }
}
