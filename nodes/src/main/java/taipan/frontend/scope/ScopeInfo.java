package taipan.frontend.scope;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import taipan.frontend.ast.TypeParam;

/**
 * The result of scope analysis: the module's {@link Scope} and, by AST node identity (records compare by value, so
 * equal-looking nodes must not share a scope), the scope of every function, class, lambda, comprehension, type
 * alias and PEP 695 block.
 */
public final class ScopeInfo {

    private final Scope module;
    private final Map<Object, Scope> blocks;
    private final Map<TypeParam, Scope> typeParamDefaults;

    ScopeInfo(Scope module, IdentityHashMap<Object, Scope> blocks, IdentityHashMap<TypeParam, Scope> defaults) {
        this.module = module;
        this.blocks = Collections.unmodifiableMap(blocks);
        this.typeParamDefaults = Collections.unmodifiableMap(defaults);
        for (Scope s : blocks.values()) {
            s.freeze();
        }
        for (Scope s : defaults.values()) {
            s.freeze();
        }
    }

    /** The top-level scope (CPython's {@code top}). */
    public Scope module() {
        return module;
    }

    /**
     * The scope of {@code node}: a {@code FunctionDef}, {@code ClassDef} or {@code TypeAlias} statement, a
     * {@code Lambda} or comprehension expression, a function's/class's/alias's non-empty {@code typeParams} list
     * (the PEP 695 type-parameters block), or a {@code TypeVar} whose bound/constraints get their own block.
     * With {@code from __future__ import annotations}, annotation blocks are keyed by the annotation expression or,
     * for a function's parameter annotations, by its {@code FunctionDef}'s {@code Arguments}.
     *
     * @return the scope, or null if the node opens none
     */
    public Scope scopeOf(Object node) {
        return blocks.get(node);
    }

    /** The block evaluating a type parameter's PEP 696 default, or null. */
    public Scope defaultScopeOf(TypeParam param) {
        return typeParamDefaults.get(param);
    }
}
