package taipan.runtime.format;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/**
 * A str.format string parsed into the parts the interpreter walks in order; field numbering is resolved, and every
 * error sits at the point where CPython (Objects/stringlib/unicode_format.h) would raise it, so walking the parts
 * reproduces CPython's order of side effects. Parsing is deterministic, so templates of constant strings can be cached.
 *
 * <p>Walking ({@link #render} does it): append a {@link Literal}; throw a {@link Failure}'s error; for a
 * {@link Field}: look up {@code name.first()} (a Long index into the positional arguments or a String keyword), apply
 * {@code name.rest()}, throw {@code name.restError()} if set, apply the conversion ({@link #unknownConversion} for
 * anything but r, s, a), render {@code nestedSpec} (when not null) to get the spec, else use {@code spec}, and append
 * format(value, spec).
 */
public record FormatTemplate(List<Part> parts) {
    /** Top-level recursion depth of build_string: a spec may nest fields once. */
    private static final int MAX_DEPTH = 2;

    /** One part of a template. */
    public sealed interface Part permits Literal, Field, Failure {
    }

    /** Literal text. */
    public record Literal(String text) implements Part {
    }

    /** A replacement field; {@code conversion} is 0 when absent; {@code nestedSpec} is null unless spec has fields. */
    public record Field(FieldName name, int conversion, String spec, FormatTemplate nestedSpec) implements Part {
    }

    /** An error to raise when the walk reaches it. */
    public record Failure(FormatError error) implements Part {
    }

    /** The Python operations a walk needs; each raises the interpreter's own exceptions. */
    public interface FieldAccess {
        /** args[index]; {@link #indexOutOfRange} or {@link #positionalInFormatMap} when there is none. */
        Object positional(long index);

        /** kwargs[key] (a KeyError when absent). */
        Object keyword(String key);

        /** getattr(obj, name). */
        Object attribute(Object obj, String name);

        /** obj[key] for a {@code Long} or {@code String} key (CPython indexes sequences with the int directly). */
        Object item(Object obj, Object key);

        /** repr (r), str (s) or ascii (a) of obj. */
        Object convert(Object obj, int conversion);

        /** format(obj, spec). */
        String format(Object obj, String spec);
    }

    /**
     * Renders the template: str.format's build_string. Not a boundary itself, since it calls back into the
     * interpreter; callers put it behind one.
     */
    public String render(FieldAccess access) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Literal l -> sb.append(l.text());
                case Failure f -> throw f.error();
                case Field f -> sb.append(renderField(f, access));
            }
        }
        return sb.toString();
    }

    private static String renderField(Field f, FieldAccess access) {
        FieldName name = f.name();
        Object v = name.first() instanceof Long i ? access.positional(i) : access.keyword((String) name.first());
        for (FieldName.Accessor a : name.rest()) {
            v = a.attribute() ? access.attribute(v, (String) a.key()) : access.item(v, a.key());
        }
        if (name.restError() != null) {
            throw name.restError();
        }
        int c = f.conversion();
        if (c != 0) {
            if (c != 'r' && c != 's' && c != 'a') {
                throw unknownConversion(c);
            }
            v = access.convert(v, c);
        }
        String spec = f.nestedSpec() == null ? f.spec() : f.nestedSpec().render(access);
        return access.format(v, spec);
    }

    /** Parses a str.format / format_map string. */
    @TruffleBoundary
    public static FormatTemplate parse(String format) {
        return parse(format, MAX_DEPTH, new FieldName.AutoNumber());
    }

    private static FormatTemplate parse(String format, int depth, FieldName.AutoNumber auto) {
        List<Part> parts = new ArrayList<>();
        if (depth <= 0) {
            parts.add(new Failure(FormatError.valueError("Max string recursion exceeded")));
            return new FormatTemplate(List.copyOf(parts));
        }
        MarkupIterator it = new MarkupIterator(format);
        try {
            for (MarkupIterator.Markup m = it.next(); m != null; m = it.next()) {
                if (!m.literal().isEmpty()) {
                    parts.add(new Literal(m.literal()));
                }
                if (m.fieldPresent()) {
                    FieldName name = FieldName.split(m.fieldName(), auto);
                    FormatTemplate nested = m.specNeedsExpanding() ? parse(m.spec(), depth - 1, auto) : null;
                    parts.add(new Field(name, m.conversion(), m.spec(), nested));
                }
            }
        } catch (FormatError e) {
            parts.add(new Failure(e));
        }
        return new FormatTemplate(List.copyOf(parts));
    }

    /** do_conversion's error for a conversion other than r, s and a. */
    public static FormatError unknownConversion(int conversion) {
        if (conversion > 32 && conversion < 127) {
            return FormatError.valueError("Unknown conversion specifier " + (char) conversion);
        }
        return FormatError.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
    }

    /** The IndexError for a positional field beyond the arguments. */
    public static FormatError indexOutOfRange(long index) {
        return new FormatError("IndexError", "Replacement index " + index + " out of range for positional args tuple");
    }

    /** format_map's ValueError for a positional field. */
    public static FormatError positionalInFormatMap() {
        return FormatError.valueError("Format string contains positional fields");
    }
}
