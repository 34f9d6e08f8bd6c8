package taipan.frontend.scope;

import static taipan.frontend.scope.SymbolFlags.DEF_BOUND;
import static taipan.frontend.scope.SymbolFlags.DEF_COMP_CELL;
import static taipan.frontend.scope.SymbolFlags.DEF_FREE_CLASS;
import static taipan.frontend.scope.SymbolFlags.DEF_GLOBAL;
import static taipan.frontend.scope.SymbolFlags.DEF_NONLOCAL;
import static taipan.frontend.scope.SymbolFlags.DEF_PARAM;
import static taipan.frontend.scope.SymbolFlags.DEF_TYPE_PARAM;
import static taipan.frontend.scope.SymbolFlags.FLAGS_MASK;
import static taipan.frontend.scope.SymbolFlags.SCOPE_OFFSET;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second symtable pass (CPython's {@code analyze_block} and helpers): decides each name's {@link NameScope}
 * from the raw flags, turning captured locals into cells and inlining list/set/dict comprehensions (PEP 709).
 */
final class ScopeAnalysis {

    private static final int LOCAL = 1;
    private static final int GLOBAL_EXPLICIT = 2;
    private static final int GLOBAL_IMPLICIT = 3;
    private static final int FREE = 4;
    private static final int CELL = 5;

    private final SyntaxErrors errors;

    ScopeAnalysis(SyntaxErrors errors) {
        this.errors = errors;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                    Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams,
                    Scope classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw atDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw atDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // an annotation scope in a class sees the class namespace first, then globals
        if (classEntry != null) {
            int classFlags = classEntry.flags(name) & FLAGS_MASK;
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private RuntimeException atDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(d.span(), msg);
            }
        }
        throw new IllegalStateException("no directive recorded for " + name);
    }

    private static boolean isFreeInAnyChild(Scope entry, String key) {
        for (Scope child : entry.children) {
            if (child.flags(key) >> SCOPE_OFFSET == FREE) {
                return true;
            }
        }
        return false;
    }

    private static void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopes, Set<String> compFree,
                    Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue; // the .0 parameter
            }
            int scope = (compFlags >> SCOPE_OFFSET) & 15;
            int onlyFlags = compFlags & FLAGS_MASK;
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            // __class__ never becomes free through a class scope (see dropClassFree)
            if (scope == FREE && ste.type == BlockType.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.type != BlockType.CLASS && !isFreeInAnyChild(comp, k)) {
                // a free name of the comprehension that is local outside is simply local once inlined
                compFree.remove(k);
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassdict = true;
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                    Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            Integer scope = scopes.get(e.getKey());
            e.setValue(flags | (scope << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = symbols.get(name);
            if (v != null) {
                // a method's free variable that the class also binds
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                    Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();
        boolean isClass = ste.type == BlockType.CLASS;
        // class bindings are invisible to nested functions, so children see only what encloses the class
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (!isClass) {
            if (ste.type.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }
        analyzeChildren(ste, scopes, newBound, newFree, newGlobal, typeParams, classEntry, inlinedCells);
        if (ste.type.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (isClass) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, isClass || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeChildren(Scope ste, Map<String, Integer> scopes, Set<String> newBound, Set<String> newFree,
                    Set<String> newGlobal, Set<String> typeParams, Scope classEntry, Set<String> inlinedCells) {
        for (Scope entry : List.copyOf(ste.children)) {
            Scope newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            // every comprehension but a generator expression is inlined, except in annotation scopes in classes
            boolean inline = entry.comprehension != ComprehensionType.NONE && !entry.generator
                            && !ste.canSeeClassScope;
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                            new HashSet<>(typeParams), newClassEntry);
            if (inline) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
                entry.inlinedInClass = ste.type == BlockType.CLASS;
                ste.inlined.add(entry);
            }
            newFree.addAll(childFree);
        }
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope c = ste.children.get(i);
            if (c.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, c.children);
            }
        }
    }
}
