package taipan.nodes.builtin;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.type.BuiltinType;

import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import com.oracle.truffle.api.profiles.ConditionProfile;

import taipan.language.TaipanLanguage;
import taipan.runtime.object.PBuiltinSubclassObject;

/**
 * The call target of a built-in function: its frame arguments are the bound arguments. Internal, so it stays out of
 * tracebacks as C functions do in CPython's.
 */
public final class BuiltinRootNode extends RootNode {

    private final String name;
    @Child private PythonBuiltinNode body;
    /** A method of a built-in class other than object: a subclass instance receiver becomes its built-in value. */
    private final boolean unwrapReceiver;
    private final ConditionProfile subclassReceiver = ConditionProfile.create();

    public BuiltinRootNode(TaipanLanguage language, String name, NodeFactory<? extends PythonBuiltinNode> factory) {
        this(language, name, factory, false);
    }

    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private BuiltinType[] owners;
    /** See {@link Builtin#splitPerCallSite()}. */
    private boolean splitPerCallSite;

    public BuiltinRootNode(TaipanLanguage language, String name, NodeFactory<? extends PythonBuiltinNode> factory,
                    boolean unwrapReceiver) {
        super(language);
        this.name = name;
        this.body = factory.createNode();
        this.unwrapReceiver = unwrapReceiver;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        if (unwrapReceiver && arguments.length > 0 &&
                        subclassReceiver.profile(arguments[0] instanceof PBuiltinSubclassObject)) {
            arguments = arguments.clone();
            arguments[0] = ((PBuiltinSubclassObject) arguments[0]).getValue();
        }
        try {
            return body.call(arguments);
        } catch (UnsupportedSpecializationException e) {
            // an argument no specialisation takes (str.find(1, 'a')): CPython's PyErr_BadArgument
            throw badArgument(arguments);
        } catch (taipan.runtime.list.ContainerError e) {
            // storage errors a method did not convert itself (a bytearray resized while a memoryview holds it)
            throw PythonErrors.fromContainerError(this, e);
        } catch (SecurityException e) {
            // the embedder's sandbox (a Context without allowIO, say) refused a host resource: EACCES to Python
            throw taipan.runtime.posix.PosixErrors.raise(this, taipan.runtime.posix.PosixErrors.EACCES, null, null);
        }
    }

    /** The classes this method belongs to, so that a foreign receiver gets the method descriptor's message. */
    public BuiltinRootNode withOwners(BuiltinType[] classes) {
        this.owners = classes;
        return this;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private RuntimeException badArgument(Object[] arguments) {
        if (owners != null && owners.length > 0 && arguments.length > 0
                        && !java.util.List.of(owners).contains(taipan.runtime.object.PythonTypes.builtinTypeOf(arguments[0]))) {
            return PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name,
                            owners[0].getPythonName(), PythonErrors.typeName(this, arguments[0]));
        }
        return PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.BAD_ARGUMENT_TYPE, name);
    }

    /** Marks this built-in to be split per call site (see {@link Builtin#splitPerCallSite()}). */
    public BuiltinRootNode withSplitPerCallSite(boolean split) {
        this.splitPerCallSite = split;
        return this;
    }

    /**
     * A direct call to {@code target}: to a copy of it of its own when the target is a built-in marked
     * {@link Builtin#splitPerCallSite()}.
     */
    public static DirectCallNode createCall(CallTarget target) {
        DirectCallNode call = DirectCallNode.create(target);
        if (target instanceof RootCallTarget root && root.getRootNode() instanceof BuiltinRootNode b
                        && b.splitPerCallSite) {
            call.cloneCallTarget();
        }
        return call;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public boolean isCloningAllowed() {
        return true;
    }

    @Override
    public String toString() {
        return "<built-in " + name + ">";
    }
}
