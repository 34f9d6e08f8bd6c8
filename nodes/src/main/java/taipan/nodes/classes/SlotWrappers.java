package taipan.nodes.classes;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.language.TaipanLanguage;
import taipan.nodes.expression.BinaryOpNode;
import taipan.nodes.expression.ComparisonOp;
import taipan.nodes.expression.PyNumberAddNodeGen;
import taipan.nodes.expression.PyNumberMultiplyNodeGen;
import taipan.nodes.expression.PyNumberRemainderNodeGen;
import taipan.nodes.expression.PyObjectGetItemNode;
import taipan.nodes.expression.PyObjectRichCompareNode;
import taipan.nodes.expression.PySequenceContainsNode;
import taipan.nodes.iterator.PyObjectGetIterNode;
import taipan.nodes.object.PyObjectFormatNode;
import taipan.nodes.object.PyObjectHashNode;
import taipan.nodes.object.PyObjectIsTrueNode;
import taipan.nodes.object.PyObjectReprNode;
import taipan.nodes.object.PyObjectStrNode;
import taipan.runtime.function.LazyCallTarget;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.Signature;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * Fills the dicts of the built-in value classes with the special methods they lack as Java methods, so that
 * {@code str.__lt__}, {@code int.__repr__} or {@code list.__eq__} exist as attributes, {@code super().__eq__(o)}
 * works in a subclass, and a subclass instance reaches its built-in value's behaviour.
 */
public final class SlotWrappers {

    private SlotWrappers() {
    }

    private static final BuiltinType[] VALUE_TYPES = {BuiltinType.INT, BuiltinType.BOOL, BuiltinType.FLOAT,
                    BuiltinType.COMPLEX, BuiltinType.STR, BuiltinType.BYTES, BuiltinType.BYTEARRAY, BuiltinType.TUPLE,
                    BuiltinType.LIST, BuiltinType.DICT, BuiltinType.SET, BuiltinType.FROZENSET};

    private static final String[] UNARY = {"__repr__", "__str__", "__hash__", "__bool__", "__iter__", "__len__"};
    private static final String[] WITH_ARGUMENT = {"__format__", "__getitem__", "__contains__"};
    private static final String[][] BINARY = {{"__eq__", "=="}, {"__ne__", "!="}, {"__lt__", "<"}, {"__le__", "<="},
                    {"__gt__", ">"}, {"__ge__", ">="}, {"__add__", "+"}, {"__mul__", "*"}, {"__rmul__", "r*"},
                    {"__mod__", "%"}};

    /** Called once while the builtins load, after the Java methods are in place. */
    public static void install(TaipanLanguage language) {
        for (BuiltinType t : VALUE_TYPES) {
            PythonClass cls = language.getBuiltinClass(t);
            for (String name : UNARY) {
                if (applies(t, name) && cls.getOwnAttribute(name) == null) {
                    cls.setAttribute(name, function(language, t, name, 1, null, false, name));
                }
            }
            for (String name : WITH_ARGUMENT) {
                if (applies(t, name) && cls.getOwnAttribute(name) == null) {
                    cls.setAttribute(name, function(language, t, name, 2, null, false, name));
                }
            }
            for (String[] entry : BINARY) {
                if (applies(t, entry[0]) && cls.getOwnAttribute(entry[0]) == null) {
                    boolean reflected = entry[1].startsWith("r");
                    cls.setAttribute(entry[0], function(language, t, entry[0], 2,
                                    reflected ? entry[1].substring(1) : entry[1], reflected, null));
                }
            }
        }
    }

    /** Which special methods a class has at all (no {@code __hash__} on mutable ones, no {@code __len__} on int). */
    private static boolean applies(BuiltinType t, String name) {
        boolean number = t == BuiltinType.INT || t == BuiltinType.BOOL || t == BuiltinType.FLOAT ||
                        t == BuiltinType.COMPLEX;
        boolean mutable = t == BuiltinType.LIST || t == BuiltinType.DICT || t == BuiltinType.SET ||
                        t == BuiltinType.BYTEARRAY;
        return switch (name) {
            case "__hash__" -> !mutable;
            case "__bool__" -> number; // containers are true by their __len__, as CPython's have no nb_bool
            case "__iter__", "__len__", "__contains__" -> !number;
            case "__getitem__" -> !number && t != BuiltinType.SET && t != BuiltinType.FROZENSET;
            case "__add__", "__mul__", "__rmul__" -> !number && t != BuiltinType.DICT && t != BuiltinType.SET &&
                            t != BuiltinType.FROZENSET;
            case "__mod__" -> t == BuiltinType.STR || t == BuiltinType.BYTES;
            case "__lt__", "__le__", "__gt__", "__ge__" -> t != BuiltinType.DICT && t != BuiltinType.COMPLEX;
            default -> true;
        };
    }

    /** The wrapper of the binary operator {@code symbol} or, when that is null, of the unary slot {@code unary}. */
    private static PBuiltinFunction function(TaipanLanguage language, BuiltinType owner, String name, int arity,
                    String symbol, boolean reflected, String unary) {
        String[] params = arity == 1 ? new String[]{"self"} : new String[]{"self", "other"};
        Signature signature = new Signature(name, params, arity, arity, false, new String[0], false, true)
                        .asMethodOf(owner, owner.getPythonName());
        // made on first call, as the other built-ins are (LazyCallTarget)
        return new PBuiltinFunction(signature, new LazyCallTarget(() -> new SlotWrapperRootNode(language, name,
                        symbol == null ? null : binaryNode(symbol), reflected, unary == null ? null : unaryNode(unary))));
    }

    private static BinaryOpNode binaryNode(String symbol) {
        return switch (symbol) {
            case "==" -> PyObjectRichCompareNode.create(ComparisonOp.EQ);
            case "!=" -> PyObjectRichCompareNode.create(ComparisonOp.NE);
            case "<" -> PyObjectRichCompareNode.create(ComparisonOp.LT);
            case "<=" -> PyObjectRichCompareNode.create(ComparisonOp.LE);
            case ">" -> PyObjectRichCompareNode.create(ComparisonOp.GT);
            case ">=" -> PyObjectRichCompareNode.create(ComparisonOp.GE);
            case "+" -> PyNumberAddNodeGen.create();
            case "*" -> PyNumberMultiplyNodeGen.create();
            case "%" -> PyNumberRemainderNodeGen.create();
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    private static Node unaryNode(String name) {
        return switch (name) {
            case "__repr__" -> PyObjectReprNode.create();
            case "__str__" -> PyObjectStrNode.create();
            case "__hash__" -> PyObjectHashNode.create();
            case "__bool__" -> PyObjectIsTrueNode.create();
            case "__iter__" -> PyObjectGetIterNode.create();
            case "__format__" -> PyObjectFormatNode.create();
            case "__getitem__" -> PyObjectGetItemNode.create();
            case "__contains__" -> PySequenceContainsNode.create(false);
            case "__len__" -> new LengthNode();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Runs a one-operand wrapper's node on the built-in value ({@code argument}: the key, spec or item). */
    static Object unary(Node node, Object self, Object argument) {
        if (node instanceof PyObjectReprNode n) {
            return n.execute(self);
        } else if (node instanceof PyObjectStrNode n) {
            return n.execute(self);
        } else if (node instanceof PyObjectHashNode n) {
            return n.execute(self);
        } else if (node instanceof PyObjectIsTrueNode n) {
            return n.execute(self);
        } else if (node instanceof PyObjectGetIterNode n) {
            return n.execute(self);
        } else if (node instanceof PyObjectFormatNode n) {
            return SlotWrapperRootNode.format(n, self, argument);
        } else if (node instanceof PyObjectGetItemNode n) {
            return n.execute(self, argument);
        } else if (node instanceof PySequenceContainsNode n) {
            return n.execute(argument, self);
        }
        return ((LengthNode) node).execute(self);
    }

    /** {@code len()} of a built-in value. */
    static final class LengthNode extends Node {
        long execute(Object self) {
            if (self instanceof TruffleString s) {
                return s.codePointLengthUncached(PyStrings.ENCODING);
            }
            if (self instanceof taipan.runtime.bytes.PBytesLike b) {
                return b.length();
            } else if (self instanceof taipan.runtime.object.PTuple t) {
                return t.length();
            }
            throw taipan.runtime.exception.PythonErrors.raise(this, BuiltinType.TYPE_ERROR,
                            "descriptor '__len__' requires a sized object");
        }
    }
}
