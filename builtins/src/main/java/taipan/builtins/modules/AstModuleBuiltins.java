package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;

import taipan.frontend.pyast.AstClasses;
import taipan.frontend.pyast.AstSchema;
import taipan.language.TaipanLanguage;
import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.nodes.builtin.PythonUnaryBuiltinNode;
import taipan.nodes.builtin.PythonVarargsBuiltinNode;
import taipan.runtime.dict.DictStorage;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.object.BuiltinEquality;
import taipan.runtime.object.InstanceNamespace;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.object.PythonObject;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;
import taipan.runtime.type.PUnionType;
import taipan.runtime.type.PythonClass;

/**
 * The {@code _ast} module: {@code AST} and one class per ASDL type and constructor, built from {@link AstSchema}
 * (CPython's {@code Python/Python-ast.c}), and the {@code PyCF_*} flags of {@code compile()}.
 */
@CoreFunctions(defineModule = "_ast")
public final class AstModuleBuiltins {

    public static final long PYCF_ONLY_AST = 0x400;
    public static final long PYCF_TYPE_COMMENTS = 0x1000;
    public static final long PYCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    public static final long PYCF_OPTIMIZED_AST = 0x8000 | PYCF_ONLY_AST;

    private AstModuleBuiltins() {
    }

    /** Fills the module: its classes (taking {@code AST}'s methods out of {@code module}) and its constants. */
    public static void install(TaipanLanguage language, Map<String, Object> module) {
        PythonClass type = language.getBuiltinClass(BuiltinType.TYPE);
        Map<String, Object> astNamespace = new LinkedHashMap<>();
        astNamespace.put("__module__", PyStrings.of("ast"));
        astNamespace.put("__doc__", PNone.NONE);
        astNamespace.put("_fields", PTuple.EMPTY);
        astNamespace.put("_attributes", PTuple.EMPTY);
        astNamespace.put("__match_args__", PTuple.EMPTY);
        for (String method : new String[]{"__init__", "__reduce__"}) {
            PBuiltinFunction f = (PBuiltinFunction) module.remove(method);
            astNamespace.put(method, new PBuiltinFunction(f.getSignature().asMethodOf("AST"), f.getLazyCallTarget()));
        }
        PythonClass object = language.getBuiltinClass(BuiltinType.OBJECT);
        PythonClass ast = new PythonClass("AST", "AST", new PythonClass[]{object}, astNamespace, type);
        Map<String, PythonClass> classes = new LinkedHashMap<>();
        classes.put("AST", ast);
        for (AstSchema.NodeType node : AstSchema.types().values()) {
            PythonClass base = classes.get(node.base());
            PythonClass cls = new PythonClass(node.name(), node.name(), new PythonClass[]{base},
                            namespace(language, node, classes), type);
            classes.put(node.name(), cls);
        }
        for (AstSchema.NodeType node : AstSchema.types().values()) {
            if (!node.isAbstract()) {
                classes.get(node.name()).setAttribute("_field_types", fieldTypes(language, node, classes));
            }
        }
        AstClasses.register(language, classes);
        module.putAll(classes);
        module.put("PyCF_ONLY_AST", PYCF_ONLY_AST);
        module.put("PyCF_TYPE_COMMENTS", PYCF_TYPE_COMMENTS);
        module.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PYCF_ALLOW_TOP_LEVEL_AWAIT);
        module.put("PyCF_OPTIMIZED_AST", PYCF_OPTIMIZED_AST);
    }

    private static Map<String, Object> namespace(TaipanLanguage language, AstSchema.NodeType node,
                    Map<String, PythonClass> classes) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", PyStrings.of("ast"));
        ns.put("__doc__", PyStrings.of(doc(node)));
        if (!node.isAbstract()) {
            ns.put("_fields", names(node.fields()));
            ns.put("__match_args__", names(node.fields()));
        }
        if (node.isAbstract() || node.base().equals("AST")) {
            ns.put("_attributes", names(node.attributes()));
        }
        for (AstSchema.Field f : node.attributes()) {
            if (f.isOptional()) {
                ns.put(f.name(), PNone.NONE);
            }
        }
        for (AstSchema.Field f : node.fields()) {
            if (f.isOptional()) {
                ns.put(f.name(), PNone.NONE);
            }
        }
        return ns;
    }

    /** CPython's docstrings: the constructor's ASDL signature ({@code BinOp(expr left, operator op, expr right)}). */
    private static String doc(AstSchema.NodeType node) {
        if (node.isAbstract()) {
            List<String> constructors = new ArrayList<>();
            for (AstSchema.NodeType t : AstSchema.types().values()) {
                if (t.base().equals(node.name())) {
                    constructors.add(signature(t));
                }
            }
            return node.name() + " = " + String.join("\n" + " ".repeat(node.name().length() + 1) + "| ", constructors);
        }
        return signature(node);
    }

    private static String signature(AstSchema.NodeType node) {
        List<String> parts = new ArrayList<>();
        for (AstSchema.Field f : node.fields()) {
            parts.add(f.type() + (f.qualifier() == 0 ? "" : String.valueOf(f.qualifier())) + " " + f.name());
        }
        return parts.isEmpty() ? node.name() : node.name() + "(" + String.join(", ", parts) + ")";
    }

    private static PTuple names(List<AstSchema.Field> fields) {
        Object[] names = new Object[fields.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStrings.of(fields.get(i).name());
        }
        return new PTuple(names);
    }

    private static PDict fieldTypes(TaipanLanguage language, AstSchema.NodeType node, Map<String, PythonClass> classes) {
        BuiltinEquality ops = new BuiltinEquality(language.threadingMode());
        PDict dict = new PDict();
        DictStorage storage = dict.getStorage();
        for (AstSchema.Field f : node.fields()) {
            Object t = switch (f.type()) {
                case "identifier", "string" -> language.getBuiltinClass(BuiltinType.STR);
                case "int" -> language.getBuiltinClass(BuiltinType.INT);
                case "constant" -> language.getBuiltinClass(BuiltinType.OBJECT);
                default -> classes.get(f.type());
            };
            if (f.isList()) {
                t = new PGenericAlias(language.getBuiltinClass(BuiltinType.LIST), t);
            } else if (f.isOptional()) {
                t = PUnionType.of(t, PNone.NONE, language.getBuiltinClass(BuiltinType.NONE_TYPE));
            }
            storage.put(language.threadingMode(), ops, PyStrings.of(f.name()), t);
        }
        return dict;
    }

    @Builtin(name = "__init__", parameterNames = "self", minNumOfPositionalArgs = 1, takesVarArgs = true,
                    takesVarKeywords = true)
    abstract static class InitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object[] arguments) {
            AstNodeInit.init(this, arguments[0], arguments[1] instanceof PTuple t ? t : PTuple.EMPTY,
                            arguments[2] instanceof PDict d ? d : new PDict());
            return PNone.NONE;
        }
    }

    @Builtin(name = "__reduce__", parameterNames = "self", minNumOfPositionalArgs = 1)
    abstract static class ReduceNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doIt(Object self) {
            PythonClass cls = taipan.nodes.object.SpecialMethods.classOf(this, self);
            if (self instanceof PythonObject o) {
                PDict dict = InstanceNamespace.dictOf(o);
                if (dict.getStorage().length(TaipanLanguage.get(this).threadingMode()) > 0) {
                    return new PTuple(new Object[]{cls, PTuple.EMPTY, dict});
                }
            }
            return new PTuple(new Object[]{cls, PTuple.EMPTY});
        }
    }
}
