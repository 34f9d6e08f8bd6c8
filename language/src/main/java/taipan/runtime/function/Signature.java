package taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a callable, as call sites bind arguments to them. Bound arguments are laid out as: the
 * positional parameters (positional-only ones first), then the {@code *args} tuple if any, then the keyword-only
 * parameters, then the {@code **kwargs} dict if any.
 */
public final class Signature {

    /** {@link #keywordIndex}: no parameter has this name. */
    public static final int NO_PARAMETER = -1;
    /** {@link #keywordIndex}: the name of a positional-only parameter. */
    public static final int POSITIONAL_ONLY_NAME = -2;

    /** The name errors use: a Python function's {@code __qualname__}, a builtin's name. */
    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] parameterNames;
    private final int minPositional;
    private final int positionalOnlyCount;
    private final boolean varArgs;
    @CompilationFinal(dimensions = 1) private final String[] keywordOnlyNames;
    private final boolean varKeywords;
    private final boolean builtin;
    /** A built-in method: its first parameter is the receiver, which argument-count messages do not count. */
    private final boolean method;
    /** A built-in method's {@code __qualname__} ({@code list.append}); the name for anything else. */
    private final String qualifiedName;
    /** A slot wrapper's class ({@code int} for {@code int.__add__}) when it is not object's; else null. */
    private final taipan.runtime.type.BuiltinType slotOwner;
    /** Whether this is a slot wrapper of a built-in class ({@link SlotDefs}). */
    private final boolean slotWrapper;
    /** The built-in class a method belongs to ({@code __objclass__}) where known, else null. */
    private final taipan.runtime.type.BuiltinType ownerType;

    /**
     * A built-in function's signature.
     *
     * @param positionalOnly whether {@code parameterNames} can be passed by position only (most C builtins)
     */
    public Signature(String name, String[] parameterNames, int minPositional, boolean positionalOnly, boolean varArgs,
                    String[] keywordOnlyNames) {
        this(name, parameterNames, minPositional, positionalOnly ? parameterNames.length : 0, varArgs,
                        keywordOnlyNames, false, true);
    }

    /** @param builtin whether argument errors use the wording of C functions or of Python functions */
    public Signature(String name, String[] parameterNames, int minPositional, boolean positionalOnly, boolean varArgs,
                    String[] keywordOnlyNames, boolean builtin) {
        this(name, parameterNames, minPositional, positionalOnly ? parameterNames.length : 0, varArgs,
                        keywordOnlyNames, false, builtin);
    }

    public Signature(String name, String[] parameterNames, int minPositional, int positionalOnlyCount,
                    boolean varArgs, String[] keywordOnlyNames, boolean varKeywords, boolean builtin) {
        this(name, parameterNames, minPositional, positionalOnlyCount, varArgs, keywordOnlyNames, varKeywords, builtin,
                        false, name, null);
    }

    private Signature(String name, String[] parameterNames, int minPositional, int positionalOnlyCount,
                    boolean varArgs, String[] keywordOnlyNames, boolean varKeywords, boolean builtin, boolean method,
                    String qualifiedName, taipan.runtime.type.BuiltinType ownerType) {
        this.method = method;
        this.qualifiedName = qualifiedName;
        this.slotWrapper = method && builtin && !qualifiedName.equals(name) && SlotDefs.isSlotWrapper(name, qualifiedName);
        this.ownerType = ownerType;
        this.slotOwner = slotWrapper && ownerType != taipan.runtime.type.BuiltinType.OBJECT ? ownerType : null;
        this.builtin = builtin;
        this.name = name;
        this.parameterNames = parameterNames;
        this.minPositional = minPositional;
        this.positionalOnlyCount = positionalOnlyCount;
        this.varArgs = varArgs;
        this.keywordOnlyNames = keywordOnlyNames;
        this.varKeywords = varKeywords;
    }

    /** A Python function's signature: which parameters are required depends on its (mutable) defaults. */
    public static Signature forFunction(String qualname, String[] parameterNames, int positionalOnlyCount,
                    boolean varArgs, String[] keywordOnlyNames, boolean varKeywords) {
        return new Signature(qualname, parameterNames, parameterNames.length, positionalOnlyCount, varArgs,
                        keywordOnlyNames, varKeywords, false);
    }

    /** This signature as a built-in method's, whose first parameter is the receiver. */
    public Signature asMethod() {
        return new Signature(name, parameterNames, minPositional, positionalOnlyCount, varArgs, keywordOnlyNames,
                        varKeywords, builtin, true, qualifiedName, null);
    }

    /** This signature as the method of the class named {@code owner}: its qualified name is {@code owner.name}. */
    public Signature asMethodOf(String owner) {
        return new Signature(name, parameterNames, minPositional, positionalOnlyCount, varArgs, keywordOnlyNames,
                        varKeywords, builtin, true, owner + "." + name, null);
    }

    /** This signature as the method of the built-in class {@code type} (named {@code owner}). */
    public Signature asMethodOf(taipan.runtime.type.BuiltinType type, String owner) {
        return new Signature(name, parameterNames, minPositional, positionalOnlyCount, varArgs, keywordOnlyNames,
                        varKeywords, builtin, true, owner + "." + name, type);
    }

    /** Whether this is a slot wrapper of a built-in class ({@code int.__add__}: CPython's wrapper_descriptor). */
    public boolean isSlotWrapper() {
        return slotWrapper;
    }

    /**
     * The class a slot wrapper's receiver must be an instance of, checked on each call as CPython's
     * {@code wrapperdescr_call} does; null for every other signature (and object's wrappers, which take anything).
     */
    public taipan.runtime.type.BuiltinType getSlotOwner() {
        return slotOwner;
    }

    /** The built-in class of a method ({@code __objclass__}), or null when not known. */
    public taipan.runtime.type.BuiltinType getOwnerType() {
        return ownerType;
    }

    /** {@code __qualname__} of a built-in: {@code list.append} for a method, the bare name otherwise. */
    public String getQualifiedName() {
        return qualifiedName;
    }

    public boolean isMethod() {
        return method;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public String getName() {
        return name;
    }

    public String[] getParameterNames() {
        return parameterNames;
    }

    public int getMinPositional() {
        return minPositional;
    }

    /** Every positional parameter is positional-only. */
    public boolean isPositionalOnly() {
        return positionalOnlyCount == parameterNames.length;
    }

    public int getPositionalOnlyCount() {
        return positionalOnlyCount;
    }

    public boolean takesVarArgs() {
        return varArgs;
    }

    public boolean takesVarKeywords() {
        return varKeywords;
    }

    public String[] getKeywordOnlyNames() {
        return keywordOnlyNames;
    }

    /** Index of the first keyword-only parameter in the bound arguments. */
    public int getKeywordOnlyStart() {
        return parameterNames.length + (varArgs ? 1 : 0);
    }

    /** Index of the {@code **kwargs} dict in the bound arguments (valid when {@link #takesVarKeywords()}). */
    public int getVarKeywordsIndex() {
        return getKeywordOnlyStart() + keywordOnlyNames.length;
    }

    /** Length of the bound argument array. */
    public int getBoundLength() {
        return getVarKeywordsIndex() + (varKeywords ? 1 : 0);
    }

    /**
     * Index in the bound argument array that a keyword argument {@code kw} goes to, {@link #NO_PARAMETER}, or
     * {@link #POSITIONAL_ONLY_NAME} when it names a positional-only parameter.
     */
    public int keywordIndex(String kw) {
        for (int i = 0; i < parameterNames.length; i++) {
            if (parameterNames[i].equals(kw)) {
                return i < positionalOnlyCount ? POSITIONAL_ONLY_NAME : i;
            }
        }
        int base = getKeywordOnlyStart();
        for (int i = 0; i < keywordOnlyNames.length; i++) {
            if (keywordOnlyNames[i].equals(kw)) {
                return base + i;
            }
        }
        return NO_PARAMETER;
    }
}
