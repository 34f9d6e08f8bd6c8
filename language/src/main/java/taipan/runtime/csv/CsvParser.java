package taipan.runtime.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The record parser of CPython's {@code Modules/_csv.c}: a state machine fed one line at a time (end of line as
 * {@link #EOL}), that completes a record when it returns to {@code START_RECORD}. Fields come out as Java strings,
 * null for a missing value ({@code QUOTE_NOTNULL}/{@code QUOTE_STRINGS}) or Double for a numeric one.
 */
public final class CsvParser {
    public static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final PCsvDialect d;
    private final long fieldLimit;
    private State state = State.START_RECORD;
    private final StringBuilder field = new StringBuilder();
    private List<Object> fields = new ArrayList<>();
    private boolean numeric;
    private boolean unquoted = true;

    public CsvParser(PCsvDialect dialect, long fieldLimit) {
        this.d = dialect;
        this.fieldLimit = fieldLimit;
    }

    /** Whether a record is complete (the state is back at its start). */
    public boolean isRecordDone() {
        return state == State.START_RECORD;
    }

    /** Feeds one line (without the final EOL marker, which this adds). */
    public void feed(String line) throws CsvException {
        for (int i = 0; i < line.length();) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            process(c);
        }
        process(EOL);
    }

    /** At the end of input: the last partial record, or null when there is none. */
    public List<Object> finish() throws CsvException {
        if (state != State.START_RECORD && state != State.EAT_CRNL && (field.length() != 0 ||
                        state == State.IN_QUOTED_FIELD)) {
            if (d.strict) {
                throw new CsvException("unexpected end of data");
            }
            saveField();
            return takeFields();
        }
        return null;
    }

    /** The fields of the completed record; resets for the next one. */
    public List<Object> takeFields() {
        List<Object> result = fields;
        fields = new ArrayList<>();
        state = State.START_RECORD;
        return result;
    }

    private void saveField() throws CsvException {
        String text = field.toString();
        field.setLength(0);
        Object value = text;
        if (unquoted && text.isEmpty() && (d.quoting == PCsvDialect.QUOTE_NOTNULL || d.quoting == PCsvDialect.QUOTE_STRINGS)) {
            value = null;
        } else if (numeric || (unquoted && d.quoting == PCsvDialect.QUOTE_STRINGS)) {
            value = toFloat(text);
        }
        numeric = false;
        unquoted = true;
        fields.add(value);
    }

    private static Object toFloat(String text) throws CsvException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new FloatError("could not convert string to float: '" + text + "'");
        }
    }

    /** float() of a field failed: Python's ValueError, not csv.Error. */
    public static final class FloatError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FloatError(String message) {
            super(message, null, false, false);
        }
    }

    private void addChar(int c) throws CsvException {
        if (field.length() >= fieldLimit) {
            throw new CsvException("field larger than field limit (" + fieldLimit + ")");
        }
        field.appendCodePoint(c);
    }

    private static boolean isNewline(int c) {
        return c == '\n' || c == '\r';
    }

    private void endOfField(int c) throws CsvException {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    }

    private void process(int c) throws CsvException {
        switch (state) {
            case START_RECORD -> {
                if (c == EOL) {
                    return;
                } else if (isNewline(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c);
            }
            case START_FIELD -> startField(c);
            case ESCAPED_CHAR -> {
                if (isNewline(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
            }
            case AFTER_ESCAPED_CRNL -> {
                if (c != EOL) {
                    inField(c);
                }
            }
            case IN_FIELD -> inField(c);
            case IN_QUOTED_FIELD -> inQuotedField(c);
            case ESCAPE_IN_QUOTED_FIELD -> {
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
            }
            case QUOTE_IN_QUOTED_FIELD -> quoteInQuotedField(c);
            case EAT_CRNL -> {
                if (c == EOL) {
                    state = State.START_RECORD;
                } else if (!isNewline(c)) {
                    throw new CsvException("new-line character seen in unquoted field - do you need to open the file with newline=''?");
                }
            }
        }
    }

    private void startField(int c) throws CsvException {
        if (isNewline(c) || c == EOL) {
            endOfField(c);
        } else if (c == d.quotechar && d.quoting != PCsvDialect.QUOTE_NONE) {
            unquoted = false;
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return;
        } else if (c == d.delimiter) {
            saveField();
        } else {
            numeric = d.quoting == PCsvDialect.QUOTE_NONNUMERIC;
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c) throws CsvException {
        if (isNewline(c) || c == EOL) {
            endOfField(c);
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inQuotedField(int c) throws CsvException {
        if (c == EOL) {
            return;
        } else if (c == d.escapechar) {
            state = State.ESCAPE_IN_QUOTED_FIELD;
        } else if (c == d.quotechar && d.quoting != PCsvDialect.QUOTE_NONE) {
            state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
        } else {
            addChar(c);
        }
    }

    private void quoteInQuotedField(int c) throws CsvException {
        if (d.quoting != PCsvDialect.QUOTE_NONE && c == d.quotechar) {
            addChar(c);
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else if (isNewline(c) || c == EOL) {
            endOfField(c);
        } else if (!d.strict) {
            addChar(c);
            state = State.IN_FIELD;
        } else {
            throw new CsvException("'" + Character.toString(d.delimiter) + "' expected after '"
                            + Character.toString(d.quotechar) + "'");
        }
    }
}
