package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.PythonContext;
import taipan.nodes.ExpressionNode;
import taipan.nodes.call.SlowCall;
import taipan.nodes.variable.NamespaceAccess;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.nodes.PythonFrame;

/**
 * CPython's {@code IMPORT_NAME}: imports a module (with the names of its from-list, relative to the current package
 * when {@code level > 0}) and gives the module an import statement binds or reads names from.
 */
public final class ImportNameNode extends ExpressionNode {

    private static final TruffleString IMPORT = PyStrings.of("__import__");

    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] fromList;
    private final int level;

    public ImportNameNode(String name, String[] fromList, int level) {
        this.name = name;
        this.fromList = fromList;
        this.level = level;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PythonModule globals = PythonFrame.getGlobals(frame);
        Object importer = importHook(globals);
        if (importer != null) {
            return callHook(importer, globals);
        }
        return ModuleImporter.importName(this, name, fromList, level, globals);
    }

    /** The {@code __import__} of the frame's builtins when a program replaced it, else null (the native import). */
    @TruffleBoundary
    private Object importHook(PythonModule globals) {
        Object custom = globals.getCustomBuiltins();
        Object importer = custom != null ? NamespaceAccess.get(this, custom, IMPORT)
                        : DynamicObjectLibrary.getUncached().getOrDefault(PythonContext.get(this).getBuiltinsModule(), IMPORT, null);
        if (importer == null) {
            throw PythonErrors.raise(this, BuiltinType.IMPORT_ERROR, "__import__ not found");
        }
        return importer instanceof PBuiltinFunction f && f.getName().equals("__import__") ? null : importer;
    }

    /** CPython's {@code import_name} with a replaced {@code __import__}: a call with the statement's arguments. */
    @TruffleBoundary
    private Object callHook(Object importer, PythonModule globals) {
        Object[] names = new Object[fromList.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStrings.of(fromList[i]);
        }
        Object from = names.length == 0 ? PNone.NONE : new PTuple(names);
        return SlowCall.call(this, importer, new Object[]{PyStrings.of(name), globals.getDict(), PNone.NONE, from, (long) level});
    }
}
