package taipan.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.CallTag;
import com.oracle.truffle.api.instrumentation.StandardTags.ExpressionTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.ExpressionNode;
import taipan.nodes.iterator.PyIterNextNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.object.PList;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;

/**
 * {@code callee(a, *it, k=v, **mapping)}: unpacks the starred iterables into the positional arguments and the
 * {@code **} mappings into keyword arguments (names must be strings and unique), then calls through
 * {@link DynamicKeywordsCallNode}.
 */
public final class StarCallNode extends ExpressionNode {

    @Child private ExpressionNode callee;
    @Children private final ExpressionNode[] arguments;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private PyIterNextNode next = PyIterNextNode.create();
    @Child private DynamicKeywordsCallNode call = DynamicKeywordsCallNode.create();

    /** @param keywordNames a name per keyword value; null for a {@code **mapping} */
    public StarCallNode(ExpressionNode callee, ExpressionNode[] arguments, boolean[] starred, String[] keywordNames,
                    ExpressionNode[] keywordValues) {
        this.callee = callee;
        this.arguments = arguments;
        this.starred = starred;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object function = callee.executeGeneric(frame);
        List<Object> positional = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            Object value = arguments[i].executeGeneric(frame);
            if (starred[i]) {
                addAll(function, positional, value);
            } else {
                add(positional, value);
            }
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keywordValues.length; i++) {
            Object value = keywordValues[i].executeGeneric(frame);
            if (keywordNames[i] == null) {
                addMapping(function, names, values, value);
            } else {
                addKeyword(function, names, values, keywordNames[i], value);
            }
        }
        return call.execute(function, toArray(positional), names.toArray(new String[0]), toArray(values));
    }

    @TruffleBoundary
    private static void add(List<Object> list, Object value) {
        list.add(value);
    }

    @TruffleBoundary
    private static Object[] toArray(List<Object> list) {
        return list.toArray();
    }

    private void addAll(Object function, List<Object> positional, Object iterable) {
        if (iterable instanceof PTuple t) {
            addItems(positional, t.getItems(), t.length());
            return;
        } else if (iterable instanceof PList l) {
            addItems(positional, l.getStorage().toArray(TaipanLanguage.get(this).threadingMode()), -1);
            return;
        }
        Object iterator;
        try {
            iterator = getIter.execute(iterable);
        } catch (PException e) {
            if (arguments.length > 1) {
                // CPython builds several positional parts with LIST_EXTEND, whose message names no callee
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, "Value after * must be an iterable, not %s",
                                PythonErrors.typeName(this, iterable));
            }
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_AFTER_STAR,
                            describe(function), PythonErrors.typeName(this, iterable));
        }
        for (Object item = next.execute(iterator); item != PyIterNextNode.EXHAUSTED; item = next.execute(iterator)) {
            add(positional, item);
        }
    }

    @TruffleBoundary
    private static void addItems(List<Object> positional, Object[] items, int length) {
        int n = length < 0 ? items.length : length;
        for (int i = 0; i < n; i++) {
            positional.add(items[i]);
        }
    }

    @TruffleBoundary
    private void addMapping(Object function, List<String> names, List<Object> values, Object mapping) {
        Object[][] entries = taipan.runtime.object.MappingEntries.of(TaipanLanguage.get(this).threadingMode(), mapping);
        if (entries == null) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.ARGUMENT_AFTER_STAR_STAR,
                            describe(function), PythonErrors.typeName(this, mapping));
        }
        for (int i = 0; i < entries[0].length; i++) {
            if (!(entries[0][i] instanceof TruffleString key)) {
                throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.KEYWORDS_MUST_BE_STRINGS);
            }
            addKeyword(function, names, values, key.toJavaStringUncached(), entries[1][i]);
        }
    }

    @TruffleBoundary
    private void addKeyword(Object function, List<String> names, List<Object> values, String name, Object value) {
        if (names.contains(name)) {
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.MULTIPLE_VALUES_FOR_KEYWORD,
                            describe(function), name);
        }
        names.add(name);
        values.add(value);
    }

    /** CPython's {@code _PyObject_FunctionStr}: how call errors name the callee. */
    @TruffleBoundary
    private String describe(Object function) {
        if (function instanceof PFunction f) {
            Object module = f.getModule() == null ? f.getGlobals().getName() : f.getModule();
            String prefix = module instanceof TruffleString || module instanceof String ? module + "." : "";
            return (prefix.equals("builtins.") ? "" : prefix) + f.getQualname() + "()";
        } else if (function instanceof PBuiltinFunction f) {
            return f.getName() + "()";
        } else if (function instanceof PBuiltinMethod m) {
            return m.getFunction().getName() + "()";
        } else if (function instanceof taipan.runtime.type.PythonClass c) {
            String module = c.isBuiltin() ? "" : String.valueOf(c.lookup("__module__"));
            return (module.isEmpty() || module.equals("builtins") ? "" : module + ".") + c.getQualname() + "()";
        }
        return PythonErrors.typeName(this, function) + " object";
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == CallTag.class || tag == ExpressionTag.class;
    }
}
