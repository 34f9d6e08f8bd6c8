package taipan.nodes.generator;

import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** {@code generator.close()}: CPython's {@code gen_close}, raising {@code GeneratorExit} at the suspension point. */
public final class GeneratorCloseNode extends Node {

    @Child private GeneratorResumeNode resume = GeneratorResumeNode.create();

    public static GeneratorCloseNode create() {
        return new GeneratorCloseNode();
    }

    /** Returns what a {@code return} reached while handling GeneratorExit returned (3.13), else None. */
    public Object execute(PGenerator generator) {
        if (!generator.isStarted() || generator.isFinished()) {
            if (!generator.isRunning()) {
                generator.finish(PNone.NONE);
            }
            return PNone.NONE;
        }
        PException exit = GeneratorErrors.bare(this, BuiltinType.GENERATOR_EXIT);
        Object result;
        try {
            result = resume.execute(generator, PNone.NONE, exit);
        } catch (PException e) {
            if (isGeneratorExit(this, e) || is(this, e, BuiltinType.STOP_ITERATION)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (result != PyIterNextNode.EXHAUSTED) {
            throw PythonErrors.raise(this, BuiltinType.RUNTIME_ERROR, "%s ignored GeneratorExit",
                            generator.kindName());
        }
        return generator.getReturnValue();
    }

    static boolean isGeneratorExit(Node node, PException e) {
        return is(node, e, BuiltinType.GENERATOR_EXIT);
    }

    private static boolean is(Node node, PException e, BuiltinType type) {
        PythonClass cls = TaipanLanguage.get(node).getBuiltinClass(type);
        return e.getPythonException().getType().isSubclassOf(cls);
    }
}
