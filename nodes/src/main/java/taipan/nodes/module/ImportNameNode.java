package taipan.nodes.module;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;

/**
 * CPython's {@code IMPORT_NAME}: imports a module (with the names of its from-list, relative to the current package
 * when {@code level > 0}) and gives the module an import statement binds or reads names from.
 */
public final class ImportNameNode extends ExpressionNode {

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
        return ModuleImporter.importName(this, name, fromList, level, PythonFrame.getGlobals(frame));
    }
}
