package taipan.nodes.attribute;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.runtime.function.PClassMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PProperty;
import taipan.runtime.function.PStaticMethod;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PSuper;
import taipan.runtime.str.PyStrings;
import taipan.runtime.type.PMemberDescriptor;

/**
 * The data attributes of the descriptor objects ({@code property.fget}/{@code __doc__}, {@code super.__self_class__},
 * {@code classmethod.__func__}, a slot's {@code __name__}/{@code __objclass__}), which CPython keeps as members.
 */
final class DescriptorFields {

    private DescriptorFields() {
    }

    /** The attribute, or null when {@code name} is not one of {@code object}'s fields. */
    @TruffleBoundary
    static Object get(Node location, Object object, String name) {
        if (object instanceof taipan.runtime.object.PBuiltinSubclassObject o
                        && o.getValue() instanceof taipan.runtime.type.PGenericAlias alias) {
            return get(location, alias, name); // a subclass of types.GenericAlias (collections.abc's Callable[...])
        }
        if (object instanceof taipan.runtime.collections.PTupleGetter t) {
            return name.equals("__doc__") ? t.getDoc() : null;
        } else if (object instanceof PProperty p) {
            return switch (name) {
                case "fget" -> p.getGetter();
                case "fset" -> p.getSetter();
                case "fdel" -> p.getDeleter();
                case "__name__" -> p.getName() != null ? PyStrings.of(p.getName())
                                : p.getGetter() != PNone.NONE ? ObjectAttributes.getAttribute(location, p.getGetter(), "__name__")
                                : null;
                case "__doc__" -> p.getDoc() != PNone.NONE || !(p.getGetter() instanceof PFunction f) ? p.getDoc()
                                : ObjectAttributes.getAttribute(location, f, "__doc__");
                case "__isabstractmethod__" -> isAbstract(location, p.getGetter()) || isAbstract(location, p.getSetter())
                                || isAbstract(location, p.getDeleter());
                default -> null;
            };
        } else if (object instanceof PSuper s) {
            return switch (name) {
                case "__thisclass__" -> s.getThisClass();
                case "__self__" -> s.getObject() == null ? PNone.NONE : s.getObject();
                case "__self_class__" -> s.getStartType() == null ? PNone.NONE : s.getStartType();
                default -> null;
            };
        } else if (object instanceof PClassMethod || object instanceof PStaticMethod) {
            Object callable = object instanceof PClassMethod c ? c.getCallable() : ((PStaticMethod) object).getCallable();
            return switch (name) {
                case "__func__", "__wrapped__" -> callable;
                case "__isabstractmethod__" -> isAbstract(location, callable);
                case "__doc__", "__name__", "__qualname__" -> ObjectAttributes.getAttribute(location, callable, name);
                default -> null;
            };
        } else if (object instanceof taipan.runtime.type.PGenericAlias g) {
            return switch (name) {
                case "__origin__" -> g.getOrigin();
                case "__args__" -> g.getArgs();
                case "__parameters__" -> taipan.nodes.typing.TypeParamObjects.parameters(location, g.getArgs());
                case "__unpacked__" -> g.isStarred();
                default -> null;
            };
        } else if (object instanceof taipan.runtime.type.PUnionType u) {
            return switch (name) {
                case "__args__" -> u.getArgs();
                case "__parameters__" -> taipan.nodes.typing.TypeParamObjects.parameters(location, u.getArgs());
                default -> null;
            };
        } else if (object instanceof PMemberDescriptor m) {
            return switch (name) {
                case "__name__", "__qualname__" -> PyStrings.of(m.getName());
                case "__objclass__" -> m.getOwner();
                case "__doc__" -> m.getDoc();
                default -> null;
            };
        } else if (object instanceof taipan.runtime.type.PGetSetDescriptor g) {
            return switch (name) {
                case "__name__" -> PyStrings.of(g.getName());
                case "__qualname__" -> PyStrings.of(g.getOwner().getQualname() + "." + g.getName());
                case "__objclass__" -> g.getOwner();
                case "__doc__" -> PNone.NONE;
                default -> null;
            };
        }
        return null;
    }

    private static boolean isAbstract(Node location, Object callable) {
        if (callable == PNone.NONE) {
            return false;
        }
        try {
            Object value = ObjectAttributes.getAttribute(location, callable, "__isabstractmethod__");
            return taipan.nodes.object.SlowCompare.isTrue(location, value);
        } catch (taipan.runtime.exception.PException e) {
            return false;
        }
    }
}
