package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.frontend.pyast.AstClasses;
import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PGenericAlias;
import taipan.runtime.type.PUnionType;
import taipan.runtime.type.PythonClass;

/**
 * {@code ast.AST.__init__} as CPython 3.13's {@code ast_type_init}: positional arguments fill {@code _fields} in
 * order, keywords any attribute; a field left out defaults from {@code _field_types} (None when optional, [] for a
 * list, {@code Load()} for a context).
 */
final class AstNodeInit {

    private AstNodeInit() {
    }

    static void init(Node location, Object self, PTuple args, PDict kwargs) {
        PythonClass cls = SpecialMethods.classOf(location, self);
        List<String> fields = names(location, ObjectAttributes.getAttribute(location, cls, "_fields"));
        Object[] positional = args.getItems();
        if (positional.length > fields.size()) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "%s constructor takes at most %d positional argument%s", cls.getName(), fields.size(),
                            fields.size() == 1 ? "" : "s");
        }
        List<String> missing = new ArrayList<>(fields);
        for (int i = 0; i < positional.length; i++) {
            ObjectAttributes.setAttribute(location, self, fields.get(i), positional[i]);
            missing.remove(fields.get(i));
        }
        Object[][] entries = kwargs.getStorage().snapshot(TaipanLanguage.get(location).threadingMode());
        for (int i = 0; i < entries[0].length; i++) {
            String key = PyStrings.toJava((TruffleString) entries[0][i]);
            int index = fields.indexOf(key);
            if (index >= 0 && index < positional.length) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s got multiple values for argument '%s'",
                                cls.getName(), key);
            }
            ObjectAttributes.setAttribute(location, self, key, entries[1][i]);
            missing.remove(key);
        }
        if (!missing.isEmpty()) {
            defaults(location, self, cls, missing);
        }
    }

    private static void defaults(Node location, Object self, PythonClass cls, List<String> missing) {
        Object types = ObjectAttributes.lookupClassAttribute(location, cls, "_field_types");
        if (!(types instanceof PDict dict)) {
            return;
        }
        TaipanLanguage language = TaipanLanguage.get(location);
        AstClasses ast = AstClasses.of(location);
        for (String name : missing) {
            Object type = dict.getStorage().get(language.threadingMode(),
                            new taipan.runtime.object.BuiltinEquality(language.threadingMode()), PyStrings.of(name));
            Object value = null;
            if (type instanceof PUnionType) {
                value = PNone.NONE;
            } else if (type instanceof PGenericAlias) {
                value = new PList(new Object[0]);
            } else if (type == ast.get("expr_context")) {
                value = ast.singleton("Load");
            }
            if (value != null) {
                ObjectAttributes.setAttribute(location, self, name, value);
            }
        }
    }

    private static List<String> names(Node location, Object fields) {
        Object[] items;
        if (fields instanceof PTuple t) {
            items = t.getItems();
        } else if (fields instanceof PList l) {
            items = l.getStorage().toArray(TaipanLanguage.get(location).threadingMode());
        } else {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "_fields must be a tuple or list");
        }
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof TruffleString s)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "_fields must contain strings");
            }
            names.add(PyStrings.toJava(s));
        }
        return names;
    }
}
