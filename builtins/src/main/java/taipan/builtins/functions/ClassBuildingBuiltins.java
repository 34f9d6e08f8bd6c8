package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.classes.ClassBuilder;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/** The built-ins a class statement and {@code breakpoint()} stand on: {@code __build_class__}, {@code breakpoint}. */
public final class ClassBuildingBuiltins {

    private ClassBuildingBuiltins() {
    }

    /**
     * {@code __build_class__(func, name, *bases, **kwds)} called by a program: the metaclass and namespace as a
     * class statement gets them, then {@code func()} (its locals are its own, as CPython's optimized code ignores
     * the namespace) and the metaclass call; a cell {@code func} returns is the class's {@code __class__} cell.
     */
    @Builtin(name = "__build_class__", parameterNames = {"func", "name"}, takesVarArgs = true, takesVarKeywords = true)
    abstract static class BuildClassNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doBuild(Object[] arguments) {
            if (!(arguments[0] instanceof PFunction func)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__build_class__: func must be a function");
            }
            if (!(arguments[1] instanceof TruffleString name)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "__build_class__: name is not a string");
            }
            Object[] bases = arguments[2] instanceof PTuple t ? t.getItems() : new Object[0];
            String[] names = new String[0];
            Object[] values = new Object[0];
            if (arguments.length > 3 && arguments[3] instanceof PDict kw) {
                Object[][] entries = kw.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
                names = new String[entries[0].length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = ((TruffleString) entries[0][i]).toJavaStringUncached();
                }
                values = entries[1];
            }
            String className = name.toJavaStringUncached();
            ClassBuilder.Prepared prepared = ClassBuilder.prepare(this, className, bases, names, values);
            Object result = SlowCall.call(this, func, new Object[0]);
            return ClassBuilder.finish(this, className, prepared, result instanceof PCell cell ? cell : null);
        }
    }

    /** {@code breakpoint(*args, **kws)}: {@code sys.breakpointhook(*args, **kws)}, as PEP 553 specifies. */
    @Builtin(name = "breakpoint", takesVarArgs = true, takesVarKeywords = true)
    abstract static class BreakpointNode extends PythonVarargsBuiltinNode {

        @Specialization
        @TruffleBoundary
        Object doBreak(Object[] arguments) {
            Object hook = PythonContext.get(this).getSysModule().getAttribute("breakpointhook");
            if (hook == null) {
                throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "lost sys.breakpointhook");
            }
            Object[] args = arguments[0] instanceof PTuple t ? t.getItems() : new Object[0];
            String[] names = new String[0];
            Object[] values = new Object[0];
            if (arguments.length > 1 && arguments[1] instanceof PDict kw) {
                Object[][] entries = kw.getStorage().snapshot(TaipanLanguage.get(this).threadingMode());
                names = new String[entries[0].length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = ((TruffleString) entries[0][i]).toJavaStringUncached();
                }
                values = entries[1];
            }
            return SlowCall.call(this, hook, args, names, values);
        }
    }
}
