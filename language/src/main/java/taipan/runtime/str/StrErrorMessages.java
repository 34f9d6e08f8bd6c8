package taipan.runtime.str;

/** CPython's message texts for {@code str} operations, worded exactly as {@code Objects/unicodeobject.c} words them. */
public final class StrErrorMessages {

    public static final String SUBSTRING_NOT_FOUND = "substring not found";
    public static final String EMPTY_SEPARATOR = "empty separator";
    public static final String SEPARATOR_NOT_FOUND = "separator not found";
    public static final String FILL_CHAR = "The fill character must be exactly one character long";
    public static final String STRIP_ARG = "strip arg must be None or str";
    public static final String NEW_STRING_TOO_LONG = "new string is too long";
    public static final String REPEATED_TOO_LONG = "repeated string is too long";
    public static final String STRING_INDEX_OUT_OF_RANGE = "string index out of range";
    public static final String SLICE_STEP_ZERO = "slice step cannot be zero";
    public static final String JOIN_ITEM = "sequence item %d: expected str instance, %s found";
    public static final String MUST_BE_STR = "must be str, not %s";
    public static final String STARTSWITH_ARG = "startswith first arg must be str or a tuple of str, not %s";
    public static final String ENDSWITH_ARG = "endswith first arg must be str or a tuple of str, not %s";
    public static final String TUPLE_FOR_STARTSWITH = "tuple for startswith must only contain str, not %s";
    public static final String TUPLE_FOR_ENDSWITH = "tuple for endswith must only contain str, not %s";
    public static final String MAKETRANS_EQUAL_LENGTH = "the first two maketrans arguments must have equal length";
    public static final String MAKETRANS_ONE_ARG = "if you give only one argument to maketrans it must be a dict";
    public static final String MAKETRANS_KEYS = "keys in translate table must be strings or integers";
    public static final String MAKETRANS_KEY_LENGTH = "string keys in translate table must be of length 1";
    public static final String MAKETRANS_THIRD = "maketrans() argument 3 must be str, not %s";
    public static final String MAKETRANS_SECOND = "maketrans() argument 2 must be str, not %s";
    public static final String TRANSLATE_MAPPING = "character mapping must be in range(0x110000)";
    public static final String TRANSLATE_RESULT = "character mapping must return integer, None or str";
    public static final String UNKNOWN_ENCODING = "unknown encoding: %s";
    public static final String UNKNOWN_HANDLER = "unknown error handler name '%s'";

    private StrErrorMessages() {
    }
}
