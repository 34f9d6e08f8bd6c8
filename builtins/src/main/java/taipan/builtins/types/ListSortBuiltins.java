package taipan.builtins.types;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonBinaryBuiltinNode;
import taipan.nodes.builtin.PythonTernaryBuiltinNode;
import taipan.nodes.call.CallDispatchNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.list.ContainerError;
import taipan.runtime.list.ListSearch;
import taipan.runtime.list.ListSort;
import taipan.runtime.list.SortKey;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.type.BuiltinType;
import taipan.threading.ThreadingMode;

/** {@code list.sort} (stable, key and reverse as CPython's listsort) and {@code list.remove}. */
@CoreFunctions(extendClasses = BuiltinType.LIST)
public final class ListSortBuiltins {

    private ListSortBuiltins() {
    }

    @Builtin(name = "sort", parameterNames = "self", minNumOfPositionalArgs = 1, keywordOnlyNames = {"key", "reverse"})
    abstract static class SortNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object doSort(PList self, Object key, Object reverse, @Cached CallDispatchNode callKey,
                        @Cached PyObjectIsTrueNode isTrue) {
            ThreadingMode mode = ListBuiltins.mode(this);
            SortKey sortKey = key == PNone.NO_VALUE || key == PNone.NONE ? null
                            : item -> callKey.execute(key, new Object[]{item}, new Object[0]);
            boolean descending = reverse != PNone.NO_VALUE && isTrue.execute(reverse);
            try {
                ListSort.sort(mode, self.getStorage(), new BuiltinEquality(mode), sortKey, descending);
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", parameterNames = {"self", "value"}, minNumOfPositionalArgs = 2)
    abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object doRemove(PList self, Object value) {
            ThreadingMode mode = ListBuiltins.mode(this);
            try {
                ListSearch.remove(mode, self.getStorage(), value, new BuiltinEquality(mode));
            } catch (ContainerError e) {
                throw PythonErrors.fromContainerError(this, e);
            }
            return PNone.NONE;
        }
    }
}
