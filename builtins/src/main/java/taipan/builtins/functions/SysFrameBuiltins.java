package taipan.builtins.functions;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import taipan.nodes.PythonFrame;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.generator.GeneratorBodyRootNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.frame.PFrame;
import taipan.runtime.function.PCode;
import taipan.runtime.function.PFunction;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.module.PythonModule;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;

/**
 * {@code sys._getframe(depth=0)} and {@code sys._getframemodulename(depth=0)}: frame objects made on demand by
 * walking the Truffle stack, so calls never pay for them.
 */
@CoreFunctions(defineModule = "sys")
public final class SysFrameBuiltins {

    private SysFrameBuiltins() {
    }

    /** One Python frame on the stack: its globals, its frame, its root and the line it is at. */
    private record StackEntry(PythonModule globals, Frame frame, RootNode root, int line) {
    }

    @Builtin(name = "_getframe", parameterNames = "depth")
    abstract static class GetFrameNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doGet(Object depth) {
            return frameAt(this, depthOf(this, depth));
        }
    }

    @Builtin(name = "_getframemodulename", parameterNames = "depth")
    abstract static class GetFrameModuleNameNode extends PythonUnaryBuiltinNode {

        @Specialization
        Object doGet(Object depth) {
            List<StackEntry> stack = walk();
            int d = depthOf(this, depth);
            if (d >= stack.size()) {
                return PNone.NONE;
            }
            Object name = stack.get(d).globals().getAttribute("__name__");
            return name == null ? PNone.NONE : name;
        }
    }

    private static int depthOf(Node location, Object depth) {
        if (depth == PNone.NO_VALUE) {
            return 0;
        } else if (depth instanceof Long l) {
            return (int) Math.max(0, Math.min(l, Integer.MAX_VALUE));
        } else if (depth instanceof Integer i) {
            return Math.max(0, i);
        } else if (depth instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "'%s' object cannot be interpreted as an integer",
                        PythonErrors.typeName(location, depth));
    }

    /** The frame {@code depth} calls up, its callers chained through {@code f_back}. */
    @TruffleBoundary
    private static PFrame frameAt(Node location, int depth) {
        List<StackEntry> stack = walk(FrameInstance.FrameAccess.MATERIALIZE);
        if (depth >= stack.size()) {
            throw PythonErrors.raise(location, BuiltinType.VALUE_ERROR, "call stack is not deep enough");
        }
        Object back = PNone.NONE;
        PFrame result = null;
        for (int i = stack.size() - 1; i >= depth; i--) {
            StackEntry e = stack.get(i);
            CallerFrame caller = new CallerFrame(e.globals(), e.frame(), e.root());
            result = new PFrame(codeOf(e), e.globals().getDict(), () -> caller.frameLocals(location), e.line(), back);
            back = result;
        }
        return result;
    }

    /** The Python frames on the stack, innermost first. */
    @TruffleBoundary
    private static List<StackEntry> walk() {
        return walk(FrameInstance.FrameAccess.READ_ONLY);
    }

    /** The Python frames on the stack, innermost first; MATERIALIZE keeps them readable after the call. */
    @TruffleBoundary
    private static List<StackEntry> walk(FrameInstance.FrameAccess access) {
        List<StackEntry> stack = new ArrayList<>();
        Truffle.getRuntime().iterateFrames((FrameInstance instance) -> {
            Frame frame = instance.getFrame(access);
            RootNode root = instance.getCallTarget() instanceof RootCallTarget target ? target.getRootNode() : null;
            if (root instanceof GeneratorBodyRootNode && frame.getArguments().length > 0
                            && frame.getArguments()[0] instanceof PGenerator generator) {
                frame = generator.getFrame();
            }
            Node at = instance.getCallNode(); // the call this frame is making: the line it is at
            if (frame.getFrameDescriptor().getNumberOfSlots() > PythonFrame.GLOBALS_SLOT
                            && frame.getValue(PythonFrame.GLOBALS_SLOT) instanceof PythonModule module) {
                stack.add(new StackEntry(module, frame, root, lineOf(at)));
            }
            return null;
        });
        return stack;
    }

    private static int lineOf(Node node) {
        SourceSection section = node == null ? null : node.getEncapsulatingSourceSection();
        return section == null ? 0 : section.getStartLine();
    }

    private static Object codeOf(StackEntry e) {
        Object[] arguments = e.frame().getArguments();
        if (arguments.length > 0 && arguments[0] instanceof PFunction f) {
            return f.getCode();
        } else if (arguments.length > 0 && arguments[0] instanceof PGenerator g && g.getCode() != null) {
            return g.getCode();
        }
        SourceSection section = e.root() == null ? null : e.root().getSourceSection();
        String file = section == null ? "<unknown>" : section.getSource().getPath() != null
                        ? section.getSource().getPath() : section.getSource().getName();
        return e.root() == null ? PNone.NONE : PCode.ofFrame(e.root().getCallTarget(), e.root().getName(), file,
                        section == null ? 0 : section.getStartLine());
    }
}
