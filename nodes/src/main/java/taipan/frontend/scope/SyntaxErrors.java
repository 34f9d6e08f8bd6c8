package taipan.frontend.scope;

import taipan.frontend.ast.Span;
import taipan.frontend.parse.PythonSyntaxError;

/**
 * Builds the SyntaxErrors of the symtable and compiler stages. CPython reports these with {@code col_offset + 1}
 * as offset, i.e. in UTF-8 bytes (unlike parser errors, which it converts to characters), so the span's byte
 * columns are used as they are.
 */
final class SyntaxErrors {

    private final String filename;
    private final String source;

    SyntaxErrors(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    PythonSyntaxError at(Span span, String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, filename, span.lineno(),
                        span.colOffset() + 1, span.endLineno(), span.endColOffset() + 1, line(span.lineno()));
    }

    /** The source line {@code lineno} (1-based) with its terminator, or null when out of range. */
    String line(int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        for (int i = 1; i < lineno; i++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        if (start > source.length()) {
            return null;
        }
        int end = source.indexOf('\n', start);
        return end < 0 ? source.substring(start) : source.substring(start, end + 1);
    }
}
