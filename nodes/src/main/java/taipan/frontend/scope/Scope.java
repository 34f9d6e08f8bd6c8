package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    final List<Scope> inlined = new ArrayList<>();
    Scope parent;
    /** Names stored other than by a value-less annotation ({@code x: int}), which compiles to no store. */
    final Set<String> stored = new HashSet<>();
    Set<String> mangledNames;
    boolean inlinedInClass;

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
        Set<String> loc = new LinkedHashSet<>(varnames);
        Set<String> cells = new TreeSet<>();
        Set<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            String ident = e.getKey();
            int flags = e.getValue();
            NameScope s = scopeOf(flags);
            if (type.isFunctionLike() && s == NameScope.LOCAL && !isAnnotationOnly(ident, flags)) {
                loc.add(ident);
            }
            if (s == NameScope.CELL || (flags & SymbolFlags.DEF_COMP_CELL) != 0) {
                cells.add(ident);
            }
            if (s == NameScope.FREE || (flags & SymbolFlags.DEF_FREE_CLASS) != 0) {
                frees.add(ident);
            }
        }
        addIsolated(this, loc);
        if (needsClassClosure) {
            cells.add("__class__");
        }
        if (needsClassdict) {
            cells.add("__classdict__");
        }
        locals = List.copyOf(loc);
        cellvars = List.copyOf(cells);
        freevars = List.copyOf(frees);
    }

    /** {@code x: int} with no value, never read: CPython's compiler emits nothing for it, so it gets no slot. */
    private boolean isAnnotationOnly(String ident, int flags) {
        int f = flags & SymbolFlags.FLAGS_MASK;
        return (f & SymbolFlags.DEF_ANNOT) != 0 && (f & (SymbolFlags.USE | SymbolFlags.DEF_PARAM)) == 0
                        && !stored.contains(ident);
    }

    private static void addIsolated(Scope host, Set<String> loc) {
        for (Scope comp : host.inlined) {
            loc.addAll(comp.isolatedNames());
            addIsolated(comp, loc);
        }
    }

    private static NameScope scopeOf(int flags) {
        int code = flags >> SymbolFlags.SCOPE_OFFSET;
        return code == 0 ? null : NameScope.of(code);
    }

    public String name() {
        return name;
    }

    /** The lexically enclosing scope (for an inlined comprehension, the one it is inlined into); null for the module. */
    public Scope parent() {
        return parent;
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

    /**
     * The frame's fast locals, as the names of CPython's {@code co_varnames}: the parameters first, then (in
     * function-like scopes) the other local names that are not cells, then the names inlined comprehensions save
     * and restore around themselves ({@link #isolatedNames()}), which class and module bodies keep in slots too.
     */
    public List<String> locals() {
        return locals;
    }

    /** The comprehensions compiled inline in this scope's code (PEP 709), in source order. */
    public List<Scope> inlinedComprehensions() {
        return Collections.unmodifiableList(inlined);
    }

    /**
     * For an inlined comprehension: the names it binds that must not leak into, or clobber, the enclosing scope;
     * CPython saves them before the comprehension and restores them after ({@code LOAD_FAST_AND_CLEAR}). In a class
     * body every name of the comprehension is isolated, including its {@code .0} iterator.
     */
    public List<String> isolatedNames() {
        List<String> r = new ArrayList<>();
        if (!compInlined) {
            return r;
        }
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            boolean local = (flags & SymbolFlags.DEF_LOCAL) != 0 && (flags & SymbolFlags.DEF_NONLOCAL) == 0;
            if (local || inlinedInClass) {
                r.add(e.getKey());
            }
        }
        return r;
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
