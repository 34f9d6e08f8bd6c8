package taipan.builtins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import taipan.nodes.builtin.Builtin;
import taipan.nodes.builtin.CoreFunctions;
import taipan.runtime.type.BuiltinType;

/**
 * What a built-in node's {@link Builtin} annotation and its container's {@link CoreFunctions} say, as the registry
 * uses it. Read from the index the build writes (taipan.processor.BuiltinIndexProcessor), so that start-up does not
 * parse the annotations by reflection; a class missing from the index (a partial compile) falls back to them.
 */
record BuiltinSpec(String name, String[] parameterNames, int minNumOfPositionalArgs, boolean positionalOnly,
                int positionalOnlyCount, boolean takesVarArgs, String[] keywordOnlyNames, boolean takesVarKeywords,
                BuiltinType[] constructsClass, boolean classMethod, boolean staticMethod, boolean wholeReceiver,
                boolean splitPerCallSite, boolean hasContainer, BuiltinType[] extendClasses, String defineModule) {

    static final String INDEX = "/META-INF/taipan/builtins.index";

    private static final String[] NO_NAMES = {};
    private static final BuiltinType[] NO_TYPES = {};

    /** The spec of {@code nodeClass} from its annotations (reflection: the slow way). */
    static BuiltinSpec of(Class<?> nodeClass) {
        Builtin b = nodeClass.getAnnotation(Builtin.class);
        if (b == null) {
            throw new IllegalStateException(nodeClass + " lacks @Builtin");
        }
        CoreFunctions where = nodeClass.getEnclosingClass() == null ? null : nodeClass.getEnclosingClass().getAnnotation(CoreFunctions.class);
        return new BuiltinSpec(b.name(), b.parameterNames(), b.minNumOfPositionalArgs(), b.positionalOnly(),
                        b.positionalOnlyCount(), b.takesVarArgs(), b.keywordOnlyNames(), b.takesVarKeywords(),
                        b.constructsClass(), b.classMethod(), b.staticMethod(), b.wholeReceiver(), b.splitPerCallSite(),
                        where != null, where == null ? NO_TYPES : where.extendClasses(), where == null ? "" : where.defineModule());
    }

    /** The index by binary class name; empty if the build wrote none. */
    static Map<String, BuiltinSpec> readIndex() {
        Map<String, BuiltinSpec> index = new HashMap<>(4096);
        String text;
        try (InputStream in = BuiltinSpec.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return index;
            }
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1); // ASCII: names and enum constants
        } catch (IOException e) {
            return index; // every class then falls back to its annotations
        }
        for (int start = 0; start < text.length();) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int tab = text.indexOf('\t', start);
            if (tab > start && tab < end) {
                index.put(text.substring(start, tab), parse(text, tab, end));
            }
            start = end + 1;
        }
        return index;
    }

    /** One index line after its class name, from {@code start} (a tab) to {@code end}; the defaults are the annotations'. */
    private static BuiltinSpec parse(String line, int start, int end) {
        String name = null;
        String[] parameterNames = NO_NAMES;
        int minArgs = 0;
        boolean positionalOnly = true;
        int positionalOnlyCount = -1;
        boolean varArgs = false;
        String[] keywordOnly = NO_NAMES;
        boolean varKeywords = false;
        BuiltinType[] constructs = NO_TYPES;
        boolean classMethod = false;
        boolean staticMethod = false;
        boolean wholeReceiver = false;
        boolean split = false;
        boolean hasContainer = false;
        BuiltinType[] extend = NO_TYPES;
        String module = "";
        int i = start;
        while (i < end) {
            int next = line.indexOf('\t', i + 1);
            if (next < 0 || next > end) {
                next = end;
            }
            char code = line.charAt(i + 1);
            String value = next > i + 3 ? line.substring(i + 3, next) : "";
            i = next;
            switch (code) {
                case 'W' -> hasContainer = true;
                case 'n' -> name = value;
                case 'p' -> parameterNames = names(value);
                case 'm' -> minArgs = Integer.parseInt(value);
                case 'o' -> positionalOnly = value.equals("true");
                case 'c' -> positionalOnlyCount = Integer.parseInt(value);
                case 'a' -> varArgs = value.equals("true");
                case 'k' -> keywordOnly = names(value);
                case 'w' -> varKeywords = value.equals("true");
                case 'C' -> constructs = types(value);
                case 'M' -> classMethod = value.equals("true");
                case 'S' -> staticMethod = value.equals("true");
                case 'R' -> wholeReceiver = value.equals("true");
                case 's' -> split = value.equals("true");
                case 'E' -> extend = types(value);
                case 'D' -> module = value;
                default -> throw new IllegalStateException("builtins index: unknown attribute code " + code);
            }
        }
        return new BuiltinSpec(name, parameterNames, minArgs, positionalOnly, positionalOnlyCount, varArgs, keywordOnly,
                        varKeywords, constructs, classMethod, staticMethod, wholeReceiver, split, hasContainer, extend, module);
    }

    private static String[] names(String value) {
        return value.isEmpty() ? NO_NAMES : value.split(",", -1);
    }

    private static BuiltinType[] types(String value) {
        if (value.isEmpty()) {
            return NO_TYPES;
        }
        String[] names = value.split(",", -1);
        BuiltinType[] types = new BuiltinType[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = BuiltinType.valueOf(names[i]);
        }
        return types;
    }
}
