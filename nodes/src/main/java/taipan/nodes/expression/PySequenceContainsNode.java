package taipan.nodes.expression;

import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.object.UserIteration;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.CallSpecialMethodNode;
import taipan.runtime.object.PythonObject;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.bytes.BytesContains;
import taipan.runtime.bytes.PBytesLike;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.str.PyStrings;
import taipan.language.TaipanLanguage;
import taipan.runtime.list.ListSearch;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.dict.PyDictGetItemNode;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.iterator.PRange;
import taipan.runtime.object.ContainerSearch;
import taipan.runtime.object.PBaseSet;
import taipan.runtime.object.PFrozenSet;
import taipan.runtime.object.PSet;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.threading.ThreadingMode;
import taipan.runtime.type.BuiltinType;

/** {@code item in container} (and, negated, {@code not in}): CPython's {@code PySequence_Contains}. */
public abstract class PySequenceContainsNode extends BinaryOpNode {

    protected final boolean negated;

    protected PySequenceContainsNode(boolean negated) {
        this.negated = negated;
    }

    public static PySequenceContainsNode create(boolean negated) {
        return PySequenceContainsNodeGen.create(negated);
    }

    @Override
    public final String getSymbol() {
        return negated ? "not in" : "in";
    }

    @Specialization
    boolean doStr(TruffleString item, TruffleString container,
                    @Cached TruffleString.CodePointLengthNode length,
                    @Cached TruffleString.IndexOfStringNode indexOf) {
        int containerLength = length.execute(container, PyStrings.ENCODING);
        int itemLength = length.execute(item, PyStrings.ENCODING);
        boolean found = itemLength == 0 ||
                        indexOf.execute(container, item, 0, containerLength, PyStrings.ENCODING) >= 0;
        return found != negated;
    }

    @Specialization(guards = "!isString(item)")
    boolean doStrWrongItem(Object item, @SuppressWarnings("unused") TruffleString container) {
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.IN_STRING_REQUIRES_STRING,
                        PythonErrors.typeName(this, item));
    }

    @Specialization
    boolean doList(Object item, PList container) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        return ListSearch.contains(mode, container.getStorage(), item, new BuiltinEquality(mode)) != negated;
    }

    @Specialization
    boolean doTuple(Object item, PTuple container) {
        BuiltinEquality equality = new BuiltinEquality(TaipanLanguage.get(this).threadingMode());
        for (Object element : container.getItems()) {
            if (equality.eq(element, item)) {
                return !negated;
            }
        }
        return negated;
    }

    @Specialization
    boolean doBytes(Object item, PBytesLike container) {
        return BytesContains.contains(this, container, item) != negated;
    }

    @Specialization
    boolean doDict(Object item, PDict container, @Bind Node inliningTarget, @Cached PyDictGetItemNode getItem) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        return (getItem.execute(inliningTarget, mode, container.getStorage(), item) != null) != negated;
    }

    @Specialization
    boolean doSet(Object item, PBaseSet container) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        // set.__contains__ looks an unhashable set up as the equal frozenset (Objects/setobject.c, set_contains).
        Object key = item instanceof PSet s ? new PFrozenSet(s.getStorage()) : item;
        return container.getStorage().contains(mode, new BuiltinEquality(mode), key) != negated;
    }

    @Specialization
    boolean doDictView(Object item, PDictView container) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        return ContainerSearch.inView(mode, new BuiltinEquality(mode), container, item) != negated;
    }

    @Specialization
    boolean doRange(Object item, PRange container) {
        ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
        return ContainerSearch.inRange(new BuiltinEquality(mode), container, item) != negated;
    }

    @Specialization
    Object doUserObject(Object item, PythonObject container,
                    @Cached("create(CONTAINS)") CallSpecialMethodNode callContains,
                    @Cached PyObjectIsTrueNode isTrue,
                    @Cached taipan.nodes.iterator.PyObjectGetIterNode getIter,
                    @Cached taipan.nodes.iterator.PyIterNextNode next,
                    @Cached("create(EQ)") PyObjectRichCompareNode eq) {
        Object result;
        try {
            result = callContains.execute(container, new Object[]{item});
        } catch (taipan.runtime.exception.PException e) {
            throw notAContainer(container, e);
        }
        boolean found;
        if (result != null) {
            found = isTrue.execute(result);
        } else if (!UserIteration.isIterable(container)) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_NOT_ITERABLE,
                            container.getPythonClass().getName());
        } else {
            found = UserIteration.iterContains(getIter.execute(container), item, next, eq, isTrue);
        }
        return found != negated;
    }

    /** {@code __contains__ = None} makes a class no container (CPython's slot is then absent). */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private taipan.runtime.exception.PException notAContainer(PythonObject container,
                    taipan.runtime.exception.PException e) {
        if (container.getPythonClass().lookup(CONTAINS) == taipan.runtime.object.PNone.NONE) {
            return PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not a container",
                            container.getPythonClass().getName());
        }
        return e;
    }

    /** {@code x in SomeClass}: the metaclass's {@code __contains__}, else its {@code __iter__} (x in SomeEnum). */
    @Specialization
    Object doClass(Object item, taipan.runtime.type.PythonClass container,
                    @Cached PyObjectIsTrueNode isTrue,
                    @Cached taipan.nodes.iterator.PyObjectGetIterNode getIter,
                    @Cached taipan.nodes.iterator.PyIterNextNode next,
                    @Cached("create(EQ)") PyObjectRichCompareNode eq) {
        Object found = taipan.nodes.object.SpecialMethods.callUncached(this, container, CONTAINS, new Object[]{item});
        if (found != null) {
            return isTrue.execute(found) != negated;
        } else if (taipan.nodes.object.SpecialMethods.lookup(this, container, ObjectProtocols.ITER) == null) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_NOT_ITERABLE,
                            PythonErrors.typeName(this, container));
        }
        return UserIteration.iterContains(getIter.execute(container), item, next, eq, isTrue) != negated;
    }

    static final String CONTAINS = ObjectProtocols.CONTAINS;
    static final ComparisonOp EQ = ComparisonOp.EQ;

    /** {@code x in iterator} of a built-in iterator or generator: consumes it up to the first equal item. */
    @Specialization(guards = "isIterator(container)")
    Object doIterator(Object item, Object container,
                    @Cached PyObjectIsTrueNode isTrue,
                    @Cached taipan.nodes.iterator.PyObjectGetIterNode getIter,
                    @Cached taipan.nodes.iterator.PyIterNextNode next,
                    @Cached("create(EQ)") PyObjectRichCompareNode eq) {
        return UserIteration.iterContains(getIter.execute(container), item, next, eq, isTrue) != negated;
    }

    static boolean isIterator(Object value) {
        return value instanceof taipan.runtime.iterator.PBuiltinIterator
                        || value instanceof taipan.runtime.iterator.PRangeIterator
                        || value instanceof taipan.runtime.iterator.PListIterator
                        || value instanceof taipan.runtime.iterator.PDictIterator
                        || value instanceof taipan.runtime.iterator.PSetIterator
                        || value instanceof taipan.runtime.iterator.PSequenceIterator
                        || value instanceof taipan.runtime.generator.PGenerator
                        || value instanceof taipan.runtime.itertools.PItertoolsIterator;
    }

    @Fallback
    boolean doGeneric(Object item, Object container) {
        if (container instanceof taipan.runtime.iterator.PBigRange r) {
            return taipan.nodes.expression.BigRanges.contains(r, item);
        }
        if (taipan.runtime.interop.InteropBoundary.isForeign(container)) {
            return taipan.runtime.interop.ForeignAccess.contains(this, container, item) != negated;
        }
        if (container instanceof taipan.runtime.contextvars.PContext) {
            // a built-in class whose membership is only a method in its class dict
            Object found = taipan.nodes.object.SpecialMethods.callUncached(this, container, CONTAINS, new Object[]{item});
            if (found != null) {
                return taipan.nodes.object.SlowCompare.isTrue(this, found) != negated;
            }
        }
        throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_NOT_ITERABLE,
                        PythonErrors.typeName(this, container));
    }

    static boolean isString(Object value) {
        return value instanceof TruffleString;
    }
}
