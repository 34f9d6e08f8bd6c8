package taipan.tests.inspector;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import taipan.testkit.Json;

/**
 * A DevTools protocol client over the JDK's WebSocket: sends commands and waits for their answers, keeping the
 * events that arrive meanwhile for {@link #event}. Every wait is bounded.
 */
final class DevToolsClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final BlockingQueue<Map<String, Object>> incoming;
    private final List<Map<String, Object>> pendingEvents = new ArrayList<>();
    private final WebSocket socket;
    private int nextId = 1;

    private DevToolsClient(WebSocket socket, BlockingQueue<Map<String, Object>> incoming) {
        this.socket = socket;
        this.incoming = incoming;
    }

    /** Connects to {@code url}, retrying until the inspector listens (it starts with the context). */
    static DevToolsClient connect(String url) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        while (true) {
            Listener listener = new Listener();
            try {
                WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                                .buildAsync(URI.create(url), listener).get(20, TimeUnit.SECONDS);
                return new DevToolsClient(ws, listener.messages);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("cannot connect to " + url, e);
                }
                Thread.sleep(100);
            }
        }
    }

    /** Sends {@code method} with {@code params} (a JSON object's text) and returns the answer's {@code result}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> send(String method, String params) throws InterruptedException {
        int id = nextId++;
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Map<String, Object> message = poll(deadline, method);
            if (message.get("id") instanceof Number n && n.intValue() == id) {
                if (message.containsKey("error")) {
                    throw new AssertionError(method + " failed: " + message.get("error"));
                }
                return (Map<String, Object>) message.get("result");
            } else if (message.containsKey("method")) {
                pendingEvents.add(message);
            }
        }
    }

    /** The params of the next event named {@code method}; other events are kept for later. */
    @SuppressWarnings("unchecked")
    Map<String, Object> event(String method) throws InterruptedException {
        Iterator<Map<String, Object>> it = pendingEvents.iterator();
        while (it.hasNext()) {
            Map<String, Object> message = it.next();
            if (method.equals(message.get("method"))) {
                it.remove();
                return (Map<String, Object>) message.get("params");
            }
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            Map<String, Object> message = poll(deadline, method);
            if (method.equals(message.get("method"))) {
                return (Map<String, Object>) message.get("params");
            }
            pendingEvents.add(message);
        }
    }

    /** Every event named {@code method} already received, consumed. */
    List<Map<String, Object>> drainEvents(String method) {
        List<Map<String, Object>> result = new ArrayList<>();
        incoming.drainTo(pendingEvents);
        Iterator<Map<String, Object>> it = pendingEvents.iterator();
        while (it.hasNext()) {
            Map<String, Object> message = it.next();
            if (method.equals(message.get("method"))) {
                result.add(message);
                it.remove();
            }
        }
        return result;
    }

    private Map<String, Object> poll(long deadline, String waitingFor) throws InterruptedException {
        Map<String, Object> message = incoming.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (message == null) {
            throw new AssertionError("no answer to " + waitingFor + " within " + TIMEOUT.toSeconds() + " s");
        }
        return message;
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Joins a message's frames and queues the parsed message. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Object message = Json.parse(partial.toString());
                partial.setLength(0);
                messages.add((Map<String, Object>) message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
