package taipan.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.generator.PAsyncGenerator;
import taipan.runtime.generator.PCoroutine;
import taipan.runtime.generator.PGenerator;

/** What calling a resumable body makes: a generator, a coroutine ({@code async def}) or an async generator. */
public enum GeneratorKind {
    GENERATOR,
    COROUTINE,
    ASYNC_GENERATOR;

    public static GeneratorKind of(boolean isGenerator, boolean isCoroutine) {
        if (isCoroutine) {
            return isGenerator ? ASYNC_GENERATOR : COROUTINE;
        }
        return GENERATOR;
    }

    public PGenerator create(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        return switch (this) {
            case GENERATOR -> new PGenerator(frame, body, name, qualname);
            case COROUTINE -> new PCoroutine(frame, body, name, qualname);
            case ASYNC_GENERATOR -> new PAsyncGenerator(frame, body, name, qualname);
        };
    }
}
