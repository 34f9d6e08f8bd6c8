package taipan.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.iterator.PCallableIterator;
import taipan.runtime.iterator.PEnumerate;
import taipan.runtime.iterator.PFilter;
import taipan.runtime.iterator.PMap;
import taipan.runtime.iterator.PRange;
import taipan.runtime.iterator.PRangeIterator;
import taipan.runtime.iterator.PReversed;
import taipan.runtime.iterator.PZip;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ElementOps;
import taipan.runtime.list.ListSort;
import taipan.runtime.list.ListStorage;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.ContainerItems;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PDictView;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The lazy iteration built-ins of {@code Python/bltinmodule.c} and {@code Objects/enumobject.c}: the classes
 * {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}, and {@code iter}, {@code sorted}.
 */
public final class IterationBuiltins {

    private static final Object[] NO_ARGS = new Object[0];

    private IterationBuiltins() {
    }

    @Builtin(name = "enumerate", parameterNames = {"cls", "iterable", "start"}, minNumOfPositionalArgs = 2,
                    positionalOnly = false, constructsClass = BuiltinType.ENUMERATE)
    abstract static class EnumerateNode extends PythonTernaryBuiltinNode {

        @Specialization
        PEnumerate doCreate(@SuppressWarnings("unused") Object cls, Object iterable, Object start,
                        @Cached PyObjectGetIterNode getIter) {
            Object count = start == PNone.NO_VALUE ? (Object) 0L : NumberArgs.index(this, start);
            return new PEnumerate(getIter.execute(iterable), count);
        }
    }

    @Builtin(name = "zip", parameterNames = "cls", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    keywordOnlyNames = "strict", constructsClass = BuiltinType.ZIP)
    abstract static class ZipNode extends PythonTernaryBuiltinNode {

        @Specialization
        static PZip doCreate(@SuppressWarnings("unused") Object cls, Object iterables, Object strict,
                        @Cached PyObjectGetIterNode getIter, @Cached PyObjectIsTrueNode isTrue) {
            Object[] items = ((PTuple) iterables).getItems();
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = getIter.execute(items[i]);
            }
            return new PZip(iterators, strict != PNone.NO_VALUE && isTrue.execute(strict));
        }
    }

    @Builtin(name = "map", parameterNames = {"cls", "func"}, minNumOfPositionalArgs = 1, takesVarArgs = true,
                    constructsClass = BuiltinType.MAP)
    abstract static class MapNode extends PythonTernaryBuiltinNode {

        @Specialization
        PMap doCreate(@SuppressWarnings("unused") Object cls, Object function, Object iterables,
                        @Cached PyObjectGetIterNode getIter) {
            Object[] items = ((PTuple) iterables).getItems();
            if (items.length == 0) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "map() must have at least two arguments.");
            }
            Object[] iterators = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                iterators[i] = getIter.execute(items[i]);
            }
            return new PMap(function, iterators);
        }
    }

    @Builtin(name = "filter", parameterNames = {"cls", "function", "iterable"}, minNumOfPositionalArgs = 3,
                    constructsClass = BuiltinType.FILTER)
    abstract static class FilterNode extends PythonTernaryBuiltinNode {

        @Specialization
        static PFilter doCreate(@SuppressWarnings("unused") Object cls, Object function, Object iterable,
                        @Cached PyObjectGetIterNode getIter) {
            return new PFilter(function, getIter.execute(iterable));
        }
    }

    @Builtin(name = "reversed", parameterNames = {"cls", "sequence"}, minNumOfPositionalArgs = 2,
                    constructsClass = BuiltinType.REVERSED)
    abstract static class ReversedNode extends PythonBinaryBuiltinNode {

        @Specialization
        PReversed doList(@SuppressWarnings("unused") Object cls, PList list) {
            return new PReversed(list, list.getStorage().length(TaipanLanguage.get(this).threadingMode()));
        }

        @Specialization
        static PReversed doTuple(@SuppressWarnings("unused") Object cls, PTuple tuple) {
            return new PReversed(tuple, tuple.length());
        }

        @Specialization
        static PReversed doStr(@SuppressWarnings("unused") Object cls, TruffleString str,
                        @Cached TruffleString.CodePointLengthNode length) {
            return new PReversed(str, length.execute(str, PyStrings.ENCODING));
        }

        @Specialization
        static PRangeIterator doRange(@SuppressWarnings("unused") Object cls, PRange range) {
            long n = range.length();
            long last = range.getStart() + (n - 1) * range.getStep();
            return new PRangeIterator(new PRange(last, last - n * range.getStep(), -range.getStep()));
        }

        @Specialization
        PReversed doDict(@SuppressWarnings("unused") Object cls, PDict dict) {
            Object[] keys = dict.getStorage().snapshot(TaipanLanguage.get(this).threadingMode())[0];
            return new PReversed(new PTuple(keys), keys.length);
        }

        @Specialization
        PReversed doDictView(@SuppressWarnings("unused") Object cls, PDictView view) {
            Object[] items = ContainerItems.viewItems(TaipanLanguage.get(this).threadingMode(), view);
            return new PReversed(new PTuple(items), items.length);
        }

        /** An instance whose class defines {@code __reversed__} (user classes, {@code deque}). */
        @Specialization(guards = "hasReversed(sequence)")
        Object doReversedMethod(@SuppressWarnings("unused") Object cls, taipan.runtime.object.PythonObject sequence) {
            return taipan.nodes.object.SpecialMethods.callUncached(this, sequence, "__reversed__", new Object[0]);
        }

        boolean hasReversed(taipan.runtime.object.PythonObject sequence) {
            Object method = taipan.nodes.object.SpecialMethods.lookup(this, sequence, "__reversed__");
            return method != null && method != taipan.runtime.object.PNone.NONE;
        }

        /** CPython's reversed_new without {@code __reversed__}: a sequence's {@code __len__} and {@code __getitem__}. */
        @Specialization(guards = "!isSequence(sequence)")
        @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
        Object doOther(@SuppressWarnings("unused") Object cls, Object sequence) {
            var lookup = taipan.nodes.object.SpecialMethods.classOf(this, sequence);
            Object reversedMethod = lookup.lookup("__reversed__");
            Object unwrapped = taipan.runtime.object.PBuiltinSubclassObject.unwrap(sequence);
            // a subclass of a built-in sequence that keeps its own order (OrderedDict) overrides __reversed__
            if (unwrapped != sequence && isSequence(unwrapped) && reversedMethod == taipan.nodes.object.SpecialMethods
                            .classOf(this, unwrapped).lookup("__reversed__")) {
                return reversedOf(unwrapped);
            }
            if (reversedMethod != null && reversedMethod != taipan.runtime.object.PNone.NONE) {
                // reached when this (shared) node took doOther first: the DSL does not go back to doReversedMethod
                return taipan.nodes.object.SpecialMethods.callUncached(this, sequence, "__reversed__", new Object[0]);
            }
            if (reversedMethod == null && !(unwrapped instanceof PDict)
                            && !(unwrapped instanceof taipan.runtime.object.PBaseSet) && lookup.lookup("__getitem__") != null) {
                if (lookup.lookup("__len__") == null) {
                    // a sequence (it has __getitem__) whose size CPython's PySequence_Size then asks for
                    throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "object of type '%s' has no len()",
                                    PythonErrors.typeName(this, sequence));
                }
                Object n = taipan.nodes.object.SpecialMethods.callUncached(this, sequence, "__len__", new Object[0]);
                return new PReversed(sequence, taipan.nodes.object.ObjectProtocols.checkLength(this, n));
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not reversible",
                            PythonErrors.typeName(this, sequence));
        }

        private Object reversedOf(Object sequence) {
            if (sequence instanceof PList list) {
                return new PReversed(list, list.getStorage().length(TaipanLanguage.get(this).threadingMode()));
            } else if (sequence instanceof PTuple tuple) {
                return new PReversed(tuple, tuple.length());
            } else if (sequence instanceof TruffleString s) {
                return new PReversed(s, s.codePointLengthUncached(PyStrings.ENCODING));
            } else if (sequence instanceof PDict dict) {
                return doDict(null, dict);
            } else if (sequence instanceof PDictView view) {
                return doDictView(null, view);
            } else if (sequence instanceof PRange range) {
                return doRange(null, range);
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "'%s' object is not reversible",
                            PythonErrors.typeName(this, sequence));
        }

        static boolean isSequence(Object value) {
            return value instanceof PList || value instanceof PTuple || value instanceof TruffleString
                            || value instanceof PRange || value instanceof PDict || value instanceof PDictView;
        }
    }

    @Builtin(name = "iter", parameterNames = {"object", "sentinel"}, minNumOfPositionalArgs = 1)
    abstract static class IterNode extends PythonBinaryBuiltinNode {

        @Specialization
        Object doIter(Object value, Object sentinel, @Cached PyObjectGetIterNode getIter) {
            if (sentinel == PNone.NO_VALUE) {
                return getIter.execute(value);
            } else if (!ObjectFunctions.CallableNode.isCallable(this, value)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "iter(v, w): v must be callable");
            }
            return new PCallableIterator(value, sentinel);
        }
    }

    /** {@code <} as the interpreter evaluates it (so a TypeError for unorderable items), for {@link ListSort}. */
    static final class SortOrder implements ElementOps {
        private final BuiltinEquality equality;
        private final PyObjectRichCompareNode lessThan;
        private final PyObjectIsTrueNode isTrue;

        SortOrder(ThreadingMode mode, PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue) {
            this.equality = new BuiltinEquality(mode);
            this.lessThan = lessThan;
            this.isTrue = isTrue;
        }

        @Override
        public boolean eq(Object a, Object b) {
            return equality.eq(a, b);
        }

        @Override
        public long hash(Object o) {
            return equality.hash(o);
        }

        @Override
        public boolean lt(Object a, Object b) {
            return isTrue.execute(lessThan.execute(a, b));
        }
    }

    @Builtin(name = "sorted", parameterNames = "iterable", minNumOfPositionalArgs = 1,
                    keywordOnlyNames = {"key", "reverse"}, splitPerCallSite = true)
    abstract static class SortedNode extends PythonTernaryBuiltinNode {

        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        PList doSorted(Object iterable, Object key, Object reverse,
                        @Cached PyObjectGetIterNode getIter, @Cached PyIterNextNode next,
                        @Cached PyObjectIsTrueNode isTrue, @Cached CallDispatchNode callKey,
                        @Cached("create(LT)") PyObjectRichCompareNode lessThan) {
            ThreadingMode mode = TaipanLanguage.get(this).threadingMode();
            ListStorage storage = new ListStorage();
            Object iterator = getIter.execute(iterable);
            for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
                storage.append(mode, item);
            }
            boolean descending = reverse != PNone.NO_VALUE && isTrue.execute(reverse);
            boolean hasKey = key != PNone.NO_VALUE && key != PNone.NONE;
            sort(mode, storage, hasKey ? key : null, descending, callKey, new SortOrder(mode, lessThan, isTrue));
            return new PList(storage);
        }

        @TruffleBoundary
        private void sort(ThreadingMode mode, ListStorage storage, Object key, boolean reverse,
                        CallDispatchNode callKey, SortOrder order) {
            try {
                ListSort.sort(mode, storage, order,
                                key == null ? null : item -> callKey.execute(key, new Object[]{item}, NO_ARGS), reverse);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
        }
    }
}
