package taipan.runtime.generator;

import taipan.runtime.object.PNone;
import taipan.runtime.str.PyStrings;

/**
 * The data attributes of generators, coroutines and async generators: CPython's {@code gen_getsetlist} /
 * {@code gen_memberlist} and their {@code cr_*} / {@code ag_*} counterparts.
 */
public final class GeneratorAttributes {

    private GeneratorAttributes() {
    }

    /** The attribute's value, or null when this kind of generator has no such data attribute (the caller looks on). */
    public static Object get(PGenerator generator, String name) {
        switch (name) {
            case "__name__":
                return PyStrings.of(generator.getName());
            case "__qualname__":
                return PyStrings.of(generator.getQualname());
            default:
                break;
        }
        if (name.length() < 4 || !name.startsWith(prefix(generator))) {
            return null;
        }
        return switch (name.substring(3)) {
            case "running" -> generator instanceof PAsyncGenerator a ? a.isRunningAsync() : generator.isRunning();
            case "suspended" -> generator.isStarted() && !generator.isFinished() && !generator.isRunning();
            case "yieldfrom" -> generator instanceof PCoroutine || generator instanceof PAsyncGenerator ? null
                            : generator.getDelegate();
            case "await" -> generator instanceof PCoroutine || generator instanceof PAsyncGenerator
                            ? generator.getDelegate() : null;
            case "code" -> generator.getCode() == null ? null : generator.getCode();
            case "origin" -> generator instanceof PCoroutine ? PNone.NONE : null;
            case "frame" -> generator.isFinished() ? PNone.NONE : generator.getFrameObject();
            default -> null;
        };
    }

    private static String prefix(PGenerator generator) {
        if (generator instanceof PCoroutine) {
            return "cr_";
        }
        return generator instanceof PAsyncGenerator ? "ag_" : "gi_";
    }

    /** Whether {@code name} can be a data attribute of some kind of generator. */
    public static boolean isGeneratorAttribute(String name) {
        return name.equals("__name__") || name.equals("__qualname__") || name.startsWith("gi_") ||
                        name.startsWith("cr_") || name.startsWith("ag_");
    }
}
