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
import taipan.runtime.module.PythonModule;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.ClassNamespace;

/**
 * Executing {@code class Name(bases, kw=...): body}: evaluates the bases and keywords, runs the body in a fresh
 * namespace (seeded with {@code __module__} and {@code __qualname__}), then makes the class from it.
 */
public final class MakeClassNode extends ExpressionNode {

    private final String name;
    private final String qualname;
    @Children private final ExpressionNode[] bases;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Children private final ExpressionNode[] closure;
    @Child private DirectCallNode body;

    public MakeClassNode(String name, String qualname, ExpressionNode[] bases, String[] keywordNames,
                    ExpressionNode[] keywordValues, ExpressionNode[] closure, CallTarget body) {
        this.closure = closure;
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.body = DirectCallNode.create(body);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = evaluate(frame, bases);
        Object[] keywords = evaluate(frame, keywordValues);
        PythonModule globals = PythonFrame.getGlobals(frame);
        ClassNamespace namespace = newNamespace(globals);
        body.call(globals, namespace, evaluate(frame, closure));
        return ClassFactory.create(this, name, baseValues, namespace, keywordNames, keywords);
    }

    @TruffleBoundary
    private ClassNamespace newNamespace(PythonModule globals) {
        ClassNamespace namespace = new ClassNamespace();
        Object module = DynamicObjectLibrary.getUncached().getOrDefault(globals, PyStrings.of("__name__"), null);
        if (module != null) {
            namespace.put("__module__", module);
        }
        namespace.put("__qualname__", PyStrings.of(qualname));
        return namespace;
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
