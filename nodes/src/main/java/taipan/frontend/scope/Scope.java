package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import taipan.frontend.ast.Span;

/**
 * One symbol-table block (CPython's {@code PySTEntryObject}): the names of a module, class, function, lambda,
 * comprehension or PEP 695 scope and what each one is. Built and analysed inside this package; read-only once
 * {@link ScopeAnalyzer} returns it.
 */
public final class Scope {

    /** Where a {@code global}/{@code nonlocal} name was declared, for error locations. */
    record Directive(String name, Span span) {
    }

    final String name;
    final BlockType type;
    final Object key;
    final int lineno;
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    Set<String> mangledNames;
    Scope annotationBlock;

    boolean nested;
    boolean generator;
    boolean coroutine;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean needsClassdict;
    boolean compInlined;
    boolean compIterTarget;
    boolean canSeeClassScope;
    boolean varargs;
    boolean varkeywords;
    int compIterExpr;
    ComprehensionType comprehension = ComprehensionType.NONE;
    String scopeInfo;

    private List<String> locals;
    private List<String> cellvars;
    private List<String> freevars;

    Scope(String name, BlockType type, Object key, int lineno) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
    }

    /** Fixes the derived name lists once analysis is done; CPython orders cell and free variables by name. */
    void freeze() {
        List<String> loc = new ArrayList<>(varnames);
        Set<String> cells = new TreeSet<>();
        Set<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            NameScope s = scopeOf(e.getValue());
            int flags = e.getValue();
            if ((s == NameScope.LOCAL || s == NameScope.CELL) && !varnames.contains(e.getKey())) {
                loc.add(e.getKey());
            }
            if (s == NameScope.CELL || (flags & SymbolFlags.DEF_COMP_CELL) != 0) {
                cells.add(e.getKey());
            }
            if (s == NameScope.FREE || (flags & SymbolFlags.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        if (needsClassClosure) {
            cells.add("__class__");
        }
        if (needsClassdict) {
            cells.add("__classdict__");
        }
        locals = Collections.unmodifiableList(loc);
        cellvars = List.copyOf(cells);
        freevars = List.copyOf(frees);
    }

    private static NameScope scopeOf(int flags) {
        int code = flags >> SymbolFlags.SCOPE_OFFSET;
        return code == 0 ? null : NameScope.of(code);
    }

    public String name() {
        return name;
    }

    public BlockType type() {
        return type;
    }

    /** The AST node (or type-parameter list) this scope belongs to; null for the module. */
    public Object key() {
        return key;
    }

    public int lineno() {
        return lineno;
    }

    /** Nested inside a function-like scope. */
    public boolean isNested() {
        return nested;
    }

    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def}, an async comprehension, or a scope containing {@code await}. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** A class whose methods use {@code __class__} or {@code super()}: the class body creates a {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class whose annotation scopes read the class namespace: the body creates a {@code __classdict__} cell. */
    public boolean needsClassdict() {
        return needsClassdict;
    }

    /** A list, set or dict comprehension compiled inline in its enclosing scope (PEP 709). */
    public boolean isComprehensionInlined() {
        return compInlined;
    }

    /** A PEP 695 scope directly inside a class: free names are looked up in {@code __classdict__} first. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public ComprehensionType comprehensionType() {
        return comprehension;
    }

    /** The child scopes as CPython's symtable lists them (inlined comprehensions replaced by their children). */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** The parameters in order, including {@code *args}/{@code **kwargs} and a comprehension's {@code .0}. */
    public List<String> parameters() {
        return Collections.unmodifiableList(varnames);
    }

    /** Every name the block mentions, in first-mention order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(symbols.keySet());
    }

    /** The raw CPython flag word ({@link SymbolFlags} bits plus the scope above {@link SymbolFlags#SCOPE_OFFSET}). */
    public int flags(String ident) {
        Integer f = symbols.get(ident);
        return f == null ? 0 : f;
    }

    /** The scope of a name mentioned in this block, or null. */
    public NameScope scope(String ident) {
        Integer f = symbols.get(ident);
        return f == null ? null : scopeOf(f);
    }

    /** Parameters first, then the other names stored locally (frame slots or cells), in first-binding order. */
    public List<String> locals() {
        return locals;
    }

    /** Names stored in cells created by this scope, sorted as CPython's {@code co_cellvars}. */
    public List<String> cellvars() {
        return cellvars;
    }

    /** Names received through the closure, sorted as CPython's {@code co_freevars}. */
    public List<String> freevars() {
        return freevars;
    }

    @Override
    public String toString() {
        return "<scope " + type + " " + name + ", line " + lineno + ">";
    }
}
