package taipan.runtime.exception;

/** Every message text of a Python exception raised by Taipan, worded as CPython words it ({@code %s} formats). */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static final String NAME_NOT_DEFINED = "name '%s' is not defined";
    public static final String UNSUPPORTED_OPERAND_TYPES = "unsupported operand type(s) for %s: '%s' and '%s'";
    public static final String BAD_OPERAND_FOR_UNARY = "bad operand type for unary %s: '%s'";
    public static final String NOT_SUPPORTED_BETWEEN_INSTANCES = "'%s' not supported between instances of '%s' and '%s'";
    public static final String CANT_MULTIPLY_SEQUENCE_BY_NON_INT = "can't multiply sequence by non-int of type '%s'";
    public static final String INTEGER_DIVISION_BY_ZERO = "integer division or modulo by zero";
    public static final String INTEGER_MODULO_BY_ZERO = "integer modulo by zero";
    public static final String DIVISION_BY_ZERO = "division by zero";
    public static final String FLOAT_DIVISION_BY_ZERO = "float division by zero";
    public static final String FLOAT_FLOOR_DIVISION_BY_ZERO = "float floor division by zero";
    public static final String FLOAT_MODULO_BY_ZERO = "float modulo by zero";
    public static final String COMPLEX_DIVISION_BY_ZERO = "complex division by zero";
    public static final String ZERO_TO_COMPLEX_POWER = "0.0 to a negative or complex power";
    public static final String COMPLEX_EXPONENTIATION = "complex exponentiation";
    public static final String ABSOLUTE_VALUE_TOO_LARGE = "absolute value too large";
    public static final String NUMERICAL_RESULT_OUT_OF_RANGE = "(34, 'Numerical result out of range')";
    public static final String PYTHON_INT_TOO_LARGE_TO_CONVERT_TO_C_LONG = "Python int too large to convert to C long";
    public static final String PYTHON_INT_TOO_LARGE_TO_CONVERT_TO_C_INT = "Python int too large to convert to C int";
    public static final String FLOAT_DIVMOD = "float divmod()";
    public static final String POW_THIRD_ARG_ZERO = "pow() 3rd argument cannot be 0";
    public static final String POW_THIRD_ARG_NOT_ALLOWED = "pow() 3rd argument not allowed unless all arguments are integers";
    public static final String BASE_NOT_INVERTIBLE = "base is not invertible for the given modulus";
    public static final String TYPE_DOESNT_DEFINE_ROUND = "type %s doesn't define __round__ method";
    public static final String CHR_ARG_NOT_IN_RANGE = "chr() arg not in range(0x110000)";
    public static final String ORD_EXPECTED_CHARACTER = "ord() expected a character, but string of length %d found";
    public static final String ORD_EXPECTED_STRING = "ord() expected string of length 1, but %s found";
    public static final String UNHASHABLE_TYPE = "unhashable type: '%s'";
    public static final String ZERO_TO_NEGATIVE_POWER = "0.0 cannot be raised to a negative power";
    public static final String NEGATIVE_SHIFT_COUNT = "negative shift count";
    public static final String TOO_MANY_DIGITS = "too many digits in integer";
    public static final String CANNOT_FIT_INTO_INDEX = "cannot fit '%s' into an index-sized integer";
    public static final String REPEATED_STRING_TOO_LONG = "repeated string is too long";
    public static final String INT_TOO_LARGE_TO_CONVERT_TO_FLOAT = "int too large to convert to float";
    public static final String OBJECT_NOT_CALLABLE = "'%s' object is not callable";
    public static final String OBJECT_HAS_NO_LEN = "object of type '%s' has no len()";
    public static final String OBJECT_NOT_ITERABLE = "'%s' object is not iterable";
    public static final String OBJECT_HAS_NO_ATTRIBUTE = "'%s' object has no attribute '%s'";
    public static final String MODULE_HAS_NO_ATTRIBUTE = "module '%s' has no attribute '%s'";
    public static final String TYPE_HAS_NO_ATTRIBUTE = "type object '%s' has no attribute '%s'";
    public static final String MUST_BE_STR_NOT = "%s() argument %d must be str, not %s";
    public static final String MUST_BE_STR = "must be str, not %s";
    public static final String SLICE_INDICES_MUST_BE_INTEGERS = "slice indices must be integers or None or have an __index__ method";
    public static final String INTEGER_EXPECTED = "'%s' object cannot be interpreted as an integer";
    public static final String FILL_CHARACTER_LENGTH = "The fill character must be exactly one character long";
    public static final String FILL_CHARACTER_TYPE = "The fill character must be a unicode character, not %s";
    public static final String RECURSION_LIMIT_TOO_SMALL = "recursion limit must be greater or equal than 1";
    public static final String BAD_ARGUMENT_TYPE = "bad argument type for built-in operation %s()";
    public static final String NO_MODULE_NAMED = "No module named '%s'";
    public static final String CANNOT_IMPORT_NAME = "cannot import name '%s' from '%s' (%s)";
    public static final String CANNOT_IMPORT_NAME_CIRCULAR = "cannot import name '%s' from partially initialized module "
                    + "'%s' (most likely due to a circular import) (%s)";
    public static final String CANNOT_IMPORT_NAME_UNKNOWN_MODULE = "cannot import name '%s' from '<unknown module name>' "
                    + "(unknown location)";
    public static final String NOT_A_PACKAGE = "No module named '%s'; '%s' is not a package";
    public static final String IMPORT_HALTED = "import of %s halted; None in sys.modules";
    public static final String NO_KNOWN_PARENT_PACKAGE = "attempted relative import with no known parent package";
    public static final String BEYOND_TOP_LEVEL_PACKAGE = "attempted relative import beyond top-level package";
    public static final String PACKAGE_NOT_STRING = "package must be a string";
    public static final String EMPTY_MODULE_NAME = "Empty module name";
    public static final String ALL_ITEM_NOT_STR = "Item in %s.__all__ must be str, not %s";
    public static final String MODULE_NAME_MUST_BE_STR = "module name must be str, not %s";
    public static final String LEVEL_NEGATIVE = "level must be >= 0";
    public static final String ARGUMENT_NOT_ITERABLE = "argument of type '%s' is not iterable";
    public static final String IN_STRING_REQUIRES_STRING = "'in <string>' requires string as left operand, not %s";

    public static final String TAKES_EXACTLY_ONE_ARGUMENT = "%s() takes exactly one argument (%d given)";
    public static final String TAKES_AT_MOST_ARGUMENTS = "%s() takes at most %d arguments (%d given)";
    public static final String TAKES_NO_ARGUMENTS = "%s() takes no arguments (%d given)";
    public static final String TAKES_NO_KEYWORD_ARGUMENTS = "%s() takes no keyword arguments";
    public static final String MISSING_REQUIRED_ARGUMENT = "%s() missing required argument '%s' (pos %d)";
    public static final String UNEXPECTED_KEYWORD_ARGUMENT = "%s() got an unexpected keyword argument '%s'";
    public static final String MULTIPLE_VALUES_FOR_ARGUMENT = "argument for %s() given by name ('%s') and position (%d)";
    public static final String TAKES_POSITIONAL_ARGUMENTS = "%s() takes %s positional argument%s but %s %s given";
    public static final String MISSING_REQUIRED_POSITIONAL = "%s() missing %d required positional argument%s: %s";
    public static final String GOT_MULTIPLE_VALUES = "%s() got multiple values for argument '%s'";
    public static final String POSITIONAL_ONLY_AS_KEYWORD = "%s() got some positional-only arguments passed as keyword arguments: '%s'";
    public static final String MISSING_REQUIRED_ARGUMENTS_OF_KIND = "%s() missing %d required %s argument%s: %s";
    public static final String FREE_VARIABLE_UNBOUND = "cannot access free variable '%s' where it is not associated with a value in enclosing scope";
    public static final String ARGUMENT_AFTER_STAR = "%s argument after * must be an iterable, not %s";
    public static final String ARGUMENT_AFTER_STAR_STAR = "%s argument after ** must be a mapping, not %s";
    public static final String KEYWORDS_MUST_BE_STRINGS = "keywords must be strings";
    public static final String MULTIPLE_VALUES_FOR_KEYWORD = "%s got multiple values for keyword argument '%s'";
    public static final String CELL_IS_EMPTY = "Cell is empty";
    public static final String UNBOUND_LOCAL = "cannot access local variable '%s' where it is not associated with a value";
    public static final String EXCEPTIONS_MUST_DERIVE_FROM_BASE_EXCEPTION = "exceptions must derive from BaseException";
    public static final String CATCHING_NON_EXCEPTION =
                    "catching classes that do not inherit from BaseException is not allowed";
    public static final String NO_ACTIVE_EXCEPTION = "No active exception to reraise";
    public static final String MAXIMUM_RECURSION = "maximum recursion depth exceeded";
    public static final String EXPECTED_AT_LEAST_ONE_ARGUMENT = "%s expected at least 1 argument, got 0";
    public static final String ARG_IS_EMPTY_SEQUENCE = "%s() iterable argument is empty";
    public static final String TYPE_TAKES_1_OR_3_ARGUMENTS = "type() takes 1 or 3 arguments";
    public static final String ISINSTANCE_ARG_2_MUST_BE_TYPE =
                    "isinstance() arg 2 must be a type, a tuple of types, or a union";
    public static final String MUST_BE_STR_OR_NONE = "%s must be None or a string, not %s";

    public static final String INVALID_LITERAL_FOR_INT = "invalid literal for int() with base %d: %s";
    public static final String INT_BASE_RANGE = "int() base must be >= 2 and <= 36, or 0";
    public static final String INT_CANT_CONVERT_NON_STRING_WITH_BASE = "int() can't convert non-string with explicit base";
    public static final String INT_ARG_MUST_BE = "int() argument must be a string, a bytes-like object or a real number, not '%s'";
    public static final String FLOAT_ARG_MUST_BE = "float() argument must be a string or a real number, not '%s'";
    public static final String COULD_NOT_CONVERT_STRING_TO_FLOAT = "could not convert string to float: %s";
    public static final String CANNOT_CONVERT_FLOAT_NAN_TO_INTEGER = "cannot convert float NaN to integer";
    public static final String CANNOT_CONVERT_FLOAT_INFINITY_TO_INTEGER = "cannot convert float infinity to integer";
    public static final String BAD_ARGUMENT_TYPE_FOR_ABS = "bad operand type for abs(): '%s'";

    public static final String NOT_ENOUGH_VALUES_TO_UNPACK = "not enough values to unpack (expected %d, got %d)";
    public static final String NOT_ENOUGH_VALUES_TO_UNPACK_AT_LEAST =
                    "not enough values to unpack (expected at least %d, got %d)";
    public static final String TOO_MANY_VALUES_TO_UNPACK = "too many values to unpack (expected %d)";
    public static final String CANNOT_UNPACK_NON_ITERABLE = "cannot unpack non-iterable %s object";

    public static final String EXCEPTION_CAUSES_MUST_DERIVE = "exception causes must derive from BaseException";
    public static final String SHOULD_HAVE_RETURNED_AN_EXCEPTION =
                    "calling %s should have returned an instance of BaseException, not %s";

    public static final String NOTE_MUST_BE_STR = "note must be a str, not '%s'";

    public static final String NOT_A_CONTEXT_MANAGER = "'%s' object does not support the context manager protocol";
    public static final String NOT_A_CONTEXT_MANAGER_MISSED_EXIT =
                    "'%s' object does not support the context manager protocol (missed __exit__ method)";

    public static final String NOT_SUPPORTED_YET = "Taipan does not support %s yet";
}
