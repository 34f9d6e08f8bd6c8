package taipan.runtime.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import taipan.runtime.type.BuiltinType;

/**
 * A coroutine object ({@code async def}): a {@link PGenerator} whose body's suspension points are {@code await}s.
 * It is awaitable but not iterable; {@code __await__()} gives a {@link PCoroutineWrapper} that iterates it.
 */
public final class PCoroutine extends PGenerator {

    public PCoroutine(MaterializedFrame frame, RootCallTarget resume, String name, String qualname) {
        super(frame, resume, name, qualname);
    }

    @Override
    public BuiltinType getBuiltinType() {
        return BuiltinType.COROUTINE;
    }

    @Override
    public String kindName() {
        return "coroutine";
    }
}
