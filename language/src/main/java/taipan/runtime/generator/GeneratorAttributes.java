package taipan.runtime.generator;

import taipan.runtime.str.PyStrings;

/** The data attributes of generator objects: CPython's {@code gen_getsetlist} and {@code gen_memberlist}. */
public final class GeneratorAttributes {

    private GeneratorAttributes() {
    }

    /** The attribute's value, or null when generators have no such data attribute (the caller looks further). */
    public static Object get(PGenerator generator, String name) {
        return switch (name) {
            case "gi_running" -> generator.isRunning();
            case "gi_suspended" -> generator.isStarted() && !generator.isFinished() && !generator.isRunning();
            case "gi_yieldfrom" -> generator.getDelegate();
            case "__name__" -> PyStrings.of(generator.getName());
            case "__qualname__" -> PyStrings.of(generator.getQualname());
            default -> null;
        };
    }

    public static boolean isGeneratorAttribute(String name) {
        return switch (name) {
            case "gi_running", "gi_suspended", "gi_yieldfrom", "__name__", "__qualname__" -> true;
            default -> false;
        };
    }
}
