package taipan.builtins.modules;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListStorage;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/**
 * The {@code _heapq} module (CPython's {@code Modules/_heapqmodule.c}): a binary min-heap (and the max-heap helpers
 * {@code heapq} uses) kept in a list, ordered by the items' {@code <}.
 */
@CoreFunctions(defineModule = "_heapq")
public final class HeapqModuleBuiltins {

    private HeapqModuleBuiltins() {
    }

    /** The sift operations over one list, comparing with {@code <} (reversed for the max-heap). */
    static final class Heap {
        private final Node node;
        private final ListStorage storage;
        private final ThreadingMode mode;
        private final PyObjectRichCompareNode lessThan;
        private final PyObjectIsTrueNode isTrue;
        private final boolean max;
        private final int size;

        Heap(Node node, PList list, PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue, boolean max) {
            this.node = node;
            this.storage = list.getStorage();
            this.mode = DequeBuiltins.mode(node);
            this.lessThan = lessThan;
            this.isTrue = isTrue;
            this.max = max;
            this.size = storage.length(mode);
        }

        int size() {
            return size;
        }

        Object get(int i) {
            return storage.get(mode, i);
        }

        void set(int i, Object value) {
            storage.set(mode, i, value);
        }

        /** Whether a sorts before b; RuntimeError if the comparison changed the list's size. */
        boolean before(Object a, Object b) {
            boolean result = isTrue.execute(max ? lessThan.execute(b, a) : lessThan.execute(a, b));
            if (storage.length(mode) != size) {
                throw PythonErrors.raise(node, BuiltinType.RUNTIME_ERROR, "list changed size during iteration");
            }
            return result;
        }

        void siftDown(int start, int position) {
            int pos = position;
            Object item = get(pos);
            while (pos > start) {
                int parentPos = (pos - 1) >> 1;
                Object parent = get(parentPos);
                if (!before(item, parent)) {
                    break;
                }
                set(pos, parent);
                pos = parentPos;
            }
            set(pos, item);
        }

        void siftUp(int position) {
            int pos = position;
            Object item = get(pos);
            int child = 2 * pos + 1;
            while (child < size) {
                int right = child + 1;
                if (right < size && !before(get(child), get(right))) {
                    child = right;
                }
                set(pos, get(child));
                pos = child;
                child = 2 * pos + 1;
            }
            set(pos, item);
            siftDown(position, pos);
        }

        void heapify() {
            for (int i = size / 2 - 1; i >= 0; i--) {
                siftUp(i);
            }
        }
    }

    /** Argument clinic's wording: "argument" alone for a one-parameter function, else "argument 1". */
    static RuntimeException notAList(Node node, String function, Object heap, boolean single) {
        return PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "%s() argument%s must be list, not %s", function,
                        single ? "" : " 1", PythonErrors.typeName(node, heap));
    }

    static Object pop(Node node, PList heap, boolean max, PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue) {
        ThreadingMode mode = DequeBuiltins.mode(node);
        Object last;
        try {
            last = heap.getStorage().pop(mode);
        } catch (ContainerError e) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "index out of range");
        }
        if (heap.getStorage().length(mode) == 0) {
            return last;
        }
        Object first = heap.getStorage().get(mode, 0);
        heap.getStorage().set(mode, 0, last);
        new Heap(node, heap, lessThan, isTrue, max).siftUp(0);
        return first;
    }

    static Object replaceTop(Node node, PList heap, Object item, boolean max, PyObjectRichCompareNode lessThan, PyObjectIsTrueNode isTrue) {
        ThreadingMode mode = DequeBuiltins.mode(node);
        if (heap.getStorage().length(mode) == 0) {
            throw PythonErrors.raise(node, BuiltinType.INDEX_ERROR, "index out of range");
        }
        Object first = heap.getStorage().get(mode, 0);
        heap.getStorage().set(mode, 0, item);
        new Heap(node, heap, lessThan, isTrue, max).siftUp(0);
        return first;
    }

    @Builtin(name = "heappush", parameterNames = {"heap", "item"}, minNumOfPositionalArgs = 2)
    abstract static class HeapPushNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doPush(PList heap, Object item, @Cached("create(LT)") PyObjectRichCompareNode lessThan,
                        @Cached PyObjectIsTrueNode isTrue) {
            heap.getStorage().append(DequeBuiltins.mode(this), item);
            Heap h = new Heap(this, heap, lessThan, isTrue, false);
            h.siftDown(0, h.size() - 1);
            return PNone.NONE;
        }

        @Fallback
        Object doOther(Object heap, @SuppressWarnings("unused") Object item) {
            throw notAList(this, "heappush", heap, false);
        }
    }

    @Builtin(name = "heappop", parameterNames = "heap", minNumOfPositionalArgs = 1)
    abstract static class HeapPopNode extends PythonUnaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doPop(PList heap, @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return pop(this, heap, false, lessThan, isTrue);
        }

        @Fallback
        Object doOther(Object heap) {
            throw notAList(this, "heappop", heap, true);
        }
    }

    @Builtin(name = "_heappop_max", parameterNames = "heap", minNumOfPositionalArgs = 1)
    abstract static class HeapPopMaxNode extends PythonUnaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doPop(PList heap, @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            return pop(this, heap, true, lessThan, isTrue);
        }

        @Fallback
        Object doOther(Object heap) {
            throw notAList(this, "_heappop_max", heap, true);
        }
    }

    @Builtin(name = "heapreplace", parameterNames = {"heap", "item"}, minNumOfPositionalArgs = 2)
    abstract static class HeapReplaceNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doReplace(PList heap, Object item, @Cached("create(LT)") PyObjectRichCompareNode lessThan,
                        @Cached PyObjectIsTrueNode isTrue) {
            return replaceTop(this, heap, item, false, lessThan, isTrue);
        }

        @Fallback
        Object doOther(Object heap, @SuppressWarnings("unused") Object item) {
            throw notAList(this, "heapreplace", heap, false);
        }
    }

    @Builtin(name = "_heapreplace_max", parameterNames = {"heap", "item"}, minNumOfPositionalArgs = 2)
    abstract static class HeapReplaceMaxNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doReplace(PList heap, Object item, @Cached("create(LT)") PyObjectRichCompareNode lessThan,
                        @Cached PyObjectIsTrueNode isTrue) {
            return replaceTop(this, heap, item, true, lessThan, isTrue);
        }

        @Fallback
        Object doOther(Object heap, @SuppressWarnings("unused") Object item) {
            throw notAList(this, "_heapreplace_max", heap, false);
        }
    }

    /** {@code heappushpop}: the smaller of item and the top, keeping the rest a heap. */
    @Builtin(name = "heappushpop", parameterNames = {"heap", "item"}, minNumOfPositionalArgs = 2)
    abstract static class HeapPushPopNode extends PythonBinaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doPushPop(PList heap, Object item, @Cached("create(LT)") PyObjectRichCompareNode lessThan,
                        @Cached PyObjectIsTrueNode isTrue) {
            Heap h = new Heap(this, heap, lessThan, isTrue, false);
            if (h.size() == 0 || !h.before(h.get(0), item)) {
                return item;
            }
            return replaceTop(this, heap, item, false, lessThan, isTrue);
        }

        @Fallback
        Object doOther(Object heap, @SuppressWarnings("unused") Object item) {
            throw notAList(this, "heappushpop", heap, false);
        }
    }

    @Builtin(name = "heapify", parameterNames = "heap", minNumOfPositionalArgs = 1)
    abstract static class HeapifyNode extends PythonUnaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doHeapify(PList heap, @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            new Heap(this, heap, lessThan, isTrue, false).heapify();
            return PNone.NONE;
        }

        @Fallback
        Object doOther(Object heap) {
            throw notAList(this, "heapify", heap, true);
        }
    }

    @Builtin(name = "_heapify_max", parameterNames = "heap", minNumOfPositionalArgs = 1)
    abstract static class HeapifyMaxNode extends PythonUnaryBuiltinNode {
        static final ComparisonOp LT = ComparisonOp.LT;

        @Specialization
        Object doHeapify(PList heap, @Cached("create(LT)") PyObjectRichCompareNode lessThan, @Cached PyObjectIsTrueNode isTrue) {
            new Heap(this, heap, lessThan, isTrue, true).heapify();
            return PNone.NONE;
        }

        @Fallback
        Object doOther(Object heap) {
            throw notAList(this, "_heapify_max", heap, true);
        }
    }
}
