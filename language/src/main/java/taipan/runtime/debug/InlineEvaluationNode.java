package taipan.runtime.debug;

import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExecutableNode;
import com.oracle.truffle.api.source.Source;

import taipan.language.PythonContext;
import taipan.language.TaipanLanguage;
import taipan.runtime.exception.PException;
import taipan.runtime.function.PCode;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PDict;
import taipan.runtime.str.PyStrings;

/**
 * An expression a debugger evaluates in a paused frame ({@code Debugger.evaluateOnCallFrame}): run as
 * {@code eval(expr, globals, locals)} with the frame's module as globals and a snapshot of its variables as
 * locals; a statement ({@code x = 1}) runs as {@code exec} and gives None.
 */
public final class InlineEvaluationNode extends ExecutableNode {

    private final Source source;

    public InlineEvaluationNode(TaipanLanguage language, Source source) {
        super(language);
        this.source = source;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return evaluate(frame == null ? null : frame.materialize());
    }

    @TruffleBoundary
    private Object evaluate(MaterializedFrame frame) {
        TaipanLanguage language = getLanguage(TaipanLanguage.class);
        PythonModule globals = frame == null ? null : FrameVariables.globals(frame);
        if (globals == null) {
            globals = PythonContext.get(this).getMainModule();
        }
        Map<String, Object> variables = frame == null ? Map.of() : FrameVariables.values(frame);
        PDict locals = null;
        if (FrameVariables.function(frame) != null || !variables.isEmpty()) {
            locals = new PDict();
            BuiltinEquality ops = new BuiltinEquality(language.threadingMode());
            for (Map.Entry<String, Object> e : variables.entrySet()) {
                locals.getStorage().put(language.threadingMode(), ops, PyStrings.of(e.getKey()), e.getValue());
            }
        }
        PCode code;
        try {
            code = language.getFrontEnd().compile(language, source, "eval");
        } catch (PException e) {
            code = language.getFrontEnd().compile(language, source, "exec");
        }
        return ValueView.of(code.getCallTarget().call(globals, locals));
    }
}
