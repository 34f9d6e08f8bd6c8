package taipan.runtime.function;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * The parameters of a callable, as call sites bind arguments to them. Bound arguments are laid out as: the
 * positional-or-keyword parameters, then the {@code *args} tuple if any, then the keyword-only parameters.
 */
public final class Signature {

    private final String name;
    @CompilationFinal(dimensions = 1) private final String[] parameterNames;
    private final int minPositional;
    private final boolean positionalOnly;
    private final boolean varArgs;
    @CompilationFinal(dimensions = 1) private final String[] keywordOnlyNames;
    private final boolean builtin;

    /**
     * @param positionalOnly whether {@code parameterNames} can be passed by position only (most C builtins)
     */
    public Signature(String name, String[] parameterNames, int minPositional, boolean positionalOnly, boolean varArgs,
                    String[] keywordOnlyNames) {
        this(name, parameterNames, minPositional, positionalOnly, varArgs, keywordOnlyNames, true);
    }

    /** @param builtin whether argument errors use the wording of C functions or of Python functions */
    public Signature(String name, String[] parameterNames, int minPositional, boolean positionalOnly, boolean varArgs,
                    String[] keywordOnlyNames, boolean builtin) {
        this.builtin = builtin;
        this.name = name;
        this.parameterNames = parameterNames;
        this.minPositional = minPositional;
        this.positionalOnly = positionalOnly;
        this.varArgs = varArgs;
        this.keywordOnlyNames = keywordOnlyNames;
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

    public boolean isPositionalOnly() {
        return positionalOnly;
    }

    public boolean takesVarArgs() {
        return varArgs;
    }

    public String[] getKeywordOnlyNames() {
        return keywordOnlyNames;
    }

    /** Length of the bound argument array. */
    public int getBoundLength() {
        return parameterNames.length + (varArgs ? 1 : 0) + keywordOnlyNames.length;
    }

    /**
     * Index in the bound argument array that a keyword argument {@code kw} goes to, or -1 if no parameter takes it
     * by keyword.
     */
    public int keywordIndex(String kw) {
        if (!positionalOnly) {
            for (int i = 0; i < parameterNames.length; i++) {
                if (parameterNames[i].equals(kw)) {
                    return i;
                }
            }
        }
        int base = parameterNames.length + (varArgs ? 1 : 0);
        for (int i = 0; i < keywordOnlyNames.length; i++) {
            if (keywordOnlyNames[i].equals(kw)) {
                return base + i;
            }
        }
        return -1;
    }
}
