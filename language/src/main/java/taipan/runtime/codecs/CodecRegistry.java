package taipan.runtime.codecs;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One context's codec registry ({@code PyInterpreterState.codec_search_path} and friends): the search functions
 * {@code codecs.register} adds, the CodecInfo cache by normalised name, and the error handlers registered by name.
 */
public final class CodecRegistry {

    private final List<Object> searchFunctions = new CopyOnWriteArrayList<>();
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> errorHandlers = new ConcurrentHashMap<>();

    public void register(Object searchFunction) {
        searchFunctions.add(searchFunction);
    }

    /** Removes the search function and empties the cache, as CPython's {@code codecs.unregister}. */
    public void unregister(Object searchFunction) {
        if (searchFunctions.remove(searchFunction)) {
            cache.clear();
        }
    }

    public List<Object> getSearchFunctions() {
        return searchFunctions;
    }

    public Object cached(String normalized) {
        return cache.get(normalized);
    }

    public void cache(String normalized, Object codecInfo) {
        cache.put(normalized, codecInfo);
    }

    public void forget(String normalized) {
        cache.remove(normalized);
    }

    public Object errorHandler(String name) {
        return errorHandlers.get(name);
    }

    public void registerErrorHandler(String name, Object handler) {
        errorHandlers.put(name, handler);
    }

    /** CPython's {@code normalizestring}: lower case (ASCII only), spaces become underscores. */
    public static String normalize(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        for (int i = 0; i < encoding.length(); i++) {
            char c = encoding.charAt(i);
            sb.append(c == ' ' ? '_' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }
}
