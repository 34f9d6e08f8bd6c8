package taipan.nodes.classes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import taipan.language.TaipanLanguage;
import taipan.nodes.attribute.ObjectAttributes;
import taipan.runtime.exception.ErrorMessages;
import taipan.runtime.exception.PException;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.object.PTuple;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/**
 * CPython's abstract isinstance/issubclass protocol (abstract.c): an instance's {@code __class__} that differs from
 * its type, and objects that are not classes but have a {@code __bases__} tuple.
 */
final class AbstractTypeChecks {

    private AbstractTypeChecks() {
    }

    /** {@code object_isinstance}: the type, then {@code inst.__class__} when it is another class. */
    @TruffleBoundary
    static boolean isInstance(Node location, Object instance, PythonClass actual, Object cls) {
        if (cls instanceof PythonClass c) {
            if (actual.isSubclassOf(c)) {
                return true;
            }
            Object icls = attributeOrNull(location, instance, "__class__");
            return icls != actual && icls instanceof PythonClass other && other.isSubclassOf(c);
        }
        if (basesOf(location, cls) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, ErrorMessages.ISINSTANCE_ARG_2_MUST_BE_TYPE);
        }
        Object icls = attributeOrNull(location, instance, "__class__");
        return icls != null && isDerived(location, icls, cls);
    }

    /** {@code recursive_issubclass} for arguments that are not both classes. */
    @TruffleBoundary
    static boolean isSubclass(Node location, Object sub, Object cls) {
        if (sub instanceof PythonClass c && cls instanceof PythonClass base) {
            return c.isSubclassOf(base);
        }
        if (basesOf(location, sub) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR, "issubclass() arg 1 must be a class");
        }
        if (basesOf(location, cls) == null) {
            throw PythonErrors.raise(location, BuiltinType.TYPE_ERROR,
                            "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return isDerived(location, sub, cls);
    }

    /** {@code abstract_issubclass}: {@code cls} is {@code derived} or on its {@code __bases__}, depth first. */
    private static boolean isDerived(Node location, Object derived, Object cls) {
        Object current = derived;
        while (current != cls) {
            PTuple bases = basesOf(location, current);
            if (bases == null || bases.length() == 0) {
                return false;
            }
            Object[] items = bases.getItems();
            for (int i = 0; i < items.length - 1; i++) {
                if (isDerived(location, items[i], cls)) {
                    return true;
                }
            }
            current = items[items.length - 1];
        }
        return true;
    }

    /** {@code abstract_get_bases}: {@code __bases__} when it is a tuple, else null (an AttributeError swallowed). */
    private static PTuple basesOf(Node location, Object value) {
        return attributeOrNull(location, value, "__bases__") instanceof PTuple t ? t : null;
    }

    private static Object attributeOrNull(Node location, Object value, String name) {
        try {
            return ObjectAttributes.getAttribute(location, value, name);
        } catch (PException e) {
            PythonClass attributeError = TaipanLanguage.get(location).getBuiltinClass(BuiltinType.ATTRIBUTE_ERROR);
            if (e.getPythonException().getType().isSubclassOf(attributeError)) {
                return null;
            }
            throw e;
        }
    }
}
