package taipan.frontend.scope;

import java.util.ArrayList;
import java.util.List;

import taipan.frontend.ast.Span;

/**
 * One code object being compiled, as CPython's {@code compiler_unit}: its scope, what kind of code it is, and its
 * stack of statically nested blocks ({@code u_fblock}), which decides where {@code break}, {@code continue} and
 * {@code return} may go.
 */
final class CompileUnit {

    /** CPython's {@code COMPILER_SCOPE_*}. */
    enum Kind {
        MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS
    }

    /** CPython's {@code fblocktype}, reduced to the kinds that matter for the checks. */
    enum BlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, EXCEPTION_HANDLER,
        EXCEPTION_GROUP_HANDLER;

        boolean isLoop() {
            return this == WHILE_LOOP || this == FOR_LOOP;
        }

        /** Unwinding these emits code without a location of its own (CPython sets {@code NO_LOCATION}). */
        boolean clearsLocation() {
            return this == WITH || this == FINALLY_TRY;
        }
    }

    /** CPython's {@code CO_MAXBLOCKS}. */
    static final int MAX_BLOCKS = 21;

    final Scope ste;
    final Kind kind;
    final List<BlockKind> blocks = new ArrayList<>();

    CompileUnit(Scope ste, Kind kind) {
        this.ste = ste;
        this.kind = kind;
    }

    boolean isAsync() {
        return kind == Kind.ASYNC_FUNCTION;
    }

    /** The location CPython reports when unwinding ran through a block that has none. */
    static final Span NO_LOCATION = new Span(-1, -1, -1, -1);
}
