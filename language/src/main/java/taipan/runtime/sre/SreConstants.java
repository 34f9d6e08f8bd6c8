package taipan.runtime.sre;

/** Opcodes, AT and CATEGORY codes, INFO flags and limits of CPython 3.13's sre code (re/_constants.py). */
public final class SreConstants {
    private SreConstants() {
    }

    /** Version of the code format; re/_constants.py checks it against {@code _sre.MAGIC}. */
    public static final int MAGIC = 20230612;
    /** Size in bytes of one code word ({@code _sre.CODESIZE}). */
    public static final int CODESIZE = 4;
    /** Unbounded repeat count: 2**32-1, stored as the int -1 in a code array. */
    public static final long MAXREPEAT = 0xFFFFFFFFL;
    /** Largest number of groups: 2**30-1 with 4-byte codes, as in CPython 64-bit builds. */
    public static final long MAXGROUPS = 0x3FFFFFFFL;

    public static final int FAILURE = 0;
    public static final int SUCCESS = 1;
    public static final int ANY = 2;
    public static final int ANY_ALL = 3;
    public static final int ASSERT = 4;
    public static final int ASSERT_NOT = 5;
    public static final int AT = 6;
    public static final int BRANCH = 7;
    public static final int CATEGORY = 8;
    public static final int CHARSET = 9;
    public static final int BIGCHARSET = 10;
    public static final int GROUPREF = 11;
    public static final int GROUPREF_EXISTS = 12;
    public static final int IN = 13;
    public static final int INFO = 14;
    public static final int JUMP = 15;
    public static final int LITERAL = 16;
    public static final int MARK = 17;
    public static final int MAX_UNTIL = 18;
    public static final int MIN_UNTIL = 19;
    public static final int NOT_LITERAL = 20;
    public static final int NEGATE = 21;
    public static final int RANGE = 22;
    public static final int REPEAT = 23;
    public static final int REPEAT_ONE = 24;
    public static final int SUBPATTERN = 25;
    public static final int MIN_REPEAT_ONE = 26;
    public static final int ATOMIC_GROUP = 27;
    public static final int POSSESSIVE_REPEAT = 28;
    public static final int POSSESSIVE_REPEAT_ONE = 29;
    public static final int GROUPREF_IGNORE = 30;
    public static final int IN_IGNORE = 31;
    public static final int LITERAL_IGNORE = 32;
    public static final int NOT_LITERAL_IGNORE = 33;
    public static final int GROUPREF_LOC_IGNORE = 34;
    public static final int IN_LOC_IGNORE = 35;
    public static final int LITERAL_LOC_IGNORE = 36;
    public static final int NOT_LITERAL_LOC_IGNORE = 37;
    public static final int GROUPREF_UNI_IGNORE = 38;
    public static final int IN_UNI_IGNORE = 39;
    public static final int LITERAL_UNI_IGNORE = 40;
    public static final int NOT_LITERAL_UNI_IGNORE = 41;
    public static final int RANGE_UNI_IGNORE = 42;

    public static final int AT_BEGINNING = 0;
    public static final int AT_BEGINNING_LINE = 1;
    public static final int AT_BEGINNING_STRING = 2;
    public static final int AT_BOUNDARY = 3;
    public static final int AT_NON_BOUNDARY = 4;
    public static final int AT_END = 5;
    public static final int AT_END_LINE = 6;
    public static final int AT_END_STRING = 7;
    public static final int AT_LOC_BOUNDARY = 8;
    public static final int AT_LOC_NON_BOUNDARY = 9;
    public static final int AT_UNI_BOUNDARY = 10;
    public static final int AT_UNI_NON_BOUNDARY = 11;

    public static final int CATEGORY_DIGIT = 0;
    public static final int CATEGORY_NOT_DIGIT = 1;
    public static final int CATEGORY_SPACE = 2;
    public static final int CATEGORY_NOT_SPACE = 3;
    public static final int CATEGORY_WORD = 4;
    public static final int CATEGORY_NOT_WORD = 5;
    public static final int CATEGORY_LINEBREAK = 6;
    public static final int CATEGORY_NOT_LINEBREAK = 7;
    public static final int CATEGORY_LOC_WORD = 8;
    public static final int CATEGORY_LOC_NOT_WORD = 9;
    public static final int CATEGORY_UNI_DIGIT = 10;
    public static final int CATEGORY_UNI_NOT_DIGIT = 11;
    public static final int CATEGORY_UNI_SPACE = 12;
    public static final int CATEGORY_UNI_NOT_SPACE = 13;
    public static final int CATEGORY_UNI_WORD = 14;
    public static final int CATEGORY_UNI_NOT_WORD = 15;
    public static final int CATEGORY_UNI_LINEBREAK = 16;
    public static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

    public static final int INFO_PREFIX = 1;
    public static final int INFO_LITERAL = 2;
    public static final int INFO_CHARSET = 4;

    public static final int FLAG_IGNORECASE = 2;
    public static final int FLAG_LOCALE = 4;
    public static final int FLAG_MULTILINE = 8;
    public static final int FLAG_DOTALL = 16;
    public static final int FLAG_UNICODE = 32;
    public static final int FLAG_VERBOSE = 64;
    public static final int FLAG_DEBUG = 128;
    public static final int FLAG_ASCII = 256;
}
