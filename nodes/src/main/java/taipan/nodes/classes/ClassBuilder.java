package taipan.nodes.classes;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.object.ObjectProtocols;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PCell;
import taipan.runtime.object.PDict;
import taipan.runtime.object.PTuple;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * CPython's {@code __build_class__} around a class body: {@code __mro_entries__} of the bases, the metaclass (given
 * or the most derived of the bases'), the namespace from {@code __prepare__}, and after the body the call
 * {@code metaclass(name, bases, namespace, **keywords)} with the {@code __class__} cell check.
 */
public final class ClassBuilder {

    private ClassBuilder() {
    }

    /** What is known before the body runs. */
    public record Prepared(Object[] bases, Object[] originalBases, Object meta, Object namespace,
                    String[] keywordNames, Object[] keywords) {
    }

    @TruffleBoundary
    public static Prepared prepare(Node location, String name, Object[] originalBases, String[] keywordNames,
                    Object[] keywords) {
        Object[] bases = resolveMroEntries(location, originalBases);
        Object meta = null;
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < keywordNames.length; i++) {
            if (keywordNames[i].equals("metaclass")) {
                meta = keywords[i];
            } else {
                names.add(keywordNames[i]);
                values.add(keywords[i]);
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? TaipanLanguage.get(location).getBuiltinClass(BuiltinType.TYPE)
                            : SpecialMethods.classOf(location, bases[0]);
        }
        if (meta instanceof PythonClass m) {
            meta = ClassFactory.calculateMetaclass(location, m, bases);
        }
        String[] kwNames = names.toArray(new String[0]);
        Object[] kwValues = values.toArray();
        Object namespace = namespace(location, name, meta, bases, kwNames, kwValues);
        return new Prepared(bases, originalBases, meta, namespace, kwNames, kwValues);
    }

    private static Object namespace(Node location, String name, Object meta, Object[] bases, String[] kwNames,
                    Object[] kwValues) {
        if (meta instanceof PythonClass m && m.lookup("__prepare__") == null) {
            return new PDict();
        }
        Object prepare;
        try {
            prepare = ObjectAttributes.getAttribute(location, meta, "__prepare__");
        } catch (PException e) {
            if (ObjectProtocols.is(location, e, BuiltinType.ATTRIBUTE_ERROR)) {
                return new PDict();
            }
            throw e;
        }
        Object ns = SlowCall.call(location, prepare, new Object[]{PyStrings.of(name), new PTuple(bases)}, kwNames,
                        kwValues);
        if (!(ns instanceof PDict) && SpecialMethods.lookup(location, ns, ObjectProtocols.GETITEM) == null) {
            String metaName = meta instanceof PythonClass m ? m.getName() : "<metaclass>";
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "%s.__prepare__() must return a mapping, not %s",
                            metaName, PythonErrors.typeName(location, ns));
        }
        return ns;
    }

    /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__(bases)}. */
    private static Object[] resolveMroEntries(Node location, Object[] bases) {
        List<Object> result = null;
        for (int i = 0; i < bases.length; i++) {
            Object base = bases[i];
            Object entries = base instanceof PythonClass ? null : mroEntries(location, base);
            if (entries == null) {
                if (result != null) {
                    result.add(base);
                }
                continue;
            }
            if (result == null) {
                result = new ArrayList<>(List.of(bases).subList(0, i));
            }
            Object value = SlowCall.call(location, entries, new Object[]{new PTuple(bases)});
            if (!(value instanceof PTuple t)) {
                throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__mro_entries__ must return a tuple");
            }
            result.addAll(List.of(t.getItems()));
        }
        return result == null ? bases : result.toArray();
    }

    private static Object mroEntries(Node location, Object base) {
        try {
            return ObjectAttributes.getAttribute(location, base, "__mro_entries__");
        } catch (PException e) {
            if (ObjectProtocols.is(location, e, BuiltinType.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** After the body: {@code meta(name, bases, ns, **kwargs)}, then the {@code __class__} cell must hold the class. */
    @TruffleBoundary
    public static Object finish(Node location, String name, Prepared p, PCell cell) {
        if (p.bases() != p.originalBases()) {
            ClassNamespaces.put(location, p.namespace(), "__orig_bases__", new PTuple(p.originalBases()));
        }
        if (cell != null) {
            ClassNamespaces.put(location, p.namespace(), "__classcell__", cell);
        }
        Object[] args = {PyStrings.of(name), new PTuple(p.bases()), p.namespace()};
        Object cls = SlowCall.call(location, p.meta(), args, p.keywordNames(), p.keywords());
        if (cell != null && cls instanceof PythonClass c && cell.get() != cls) {
            if (cell.get() == null) {
                throw PythonErrors.raise(location, BuiltinType.RUNTIME_ERROR, "__class__ not set defining '%s' as %s. "
                                + "Was __classcell__ propagated to type.__new__?", name, c.toString());
            }
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "__class__ set to %s defining '%s' as %s",
                            cell.get().toString(), name, c.toString());
        }
        return cls;
    }
}
