package taipan.builtins.modules;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.strings.TruffleString;

import taipan.nodes.attribute.ObjectAttributes;
import taipan.nodes.call.SlowCall;
import taipan.nodes.module.ModuleImporter;
import taipan.nodes.object.SpecialMethods;
import taipan.runtime.exception.PythonErrors;
import taipan.runtime.function.PBuiltinFunction;
import taipan.runtime.function.PBuiltinMethod;
import taipan.runtime.function.PFunction;
import taipan.runtime.function.PMethod;
import taipan.runtime.object.PBuiltinSubclassObject;
import taipan.runtime.object.PList;
import taipan.runtime.object.PNone;
import taipan.runtime.object.PTuple;
import taipan.runtime.sre.IntBuilder;
import taipan.runtime.sre.PSreMatch;
import taipan.runtime.sre.PSrePattern;
import taipan.runtime.sre.PSreTemplate;
import taipan.runtime.sre.SreException;
import taipan.runtime.sre.SreMatch;
import taipan.runtime.sre.SreScanner;
import taipan.runtime.sre.SrePattern;
import taipan.runtime.str.StrCodePoints;
import taipan.runtime.type.BuiltinType;
import taipan.runtime.type.PythonClass;

/** findall, split and sub/subn of {@code re.Pattern}, and template expansion, as sre.c builds their results. */
final class SreSubstitution {

    private SreSubstitution() {
    }

    private static PList list(List<Object> items) {
        return new PList(items.toArray());
    }

    @TruffleBoundary
    static PList findAll(Node node, PSrePattern self, Object string, long pos, long endpos) {
        int[] subject = SreArgs.subject(node, self, string);
        List<Object> items = new ArrayList<>();
        try {
            for (SreMatch m : self.getEngine().findAll(subject, pos, endpos, 0)) {
                int groups = self.getGroups();
                if (groups == 0) {
                    items.add(SreArgs.slice(string, subject, m.start(0), m.end(0)));
                } else if (groups == 1) {
                    items.add(groupOrEmpty(string, subject, m, 1));
                } else {
                    Object[] tuple = new Object[groups];
                    for (int g = 1; g <= groups; g++) {
                        tuple[g - 1] = groupOrEmpty(string, subject, m, g);
                    }
                    items.add(new PTuple(tuple));
                }
            }
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
        return list(items);
    }

    private static Object groupOrEmpty(Object string, int[] subject, SreMatch m, int g) {
        return m.start(g) < 0 ? SreArgs.slice(string, subject, 0, 0) : SreArgs.slice(string, subject, m.start(g), m.end(g));
    }

    @TruffleBoundary
    static PList split(Node node, PSrePattern self, Object string, long maxsplit) {
        int[] subject = SreArgs.subject(node, self, string);
        List<Object> items = new ArrayList<>();
        int last = 0;
        try {
            for (SreMatch m : self.getEngine().findAll(subject, 0, Long.MAX_VALUE, maxsplit)) {
                items.add(SreArgs.slice(string, subject, last, m.start(0)));
                for (int g = 1; g <= self.getGroups(); g++) {
                    items.add(m.start(g) < 0 ? PNone.NONE : SreArgs.slice(string, subject, m.start(g), m.end(g)));
                }
                last = m.end(0);
            }
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
        items.add(SreArgs.slice(string, subject, last, subject.length));
        return list(items);
    }

    /** {@code re._compile_template(pattern, repl)}: the replacement parsed by re._parser and cached by re. */
    @TruffleBoundary
    static PSreTemplate compileTemplate(Node node, PSrePattern pattern, Object repl) {
        Object re = ModuleImporter.findAndLoad(node, "re");
        Object compile = ObjectAttributes.getAttribute(node, re, "_compile_template");
        Object result = SlowCall.call(node, compile, new Object[]{pattern, repl});
        if (!(result instanceof PSreTemplate t)) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "invalid template");
        }
        return t;
    }

    /** What each match is replaced by: a literal, a template or the result of a call. */
    private record Filter(int[] literal, PSreTemplate template, Object callable) {
    }

    private static Filter filter(Node node, PSrePattern self, Object repl) {
        if (isCallable(node, repl)) {
            return new Filter(null, null, repl);
        }
        Object r = PBuiltinSubclassObject.unwrap(repl);
        int[] literal = null;
        if (r instanceof TruffleString s) {
            literal = StrCodePoints.toArray(s);
        } else if (SreArgs.bytesOrNull(r) != null) {
            literal = SrePattern.bytes(SreArgs.bytesOrNull(r));
        }
        if (literal != null && !contains(literal, '\\') && kindFits(self, r instanceof TruffleString)) {
            return new Filter(literal, null, null);
        }
        PSreTemplate template = compileTemplate(node, self, repl);
        return new Filter(null, template, null);
    }

    private static boolean kindFits(PSrePattern self, boolean text) {
        return self.getKind() == PSrePattern.Kind.UNKNOWN || (self.getKind() == PSrePattern.Kind.STR) == text;
    }

    private static boolean contains(int[] units, int c) {
        for (int u : units) {
            if (u == c) {
                return true;
            }
        }
        return false;
    }

    /** CPython's {@code PyCallable_Check}. */
    static boolean isCallable(Node node, Object object) {
        return object instanceof PFunction || object instanceof PBuiltinFunction || object instanceof PMethod ||
                        object instanceof PBuiltinMethod || object instanceof PythonClass ||
                        SpecialMethods.lookup(node, object, "__call__") != null;
    }

    @TruffleBoundary
    static Object sub(Node node, PSrePattern self, Object repl, Object string, long count, boolean subn) {
        Filter filter = filter(node, self, repl);
        int[] subject = SreArgs.subject(node, self, string);
        boolean text = SreArgs.isText(string);
        IntBuilder out = new IntBuilder(subject.length);
        int last = 0;
        int n = 0;
        int item = 0;
        try {
            SreScanner scanner = self.getEngine().scanner(subject, 0, Long.MAX_VALUE);
            SreMatch m;
            while ((count == 0 || n < count) && (m = scanner.search()) != null) {
                if (last < m.start(0)) {
                    out.append(subject, last, m.start(0));
                    item++;
                }
                item = replace(node, self, filter, string, subject, m, text, out, item);
                last = m.end(0);
                n++;
            }
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
        out.append(subject, last, subject.length);
        Object result = SreArgs.fromUnits(text, out.toArray());
        return subn ? new PTuple(new Object[]{result, (long) n}) : result;
    }

    /** Appends one match's replacement; returns the count of items so far (for join's error message). */
    private static int replace(Node node, PSrePattern self, Filter filter, Object string, int[] subject, SreMatch m,
                    boolean text, IntBuilder out, int item) {
        if (filter.literal != null) {
            out.append(filter.literal, 0, filter.literal.length);
            return filter.literal.length > 0 ? item + 1 : item;
        } else if (filter.template != null) {
            expandInto(node, filter.template, m, subject, text, item, out);
            return item + 1;
        }
        Object match = SreArgs.newMatch(node, self, string, subject, m);
        Object result = SlowCall.call(node, filter.callable, new Object[]{match});
        if (result == PNone.NONE) {
            return item;
        }
        int[] units = joinItem(node, result, text, item);
        out.append(units, 0, units.length);
        return item + 1;
    }

    /** An item to join into the result: str for text, a bytes-like object for bytes; TypeError as join raises. */
    static int[] joinItem(Node node, Object value, boolean text, int item) {
        Object v = PBuiltinSubclassObject.unwrap(value);
        if (text) {
            if (v instanceof TruffleString s) {
                return StrCodePoints.toArray(s);
            }
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR, "sequence item %d: expected str instance, %s found",
                            item, PythonErrors.typeName(node, value));
        }
        byte[] bytes = SreArgs.bytesOrNull(v);
        if (bytes == null) {
            throw PythonErrors.raise(node, BuiltinType.TYPE_ERROR,
                            "sequence item %d: expected a bytes-like object, %s found", item, PythonErrors.typeName(node, value));
        }
        return SrePattern.bytes(bytes);
    }

    /** expand_template: the template's literals and the groups it names. */
    static void expandInto(Node node, PSreTemplate template, SreMatch m, int[] subject, boolean text, int item,
                    IntBuilder out) {
        if (template.getMismatch() != null) {
            joinItem(node, template.getMismatch(), text, item);
        }
        template.getTemplate().expandInto(m, subject, out);
    }

    /** {@code Match.expand(template)}. */
    @TruffleBoundary
    static Object expand(Node node, PSreMatch match, Object repl) {
        PSreTemplate template = compileTemplate(node, match.getPattern(), repl);
        boolean text = SreArgs.isText(match.getString());
        IntBuilder out = new IntBuilder(16);
        try {
            expandInto(node, template, match.getMatch(), match.getSubject(), text, 0, out);
        } catch (SreException e) {
            throw SreArgs.engineError(node, e);
        }
        return SreArgs.fromUnits(text, out.toArray());
    }
}
