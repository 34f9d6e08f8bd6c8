package taipan.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.PythonFrame;
import taipan.runtime.function.PCell;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;
import taipan.threading.ThreadingMode;

/**
 * Executing {@code def} or {@code lambda} (CPython's {@code MAKE_FUNCTION}): evaluates the defaults, keyword-only
 * defaults and annotations, takes the closure's cells from this frame, and makes a function object over the
 * (shared) code.
 */
public final class MakeFunctionNode extends ExpressionNode {

    private final PCode code;
    private final TruffleString doc;
    @Children private final ExpressionNode[] defaults;
    /** Aligned with the keyword-only parameters: null where one has no default; the array is null if none has. */
    @Children private final ExpressionNode[] kwDefaults;
    @Children private final ExpressionNode[] closure;
    @CompilationFinal(dimensions = 1) private final String[] annotationNames;
    @Children private final ExpressionNode[] annotationValues;

    public MakeFunctionNode(PCode code, ExpressionNode[] defaults, ExpressionNode[] kwDefaults,
                    ExpressionNode[] closure, String[] annotationNames, ExpressionNode[] annotationValues) {
        this.code = code;
        String docText = code.getInfo() == null ? null : code.getInfo().doc();
        this.doc = docText == null ? null : PyStrings.of(docText);
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.annotationNames = annotationNames;
        this.annotationValues = annotationValues;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] defaultValues = evaluate(frame, defaults);
        Object[] kwDefaultValues = kwDefaults == null ? null : evaluate(frame, kwDefaults);
        Object[] annotations = evaluate(frame, annotationValues);
        PCell[] cells = new PCell[closure.length];
        readCells(frame, cells);
        PythonModule globals = PythonFrame.getGlobals(frame);
        PFunction function = new PFunction(code, globals, defaultValues, kwDefaultValues, cells);
        if (doc != null) {
            function.setDoc(doc);
        }
        if (annotationNames.length > 0) {
            function.setAnnotations(annotationDict(annotationNames, annotations));
        }
        return function;
    }

    @ExplodeLoop
    private static Object[] evaluate(VirtualFrame frame, ExpressionNode[] nodes) {
        Object[] values = new Object[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            values[i] = nodes[i] == null ? null : nodes[i].executeGeneric(frame);
        }
        return values;
    }

    @ExplodeLoop
    private void readCells(VirtualFrame frame, PCell[] cells) {
        for (int i = 0; i < closure.length; i++) {
            cells[i] = (PCell) closure[i].executeGeneric(frame);
        }
    }

    @TruffleBoundary
    private PDict annotationDict(String[] names, Object[] values) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        PDict dict = new PDict();
        BuiltinEquality ops = new BuiltinEquality(mode);
        for (int i = 0; i < names.length; i++) {
            dict.getStorage().put(mode, ops, PyStrings.of(names[i]), values[i] == null ? PNone.NONE : values[i]);
        }
        return dict;
    }
}
