package taipan.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes {@value #INDEX}: one line per class annotated {@code @Builtin}, with the attributes written in its
 * annotation and in its container's {@code @CoreFunctions}. The builtins registry reads it at start-up instead of
 * parsing about 3,000 annotations by reflection (each parse makes a proxy object: ~30 ms of a 0.5 s start).
 *
 * <p>A line is {@code binaryName<TAB>code=value<TAB>...}, only the attributes the source writes, each by the one-letter
 * code of {@link #CODES} (the file is read on every start, so it is kept small); an array value is its elements
 * joined by commas (enum constants by name), and a lone {@code W} says the container is annotated at all. Names,
 * strings and enum constants of these annotations never hold a tab, a comma or a line break; the processor refuses
 * any that would.
 */
@SupportedAnnotationTypes(BuiltinIndexProcessor.BUILTIN)
public final class BuiltinIndexProcessor extends AbstractProcessor {

    static final String BUILTIN = "taipan.nodes.builtin.Builtin";
    static final String CORE_FUNCTIONS = "taipan.nodes.builtin.CoreFunctions";
    /** Where the index goes in the module's class output (read back as a resource of the same jar). */
    static final String INDEX = "META-INF/taipan/builtins.index";

    /** Each attribute's code in the index: {@code @Builtin}'s, then {@code @CoreFunctions}'s (prefixed "where."). */
    static final Map<String, String> CODES = Map.ofEntries(Map.entry("name", "n"), Map.entry("parameterNames", "p"),
                    Map.entry("minNumOfPositionalArgs", "m"), Map.entry("positionalOnly", "o"),
                    Map.entry("positionalOnlyCount", "c"), Map.entry("takesVarArgs", "a"), Map.entry("keywordOnlyNames", "k"),
                    Map.entry("takesVarKeywords", "w"), Map.entry("constructsClass", "C"), Map.entry("classMethod", "M"),
                    Map.entry("staticMethod", "S"), Map.entry("wholeReceiver", "R"), Map.entry("splitPerCallSite", "s"),
                    Map.entry("where.extendClasses", "E"), Map.entry("where.defineModule", "D"));

    private final List<String> lines = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    lines.add(line(type));
                }
            }
        }
        if (round.processingOver() && !lines.isEmpty()) {
            write();
        }
        return false;
    }

    private String line(TypeElement type) {
        StringBuilder out = new StringBuilder(processingEnv.getElementUtils().getBinaryName(type).toString());
        appendAttributes(out, mirror(type, BUILTIN), "", type);
        Element container = type.getEnclosingElement();
        AnnotationMirror where = container == null ? null : mirror(container, CORE_FUNCTIONS);
        if (where != null) {
            out.append("\tW");
            appendAttributes(out, where, "where.", type);
        }
        return out.toString();
    }

    private static AnnotationMirror mirror(Element element, String annotation) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return m;
            }
        }
        return null;
    }

    private void appendAttributes(StringBuilder out, AnnotationMirror mirror, String prefix, Element where) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            String attribute = prefix + e.getKey().getSimpleName();
            String code = CODES.get(attribute);
            if (code == null) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                                "the builtins index has no code for " + attribute + ": add one here and in BuiltinSpec", where);
                continue;
            }
            out.append('\t').append(code).append('=').append(text(e.getValue().getValue(), where));
        }
    }

    private String text(Object value, Element where) {
        if (value instanceof List<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                if (!joined.isEmpty()) {
                    joined.append(',');
                }
                joined.append(text(((AnnotationValue) item).getValue(), where));
            }
            return joined.toString();
        }
        String s = value instanceof VariableElement constant ? constant.getSimpleName().toString() : String.valueOf(value);
        if (s.indexOf('\t') >= 0 || s.indexOf(',') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                            "the builtins index cannot hold a tab, comma or line break: '" + s + "'", where);
        }
        return s;
    }

    private void write() {
        try (Writer w = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX).openWriter()) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + e);
        }
    }
}
