package taipan.runtime.function;

/**
 * What a code object tells about itself ({@code co_name}, {@code co_varnames}, ...): fixed at translation, shared by
 * every function object made from the same {@code def}.
 */
public record CodeInfo(String name, String qualname, String filename, int firstLineNumber, String[] varnames,
                String[] cellvars, String[] freevars, int argcount, int posonlyargcount, int kwonlyargcount,
                int flags, String doc) {

    /** {@code co_flags} bits, as CPython's {@code inspect.CO_*}. */
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
}
