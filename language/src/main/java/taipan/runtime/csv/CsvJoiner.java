package taipan.runtime.csv;

/**
 * The record writer of CPython's {@code Modules/_csv.c} ({@code join_append_data}): quotes or escapes each field
 * as the dialect asks, and ends the record with the line terminator.
 */
public final class CsvJoiner {

    private CsvJoiner() {
    }

    /** One record: {@code fields[i]} is the field's text (null for None), {@code quoted[i]} whether to quote it. */
    public static String join(PCsvDialect d, String[] fields, boolean[] quoted) throws CsvException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.appendCodePoint(d.delimiter);
            }
            append(d, line, fields[i] == null ? "" : fields[i], quoted[i]);
        }
        if (fields.length == 1 && line.length() == 0) {
            // a single empty field would read back as an empty row
            if (d.quoting == PCsvDialect.QUOTE_NONE) {
                throw new CsvException("single empty field record must be quoted");
            }
            line.appendCodePoint(d.quotechar).appendCodePoint(d.quotechar);
        }
        return line.append(d.lineterminator).toString();
    }

    private static void append(PCsvDialect d, StringBuilder line, String field, boolean quote) throws CsvException {
        StringBuilder body = new StringBuilder();
        boolean quoted = quote;
        for (int i = 0; i < field.length();) {
            int c = field.codePointAt(i);
            i += Character.charCount(c);
            if (isSpecial(d, c)) {
                boolean escape = false;
                if (d.quoting == PCsvDialect.QUOTE_NONE) {
                    escape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            body.appendCodePoint(d.quotechar);
                        } else {
                            escape = true;
                        }
                    } else if (c == d.escapechar) {
                        escape = true;
                    }
                    quoted |= !escape;
                }
                if (escape) {
                    if (d.escapechar < 0) {
                        throw new CsvException("need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (quoted) {
            line.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
        } else {
            line.append(body);
        }
    }

    private static boolean isSpecial(PCsvDialect d, int c) {
        return c == d.delimiter || (c == d.escapechar && c >= 0) || (c == d.quotechar && c >= 0) || c == '\n' ||
                        c == '\r' || d.lineterminator.indexOf(c) >= 0;
    }
}
