package taipan.nodes.match;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import taipan.nodes.ExpressionNode;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.object.GetClassNode;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * {@code Cls(p1, p2, name=p3)} (CPython's {@code MATCH_CLASS}): matches an instance of the class whose attributes
 * match the sub-patterns, positional ones named by {@code Cls.__match_args__}; for {@code int}, {@code str} and the
 * other built-ins of PEP 634's list, one positional pattern matches the subject itself.
 */
public final class ClassPatternNode extends PatternNode {

    private static final Object MISSING = new Object();

    @Child private ExpressionNode cls;
    @Children private final PatternNode[] positional;
    @CompilerDirectives.CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final PatternNode[] keywordPatterns;
    @Child private GetClassNode getClass = GetClassNode.create();

    public ClassPatternNode(ExpressionNode cls, PatternNode[] positional, String[] keywordNames,
                    PatternNode[] keywordPatterns) {
        this.cls = cls;
        this.positional = positional;
        this.keywordNames = keywordNames;
        this.keywordPatterns = keywordPatterns;
    }

    @Override
    @ExplodeLoop
    public boolean match(VirtualFrame frame, Object subject) {
        Object c = cls.executeGeneric(frame);
        if (!(c instanceof PythonClass type)) {
            CompilerDirectives.transferToInterpreter();
            throw PythonErrors.raise(this, BuiltinType.TYPE_ERROR, ErrorMessages.CALLED_MATCH_PATTERN_MUST_BE_A_CLASS);
        }
        if (!getClass.execute(subject).isSubclassOf(type)) {
            return false;
        }
        if (positional.length > 0) {
            String[] names = positionalNames(this, type, positional.length, keywordNames);
            for (int i = 0; i < positional.length; i++) {
                Object value = names == null ? subject : attribute(this, subject, names[i]);
                if (value == MISSING || !positional[i].match(frame, value)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < keywordPatterns.length; i++) {
            Object value = attribute(this, subject, keywordNames[i]);
            if (value == MISSING || !keywordPatterns[i].match(frame, value)) {
                return false;
            }
        }
        return true;
    }

    /** The attribute names of the positional patterns, or null when the only one matches the subject itself. */
    @TruffleBoundary
    private static String[] positionalNames(Node location, PythonClass type, int count, String[] keywordNames) {
        if (matchesSelf(type.getBuiltinType())) {
            if (count > 1) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.ACCEPTS_POSITIONAL_SUBPATTERNS,
                                type.getName(), 1, "", count);
            }
            return null;
        }
        Object matchArgs = attribute(location, type, "__match_args__");
        if (matchArgs == MISSING) {
            matchArgs = PTuple.EMPTY;
        }
        if (!(matchArgs instanceof PTuple tuple)) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MATCH_ARGS_MUST_BE_A_TUPLE,
                            type.getName(), PythonErrors.typeName(location, matchArgs));
        }
        Object[] items = tuple.getItems();
        if (count > items.length) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.ACCEPTS_POSITIONAL_SUBPATTERNS,
                            type.getName(), items.length, items.length == 1 ? "" : "s", count);
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            if (!(items[i] instanceof com.oracle.truffle.api.strings.TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.MATCH_ARGS_ELEMENTS_MUST_BE_STR,
                                PythonErrors.typeName(location, items[i]));
            }
            names[i] = s.toJavaStringUncached();
        }
        checkRepeated(location, type, names, keywordNames);
        return names;
    }

    /** CPython's "got multiple sub-patterns" check: no attribute named twice by __match_args__ and keywords. */
    private static void checkRepeated(Node location, PythonClass type, String[] names, String[] keywordNames) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] group : new String[][]{names, keywordNames}) {
            for (String name : group) {
                if (!seen.add(name)) {
                    throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                                    "%s() got multiple sub-patterns for attribute '%s'", type.getName(), name);
                }
            }
        }
    }

    /** PEP 634's built-ins whose single positional sub-pattern matches the whole subject. */
    private static boolean matchesSelf(BuiltinType type) {
        if (type == null) {
            return false;
        }
        return switch (type.getPythonName()) {
            case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple" -> true;
            default -> false;
        };
    }

    /** The attribute, or {@link #MISSING} where getting it raises AttributeError (the pattern then fails). */
    @TruffleBoundary
    private static Object attribute(Node location, Object object, String name) {
        try {
            return ObjectAttributes.getAttribute(location, object, name);
        } catch (PException e) {
            if (e.getPythonException().getType().isSubclassOf(
                            taipan.language.TaipanLanguage.get(location).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR))) {
                return MISSING;
            }
            throw e;
        }
    }
}
