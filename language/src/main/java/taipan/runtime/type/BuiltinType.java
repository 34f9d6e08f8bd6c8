package taipan.runtime.type;

/**
 * Every built-in class, with its Python name and base. The language creates one {@link PythonClass} per entry; the
 * order matters only in that a base comes before its subclasses.
 */
public enum BuiltinType {
    OBJECT("object", null),
    TYPE("type", OBJECT),
    NONE_TYPE("NoneType", OBJECT),
    INT("int", OBJECT),
    BOOL("bool", INT),
    FLOAT("float", OBJECT),
    STR("str", OBJECT),
    TUPLE("tuple", OBJECT),
    LIST("list", OBJECT),
    DICT("dict", OBJECT),
    RANGE("range", OBJECT),
    SET("set", OBJECT),
    FROZENSET("frozenset", OBJECT),
    SLICE("slice", OBJECT),
    DICT_KEYS("dict_keys", OBJECT),
    DICT_VALUES("dict_values", OBJECT),
    DICT_ITEMS("dict_items", OBJECT),
    DICT_KEY_ITERATOR("dict_keyiterator", OBJECT),
    DICT_VALUE_ITERATOR("dict_valueiterator", OBJECT),
    DICT_ITEM_ITERATOR("dict_itemiterator", OBJECT),
    DICT_REVERSE_KEY_ITERATOR("dict_reversekeyiterator", OBJECT),
    SET_ITERATOR("set_iterator", OBJECT),
    LIST_REVERSE_ITERATOR("list_reverseiterator", OBJECT),
    RANGE_ITERATOR("range_iterator", OBJECT),
    TUPLE_ITERATOR("tuple_iterator", OBJECT),
    LIST_ITERATOR("list_iterator", OBJECT),
    STR_ITERATOR("str_ascii_iterator", OBJECT),
    BYTES("bytes", OBJECT),
    BYTEARRAY("bytearray", OBJECT),
    BYTES_ITERATOR("bytes_iterator", OBJECT),
    BYTEARRAY_ITERATOR("bytearray_iterator", OBJECT),
    MODULE("module", OBJECT),
    BUILTIN_FUNCTION("builtin_function_or_method", OBJECT),
    FUNCTION("function", OBJECT),
    SIMPLE_NAMESPACE("SimpleNamespace", OBJECT),

    BASE_EXCEPTION("BaseException", OBJECT),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    SYNTAX_ERROR("SyntaxError", EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR),
    TAB_ERROR("TabError", INDENTATION_ERROR),
    SYSTEM_ERROR("SystemError", EXCEPTION),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR),
    UNICODE_ENCODE_ERROR("UnicodeEncodeError", UNICODE_ERROR),
    UNICODE_DECODE_ERROR("UnicodeDecodeError", UNICODE_ERROR),
    IMPORT_ERROR("ImportError", EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR);

    private final String pythonName;
    private final BuiltinType base;

    BuiltinType(String pythonName, BuiltinType base) {
        this.pythonName = pythonName;
        this.base = base;
    }

    public String getPythonName() {
        return pythonName;
    }

    public BuiltinType getBase() {
        return base;
    }

    public boolean isException() {
        for (BuiltinType t = this; t != null; t = t.base) {
            if (t == BASE_EXCEPTION) {
                return true;
            }
        }
        return false;
    }
}
