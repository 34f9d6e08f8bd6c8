package taipan.runtime.function;

import java.util.Arrays;
import java.util.Objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.SourceSection;

/**
 * CPython's {@code code_richcompare} and {@code code_hash} for Taipan's code objects: two code objects compiled alike
 * (same attributes, same source text, which stands in for bytecode and constants) are equal and hash alike.
 */
public final class CodeEquality {

    private CodeEquality() {
    }

    @TruffleBoundary
    public static boolean same(PCode a, PCode b) {
        if (a == b) {
            return true;
        }
        CodeInfo x = a.getInfo();
        CodeInfo y = b.getInfo();
        if (x == null || y == null || a.isTopLevel() != b.isTopLevel()) {
            return false;
        }
        return x.name().equals(y.name()) && x.qualname().equals(y.qualname()) && x.filename().equals(y.filename())
                        && x.firstLineNumber() == y.firstLineNumber() && x.argcount() == y.argcount()
                        && x.posonlyargcount() == y.posonlyargcount() && x.kwonlyargcount() == y.kwonlyargcount()
                        && x.flags() == y.flags() && Arrays.equals(x.varnames(), y.varnames())
                        && Arrays.equals(x.cellvars(), y.cellvars()) && Arrays.equals(x.freevars(), y.freevars())
                        && Objects.equals(x.doc(), y.doc()) && Objects.equals(sourceText(a), sourceText(b));
    }

    @TruffleBoundary
    public static long hash(PCode code) {
        CodeInfo info = code.getInfo();
        if (info == null) {
            return System.identityHashCode(code);
        }
        return Objects.hash(info.name(), info.filename(), info.firstLineNumber(), sourceText(code));
    }

    private static String sourceText(PCode code) {
        if (code.getCallTarget() instanceof RootCallTarget target) {
            SourceSection section = target.getRootNode().getSourceSection();
            return section == null || !section.isAvailable() ? null : section.getCharacters().toString();
        }
        return null;
    }
}
