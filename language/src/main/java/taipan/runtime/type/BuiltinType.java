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
    COMPLEX("complex", OBJECT),
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
    METHOD_DESCRIPTOR("method_descriptor", OBJECT),
    CLASSMETHOD_DESCRIPTOR("classmethod_descriptor", OBJECT),
    WRAPPER_DESCRIPTOR("wrapper_descriptor", OBJECT),
    METHOD_WRAPPER("method-wrapper", OBJECT),
    FUNCTION("function", OBJECT),
    CELL("cell", OBJECT),
    CODE("code", OBJECT),
    SIMPLE_NAMESPACE("SimpleNamespace", OBJECT),
    ENUMERATE("enumerate", OBJECT),
    ZIP("zip", OBJECT),
    MAP("map", OBJECT),
    FILTER("filter", OBJECT),
    REVERSED("reversed", OBJECT),
    CALLABLE_ITERATOR("callable_iterator", OBJECT),
    STRUCT_TIME("struct_time", TUPLE, "time"),
    STAT_RESULT("stat_result", TUPLE, "os", "posix"),
    TERMINAL_SIZE("terminal_size", TUPLE, "os", "posix"),
    DIR_ENTRY("DirEntry", OBJECT, "posix"),
    SCANDIR_ITERATOR("ScandirIterator", OBJECT, "posix"),
    GENERATOR("generator", OBJECT),
    COROUTINE("coroutine", OBJECT),
    ASYNC_GENERATOR("async_generator", OBJECT),
    COROUTINE_WRAPPER("coroutine_wrapper", OBJECT),
    ASYNC_GENERATOR_ASEND("async_generator_asend", OBJECT),
    ASYNC_GENERATOR_ATHROW("async_generator_athrow", OBJECT),
    ANEXT_AWAITABLE("anext_awaitable", OBJECT),
    FRAME("frame", OBJECT),
    FRAME_LOCALS_PROXY("FrameLocalsProxy", OBJECT),
    TRACEBACK("traceback", OBJECT),
    NOT_IMPLEMENTED_TYPE("NotImplementedType", OBJECT),
    ELLIPSIS_TYPE("ellipsis", OBJECT),
    METHOD("method", OBJECT),
    CLASSMETHOD("classmethod", OBJECT),
    STATICMETHOD("staticmethod", OBJECT),
    PROPERTY("property", OBJECT),
    SUPER("super", OBJECT),
    ITERATOR("iterator", OBJECT),
    LOCK("lock", OBJECT, "_thread"),
    RLOCK("RLock", OBJECT, "_thread"),
    THREAD_HANDLE("_ThreadHandle", OBJECT, "_thread"),
    THREAD_LOCAL("_local", OBJECT, "_thread"),
    CONTEXT("Context", OBJECT, "_contextvars"),
    CONTEXT_VAR("ContextVar", OBJECT, "_contextvars"),
    CONTEXT_TOKEN("Token", OBJECT, "_contextvars"),
    WEAKREF("ReferenceType", OBJECT, "weakref", "_weakref"),
    WEAKPROXY("ProxyType", OBJECT, "weakref", "_weakref"),
    WEAKCALLABLEPROXY("CallableProxyType", OBJECT, "weakref", "_weakref"),

    // _collections (Modules/_collectionsmodule.c): their __module__ is collections, as CPython's
    DEQUE("deque", OBJECT, "collections", "_collections"),
    DEQUE_ITERATOR("_deque_iterator", OBJECT, "collections", "_collections"),
    TUPLEGETTER("_tuplegetter", OBJECT, "collections", "_collections"),
    // _decimal (Modules/_decimal/_decimal.c): its classes' __module__ is decimal
    DECIMAL("Decimal", OBJECT, "decimal", "_decimal"),
    DECIMAL_CONTEXT("Context", OBJECT, "decimal", "_decimal"),
    DECIMAL_CONTEXT_MANAGER("ContextManager", OBJECT, "decimal", "_decimal"),
    DECIMAL_SIGNAL_DICT("SignalDictMixin", OBJECT, "decimal", "_decimal"),
    DEQUE_REVERSE_ITERATOR("_deque_reverse_iterator", OBJECT, "collections", "_collections"),
    IO_BASE("_IOBase", OBJECT, "_io"),
    RAW_IO_BASE("_RawIOBase", IO_BASE, "_io"),
    BUFFERED_IO_BASE("_BufferedIOBase", IO_BASE, "_io"),
    TEXT_IO_BASE("_TextIOBase", IO_BASE, "_io"),
    STRING_IO("StringIO", TEXT_IO_BASE, "_io"),
    BYTES_IO("BytesIO", BUFFERED_IO_BASE, "_io"),
    FILE_IO("FileIO", RAW_IO_BASE, "_io"),
    BUFFERED_READER("BufferedReader", BUFFERED_IO_BASE, "_io"),
    BUFFERED_WRITER("BufferedWriter", BUFFERED_IO_BASE, "_io"),
    BUFFERED_RW_PAIR("BufferedRWPair", BUFFERED_IO_BASE, "_io"),
    BUFFERED_RANDOM("BufferedRandom", BUFFERED_IO_BASE, "_io"),
    TEXT_IO_WRAPPER("TextIOWrapper", TEXT_IO_BASE, "_io"),
    INCREMENTAL_NEWLINE_DECODER("IncrementalNewlineDecoder", OBJECT, "_io"),
    DEFAULTDICT("defaultdict", DICT, "collections", "_collections"),
    // _typing (Objects/typevarobject.c): their __module__ is typing, as CPython's
    TYPE_VAR("TypeVar", OBJECT, "typing", "_typing"),
    PARAM_SPEC("ParamSpec", OBJECT, "typing", "_typing"),
    TYPE_VAR_TUPLE("TypeVarTuple", OBJECT, "typing", "_typing"),
    PARAM_SPEC_ARGS("ParamSpecArgs", OBJECT, "typing", "_typing"),
    PARAM_SPEC_KWARGS("ParamSpecKwargs", OBJECT, "typing", "_typing"),
    NO_DEFAULT_TYPE("NoDefaultType", OBJECT, "typing", "_typing"),
    TYPE_ALIAS_TYPE("TypeAliasType", OBJECT, "typing", "_typing"),
    GENERIC("Generic", OBJECT, "typing", "_typing"),

    // itertools (Modules/itertoolsmodule.c)
    ITERTOOLS_COUNT("count", OBJECT, "itertools"),
    ITERTOOLS_CYCLE("cycle", OBJECT, "itertools"),
    ITERTOOLS_REPEAT("repeat", OBJECT, "itertools"),
    ITERTOOLS_ACCUMULATE("accumulate", OBJECT, "itertools"),
    ITERTOOLS_BATCHED("batched", OBJECT, "itertools"),
    ITERTOOLS_CHAIN("chain", OBJECT, "itertools"),
    ITERTOOLS_COMPRESS("compress", OBJECT, "itertools"),
    ITERTOOLS_DROPWHILE("dropwhile", OBJECT, "itertools"),
    ITERTOOLS_FILTERFALSE("filterfalse", OBJECT, "itertools"),
    ITERTOOLS_GROUPBY("groupby", OBJECT, "itertools"),
    ITERTOOLS_GROUPER("_grouper", OBJECT, "itertools"),
    ITERTOOLS_ISLICE("islice", OBJECT, "itertools"),
    ITERTOOLS_PAIRWISE("pairwise", OBJECT, "itertools"),
    ITERTOOLS_STARMAP("starmap", OBJECT, "itertools"),
    ITERTOOLS_TAKEWHILE("takewhile", OBJECT, "itertools"),
    ITERTOOLS_TEE("_tee", OBJECT, "itertools"),
    ITERTOOLS_ZIP_LONGEST("zip_longest", OBJECT, "itertools"),
    ITERTOOLS_PRODUCT("product", OBJECT, "itertools"),
    ITERTOOLS_PERMUTATIONS("permutations", OBJECT, "itertools"),
    ITERTOOLS_COMBINATIONS("combinations", OBJECT, "itertools"),
    ITERTOOLS_COMBINATIONS_WITH_REPLACEMENT("combinations_with_replacement", OBJECT, "itertools"),
    MEMBER_DESCRIPTOR("member_descriptor", OBJECT),
    GETSET_DESCRIPTOR("getset_descriptor", OBJECT),
    UNION_TYPE("UnionType", OBJECT, "types", "builtins"),
    MAPPING_PROXY("mappingproxy", OBJECT),
    GENERIC_ALIAS("GenericAlias", OBJECT, "types", "builtins"),
    MEMORYVIEW("memoryview", OBJECT),
    MAPPINGPROXY("mappingproxy", OBJECT),

    // The exception hierarchy of CPython 3.13's Objects/exceptions.c, in the order of its documentation.
    BASE_EXCEPTION("BaseException", OBJECT),
    BASE_EXCEPTION_GROUP("BaseExceptionGroup", BASE_EXCEPTION),
    GENERATOR_EXIT("GeneratorExit", BASE_EXCEPTION),
    KEYBOARD_INTERRUPT("KeyboardInterrupt", BASE_EXCEPTION),
    SYSTEM_EXIT("SystemExit", BASE_EXCEPTION),
    EXCEPTION("Exception", BASE_EXCEPTION),
    ARITHMETIC_ERROR("ArithmeticError", EXCEPTION),
    FLOATING_POINT_ERROR("FloatingPointError", ARITHMETIC_ERROR),
    OVERFLOW_ERROR("OverflowError", ARITHMETIC_ERROR),
    ZERO_DIVISION_ERROR("ZeroDivisionError", ARITHMETIC_ERROR),
    ASSERTION_ERROR("AssertionError", EXCEPTION),
    ATTRIBUTE_ERROR("AttributeError", EXCEPTION),
    BUFFER_ERROR("BufferError", EXCEPTION),
    EOF_ERROR("EOFError", EXCEPTION),
    // CPython's ExceptionGroup also derives from Exception; a built-in class has one base here (see PythonClass).
    EXCEPTION_GROUP("ExceptionGroup", BASE_EXCEPTION_GROUP),
    IMPORT_ERROR("ImportError", EXCEPTION),
    MODULE_NOT_FOUND_ERROR("ModuleNotFoundError", IMPORT_ERROR),
    LOOKUP_ERROR("LookupError", EXCEPTION),
    INDEX_ERROR("IndexError", LOOKUP_ERROR),
    KEY_ERROR("KeyError", LOOKUP_ERROR),
    MEMORY_ERROR("MemoryError", EXCEPTION),
    NAME_ERROR("NameError", EXCEPTION),
    UNBOUND_LOCAL_ERROR("UnboundLocalError", NAME_ERROR),
    OS_ERROR("OSError", EXCEPTION),
    BLOCKING_IO_ERROR("BlockingIOError", OS_ERROR),
    CHILD_PROCESS_ERROR("ChildProcessError", OS_ERROR),
    CONNECTION_ERROR("ConnectionError", OS_ERROR),
    BROKEN_PIPE_ERROR("BrokenPipeError", CONNECTION_ERROR),
    CONNECTION_ABORTED_ERROR("ConnectionAbortedError", CONNECTION_ERROR),
    CONNECTION_REFUSED_ERROR("ConnectionRefusedError", CONNECTION_ERROR),
    CONNECTION_RESET_ERROR("ConnectionResetError", CONNECTION_ERROR),
    FILE_EXISTS_ERROR("FileExistsError", OS_ERROR),
    FILE_NOT_FOUND_ERROR("FileNotFoundError", OS_ERROR),
    INTERRUPTED_ERROR("InterruptedError", OS_ERROR),
    IS_A_DIRECTORY_ERROR("IsADirectoryError", OS_ERROR),
    NOT_A_DIRECTORY_ERROR("NotADirectoryError", OS_ERROR),
    PERMISSION_ERROR("PermissionError", OS_ERROR),
    PROCESS_LOOKUP_ERROR("ProcessLookupError", OS_ERROR),
    TIMEOUT_ERROR("TimeoutError", OS_ERROR),
    REFERENCE_ERROR("ReferenceError", EXCEPTION),
    RUNTIME_ERROR("RuntimeError", EXCEPTION),
    NOT_IMPLEMENTED_ERROR("NotImplementedError", RUNTIME_ERROR),
    PYTHON_FINALIZATION_ERROR("PythonFinalizationError", RUNTIME_ERROR),
    RECURSION_ERROR("RecursionError", RUNTIME_ERROR),
    STOP_ASYNC_ITERATION("StopAsyncIteration", EXCEPTION),
    STOP_ITERATION("StopIteration", EXCEPTION),
    SYNTAX_ERROR("SyntaxError", EXCEPTION),
    INDENTATION_ERROR("IndentationError", SYNTAX_ERROR),
    TAB_ERROR("TabError", INDENTATION_ERROR),
    INCOMPLETE_INPUT_ERROR("_IncompleteInputError", SYNTAX_ERROR),
    SYSTEM_ERROR("SystemError", EXCEPTION),
    TYPE_ERROR("TypeError", EXCEPTION),
    VALUE_ERROR("ValueError", EXCEPTION),
    UNICODE_ERROR("UnicodeError", VALUE_ERROR),
    UNICODE_DECODE_ERROR("UnicodeDecodeError", UNICODE_ERROR),
    UNICODE_ENCODE_ERROR("UnicodeEncodeError", UNICODE_ERROR),
    UNICODE_TRANSLATE_ERROR("UnicodeTranslateError", UNICODE_ERROR),
    UNSUPPORTED_OPERATION("UnsupportedOperation", OS_ERROR, "io", "_io"),
    WARNING("Warning", EXCEPTION),
    BYTES_WARNING("BytesWarning", WARNING),
    DEPRECATION_WARNING("DeprecationWarning", WARNING),
    ENCODING_WARNING("EncodingWarning", WARNING),
    FUTURE_WARNING("FutureWarning", WARNING),
    IMPORT_WARNING("ImportWarning", WARNING),
    PENDING_DEPRECATION_WARNING("PendingDeprecationWarning", WARNING),
    RESOURCE_WARNING("ResourceWarning", WARNING),
    RUNTIME_WARNING("RuntimeWarning", WARNING),
    SYNTAX_WARNING("SyntaxWarning", WARNING),
    UNICODE_WARNING("UnicodeWarning", WARNING),
    USER_WARNING("UserWarning", WARNING),

    // _sre (Modules/_sre/sre.c)
    SRE_PATTERN("Pattern", OBJECT, "re", "_sre"),
    SRE_MATCH("Match", OBJECT, "re", "_sre"),
    SRE_SCANNER("SRE_Scanner", OBJECT, "_sre"),
    SRE_TEMPLATE("SRE_Template", OBJECT, "_sre"),

    // _struct (Modules/_struct.c): after Exception, its base
    STRUCT("Struct", OBJECT, "_struct"),
    STRUCT_ERROR("error", EXCEPTION, "struct", "_struct"),

    // _queue (Modules/_queuemodule.c)
    SIMPLE_QUEUE("SimpleQueue", OBJECT, "_queue"),
    QUEUE_EMPTY("Empty", EXCEPTION, "_queue"),

    // natives of issue 6: _random, binascii, zlib, the hashes, array
    RANDOM("Random", OBJECT, "_random"),
    BINASCII_ERROR("Error", VALUE_ERROR, "binascii"),
    BINASCII_INCOMPLETE("Incomplete", EXCEPTION, "binascii"),
    ZLIB_ERROR("error", EXCEPTION, "zlib"),
    ZLIB_COMPRESS("Compress", OBJECT, "zlib"),
    CSV_ERROR("Error", EXCEPTION, "_csv"),
    CSV_DIALECT("Dialect", OBJECT, "_csv"),
    CSV_READER("Reader", OBJECT, "_csv"),
    TOKENIZER_ITER("TokenizerIter", OBJECT, "_tokenize"),
    CSV_WRITER("Writer", OBJECT, "_csv"),
    ZLIB_DECOMPRESS("Decompress", OBJECT, "zlib"),
    SOCKET("socket", OBJECT, "_socket"),
    SOCKET_GAIERROR("gaierror", OS_ERROR, "socket", "_socket"),
    SOCKET_HERROR("herror", OS_ERROR, "socket", "_socket"),
    SELECT_POLL("poll", OBJECT, "select"),
    HASH_MD5("md5", OBJECT, "_md5"),
    HASH_SHA1("sha1", OBJECT, "_sha1"),
    HASH_SHA224("SHA224Type", OBJECT, "_sha2"),
    HASH_SHA256("SHA256Type", OBJECT, "_sha2"),
    HASH_SHA384("SHA384Type", OBJECT, "_sha2"),
    HASH_SHA512("SHA512Type", OBJECT, "_sha2"),
    HASH_SHA3_224("sha3_224", OBJECT, "_sha3"),
    HASH_SHA3_256("sha3_256", OBJECT, "_sha3"),
    HASH_SHA3_384("sha3_384", OBJECT, "_sha3"),
    HASH_SHA3_512("sha3_512", OBJECT, "_sha3"),
    HASH_SHAKE_128("shake_128", OBJECT, "_sha3"),
    HASH_SHAKE_256("shake_256", OBJECT, "_sha3"),
    HASH_BLAKE2B("blake2b", OBJECT, "_blake2"),
    HASH_BLAKE2S("blake2s", OBJECT, "_blake2"),
    ARRAY("array", OBJECT, "array"),
    FOREIGN_OBJECT("ForeignObject", OBJECT, "polyglot"),
    FOREIGN_EXCEPTION("ForeignException", EXCEPTION, "polyglot"),
    HASHLIB_UNSUPPORTED_DIGESTMOD("UnsupportedDigestmodError", VALUE_ERROR, "_hashlib");

    private final String pythonName;
    private final BuiltinType base;
    private final String moduleName;
    private final String nativeModule;

    BuiltinType(String pythonName, BuiltinType base) {
        this(pythonName, base, "builtins");
    }

    /** A class that a native module defines ({@code itertools.count}): its {@code __module__} is that module. */
    BuiltinType(String pythonName, BuiltinType base, String moduleName) {
        this(pythonName, base, moduleName, moduleName);
    }

    /** A class whose {@code __module__} is not the native module that defines it ({@code _collections.deque}). */
    BuiltinType(String pythonName, BuiltinType base, String moduleName, String nativeModule) {
        this.pythonName = pythonName;
        this.base = base;
        this.moduleName = moduleName;
        this.nativeModule = nativeModule;
    }

    /** The native module whose namespace holds the class ({@code builtins} for the built-in names). */
    /** Whether Python code may set the class's attributes: CPython makes this one a heap type (PyErr_NewException). */
    public boolean isMutable() {
        return this == UNSUPPORTED_OPERATION;
    }

    public String getNativeModule() {
        return nativeModule;
    }

    /** The class's {@code __module__}: {@code builtins}, or the native module that defines it. */
    public String getModuleName() {
        return moduleName;
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
