package taipan.nodes.classes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.nodes.function.CellArrayNode;
import taipan.runtime.function.PCell;
import taipan.runtime.module.PythonModule;
import taipan.runtime.str.PyStrings;

/**
 * Executing {@code class Name(bases, kw=...): body}: evaluates the bases and keywords, runs the body in a fresh
 * namespace (seeded with {@code __module__} and {@code __qualname__}), then makes the class from it.
 */
public final class MakeClassNode extends ExpressionNode {

    private final String name;
    private final String qualname;
    @Children private final ExpressionNode[] bases;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    private final boolean hasMapping;
    @Children private final ExpressionNode[] keywordValues;
    @Child private DirectCallNode body;
    /** The cells the body takes from the enclosing function ({@code co_freevars} order). */
    @Child private CellArrayNode closure = new CellArrayNode(new ExpressionNode[0]);
    /** Whether the body has a {@code __class__} cell (a method uses {@code super()} or {@code __class__}). */
    private boolean classCell;
    /** {@code class C(*bases)}: the one base node gives the tuple of all the bases. */
    private boolean basesTuple;

    public MakeClassNode(String name, String qualname, ExpressionNode[] bases, String[] keywordNames,
                    ExpressionNode[] keywordValues, CallTarget body) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.hasMapping = java.util.Arrays.asList(keywordNames).contains(null);
        this.keywordValues = keywordValues;
        this.body = DirectCallNode.create(body);
    }

    /** The bases come as one tuple ({@code class C(A, *more)}). */
    public MakeClassNode withBasesTuple() {
        this.basesTuple = true;
        return this;
    }

    /** Gives the class body its closure and {@code __class__} cell (see {@code LoadClassCellsNode}). */
    public MakeClassNode withCells(ExpressionNode[] closureCells, boolean hasClassCell) {
        this.closure = insert(new CellArrayNode(closureCells));
        this.classCell = hasClassCell;
        return this;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = evaluate(frame, bases);
        if (basesTuple) {
            baseValues = ((taipan.runtime.object.PTuple) baseValues[0]).getItems();
        }
        Object[] keywords = evaluate(frame, keywordValues);
        String[] names = keywordNames;
        if (hasMapping) {
            Object[][] expanded = ClassKeywords.expand(this, keywordNames, keywords);
            names = (String[]) expanded[0];
            keywords = expanded[1];
        }
        PythonModule globals = PythonFrame.getGlobals(frame);
        ClassBuilder.Prepared prepared = ClassBuilder.prepare(this, name, baseValues, names, keywords);
        initNamespace(globals, prepared.namespace());
        PCell cell = classCell ? new PCell() : null;
        body.call(globals, prepared.namespace(), closure.executeGeneric(frame), cell);
        return ClassBuilder.finish(this, name, prepared, cell);
    }

    /** What CPython's class body stores first: {@code __module__} and {@code __qualname__}. */
    @TruffleBoundary
    private void initNamespace(PythonModule globals, Object namespace) {
        Object module = DynamicObjectLibrary.getUncached().getOrDefault(globals, PyStrings.of("__name__"), null);
        if (module != null) {
            ClassNamespaces.put(this, namespace, "__module__", module);
        }
        ClassNamespaces.put(this, namespace, "__qualname__", PyStrings.of(qualname));
    }

    @ExplodeLoop
    private static Object[] evaluate(VirtualFrame frame, ExpressionNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i].executeGeneric(frame);
        }
        return values;
    }
}
