package taipan.runtime.thread;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code atexit} module's callbacks of one context, in registration order (they run last first). */
public final class AtexitCallbacks {

    /** One {@code register(func, *args, **kwargs)}. */
    public record Entry(Object function, Object[] args, String[] keywordNames, Object[] keywords) {
    }

    private final List<Entry> entries = new ArrayList<>();

    @TruffleBoundary
    public synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** Removes every entry whose function {@code matches}. */
    @TruffleBoundary
    public synchronized void removeIf(java.util.function.Predicate<Object> matches) {
        entries.removeIf(e -> matches.test(e.function()));
    }

    @TruffleBoundary
    public synchronized int size() {
        return entries.size();
    }

    @TruffleBoundary
    public synchronized void clear() {
        entries.clear();
    }

    /** Takes the entries out, last registered first, so each runs once even if a callback registers more. */
    @TruffleBoundary
    public synchronized List<Entry> drainLastFirst() {
        List<Entry> all = new ArrayList<>(entries);
        entries.clear();
        java.util.Collections.reverse(all);
        return all;
    }
}
