package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.nodes.function.FunctionAttributes;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)}: a new function
 * object over an existing code object, with the checks and messages of CPython's {@code func_new_impl}.
 */
@CoreFunctions(extendClasses = BuiltinType.FUNCTION)
public final class FunctionConstructorBuiltins {

    private FunctionConstructorBuiltins() {
    }

    @Builtin(name = "function", parameterNames = {"cls", "code", "globals", "name", "argdefs", "closure",
                    "kwdefaults"}, minNumOfPositionalArgs = 3, positionalOnly = false,
                    constructsClass = BuiltinType.FUNCTION)
    abstract static class FunctionNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doCreate(Object[] args) {
            return create(this, args[1], args[2], args[3], args[4], args[5], args[6]);
        }
    }

    private static PFunction create(Node location, Object code, Object globals, Object name, Object argdefs,
                    Object closure, Object kwdefaults) {
        if (!(code instanceof PCode c)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "function() argument 'code' must be code, not %s", PythonErrors.typeName(location, code));
        }
        if (!(globals instanceof PDict g)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "function() argument 'globals' must be dict, not %s",
                            PythonErrors.typeName(location, globals));
        }
        if (!isNone(name) && !(name instanceof TruffleString)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "arg 3 (name) must be None or string");
        }
        if (!isNone(argdefs) && !(argdefs instanceof PTuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "arg 4 (defaults) must be None or tuple");
        }
        if (!isNone(kwdefaults) && !(kwdefaults instanceof PDict)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "arg 6 (kwdefaults) must be None or dict");
        }
        PCell[] cells = cells(location, c, closure);
        Object[] defaults = argdefs instanceof PTuple t ? t.getItems().clone() : new Object[0];
        PFunction function = new PFunction(c, CodeRunner.namespaceOf(location, g), defaults, null, cells);
        if (name instanceof TruffleString) {
            FunctionAttributes.set(location, function, "__name__", name);
        }
        if (kwdefaults instanceof PDict) {
            FunctionAttributes.set(location, function, "__kwdefaults__", kwdefaults);
        }
        if (c.getInfo() != null && c.getInfo().doc() != null) {
            function.setDoc(taipan.runtime.str.PyStrings.of(c.getInfo().doc()));
        }
        return function;
    }

    /** The closure tuple as cells: exactly as many as the code's free variables. */
    private static PCell[] cells(Node location, PCode code, Object closure) {
        int free = code.getInfo() == null ? 0 : code.getInfo().freevars().length;
        if (!isNone(closure) && !(closure instanceof PTuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "arg 5 (closure) must be tuple");
        }
        Object[] items = closure instanceof PTuple t ? t.getItems() : new Object[0];
        if (items.length != free) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "%s requires closure of length %d, not %d",
                            code.getName(), free, items.length);
        }
        PCell[] cells = new PCell[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PCell cell)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "arg 5 (closure) expected cell, found %s",
                                PythonErrors.typeName(location, items[i]));
            }
            cells[i] = cell;
        }
        return cells;
    }

    private static boolean isNone(Object value) {
        return value == PNone.NONE || value == PNone.NO_VALUE;
    }
}
