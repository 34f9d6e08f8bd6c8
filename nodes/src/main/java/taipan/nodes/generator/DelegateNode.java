package taipan.nodes.generator;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.generator.PCoroutineWrapper;
import taipan.runtime.generator.PGenerator;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PythonObject;
import taipan.runtime.type.BuiltinType;

/**
 * One step of {@code yield from} / {@code await} (PEP 380): sends a value, or throws an exception, into the
 * sub-iterator. Returns the item it yields, or a {@link Returned} with its return value once it has finished.
 */
public abstract class DelegateNode extends Node {

    static final String NEXT = "__next__";
    static final String SEND = "send";
    static final String THROW = "throw";
    static final String CLOSE = "close";

    /** The sub-iterator finished: {@code value} is the result of the {@code yield from} or {@code await}. */
    public record Returned(Object value) {
    }

    public abstract Object execute(Object iterator, Object sent, PException thrown);

    public static DelegateNode create() {
        return DelegateNodeGen.create();
    }

    @Specialization
    Object doGenerator(PGenerator sub, Object sent, PException thrown,
                    @Cached GeneratorResumeNode resume, @Cached GeneratorCloseNode close) {
        if (thrown != null && GeneratorErrors.isInstance(this, thrown, BuiltinType.GENERATOR_EXIT)) {
            close.execute(sub);
            throw thrown.raisedAt(this); // raised in the delegating frame, at its yield from
        }
        Object item = resume.execute(sub, sent, thrown);
        return item == PyIterNextNode.EXHAUSTED ? new Returned(sub.getReturnValue()) : item;
    }

    @Specialization
    Object doCoroutineWrapper(PCoroutineWrapper wrapper, Object sent, PException thrown,
                    @Cached GeneratorResumeNode resume, @Cached GeneratorCloseNode close) {
        return doGenerator(wrapper.getCoroutine(), sent, thrown, resume, close);
    }

    /** A built-in iterator driven by {@code next()} only: the fast path of {@code yield from} over a container. */
    @Specialization(guards = {"thrown == null", "isNone(sent)", "!isPythonObject(iterator)", "!isGenerator(iterator)"})
    Object doBuiltinNext(Object iterator, Object sent, PException thrown, @Cached PyIterNextNode next) {
        Object item = next.execute(iterator);
        return item == PyIterNextNode.EXHAUSTED ? new Returned(PNone.NONE) : item;
    }

    @Specialization(replaces = "doBuiltinNext", guards = "!isGenerator(iterator)")
    Object doGeneric(Object iterator, Object sent, PException thrown,
                    @Cached("create(NEXT)") CallSpecialMethodNode callNext,
                    @Cached("create(SEND)") CallSpecialMethodNode callSend,
                    @Cached("create(THROW)") CallSpecialMethodNode callThrow,
                    @Cached("create(CLOSE)") CallSpecialMethodNode callClose) {
        Object result;
        try {
            if (thrown != null) {
                if (GeneratorErrors.isInstance(this, thrown, BuiltinType.GENERATOR_EXIT)) {
                    callClose.execute(iterator, new Object[0]);
                    throw thrown.raisedAt(this);
                }
                result = callThrow.execute(iterator, new Object[]{thrown.getPythonException()});
                if (result == null) {
                    throw thrown.raisedAt(this);
                }
            } else if (sent == PNone.NONE) {
                result = callNext.execute(iterator, new Object[0]);
                if (result == null) {
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not an iterator",
                                    PythonErrors.typeName(this, iterator));
                }
            } else {
                result = callSend.execute(iterator, new Object[]{sent});
                if (result == null) {
                    throw PythonErrors.raise(this, BuiltinType.ATTRIBUTE_ERROR, "'%s' object has no attribute 'send'",
                                    PythonErrors.typeName(this, iterator));
                }
            }
        } catch (PException e) {
            if ((thrown == null || e.getPythonException() != thrown.getPythonException()) && GeneratorErrors.isInstance(this, e, BuiltinType.STOP_ITERATION)) {
                return new Returned(GeneratorErrors.stopIterationValue(e));
            }
            throw e;
        }
        return result;
    }

    static boolean isNone(Object o) {
        return o == PNone.NONE;
    }

    /** Iterators whose StopIteration may carry a value: user objects and the awaitables of async iteration. */
    static boolean isPythonObject(Object o) {
        return o instanceof PythonObject || o instanceof taipan.runtime.generator.GeneratorFamily;
    }

    static boolean isGenerator(Object o) {
        return o instanceof PGenerator || o instanceof PCoroutineWrapper;
    }
}
