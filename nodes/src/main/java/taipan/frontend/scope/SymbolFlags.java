package taipan.frontend.scope;

/** The flag bits CPython's symtable records per name (Include/internal/pycore_symtable.h, 3.13 values). */
public final class SymbolFlags {

    private SymbolFlags() {
    }

    /** {@code global} statement. */
    public static final int DEF_GLOBAL = 1;
    /** Bound by assignment in the block. */
    public static final int DEF_LOCAL = 2;
    /** A formal parameter. */
    public static final int DEF_PARAM = 4;
    /** {@code nonlocal} statement. */
    public static final int DEF_NONLOCAL = 8;
    /** Read in the block. */
    public static final int USE = 16;
    /** Free in a method of a class that also binds it. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 128;
    /** Annotated ({@code x: int}). */
    public static final int DEF_ANNOT = 256;
    /** A comprehension iteration variable. */
    public static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter. */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A cell inside an inlined comprehension. */
    public static final int DEF_COMP_CELL = 2048;

    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** The scope ({@link NameScope#code()}) is stored above this bit. */
    public static final int SCOPE_OFFSET = 12;
    static final int FLAGS_MASK = (1 << SCOPE_OFFSET) - 1;
}
