package fr.vigie.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** The lines of a server-sent events stream, as they arrive. */
public final class EventStream implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean ended;

    private EventStream() {
    }

    static EventStream open(HttpClient http, URI uri) {
        var stream = new EventStream();
        var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET().build();
        http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                stream.subscription = subscription;
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                stream.lines.add(line);
            }

            @Override
            public void onError(Throwable throwable) {
                stream.ended = true;
            }

            @Override
            public void onComplete() {
                stream.ended = true;
            }
        }));
        return stream;
    }

    /** Waits for a line matching {@code wanted}, and returns it. */
    public String awaitLine(Predicate<String> wanted, Duration patience) {
        await().atMost(patience).until(() -> lines.stream().anyMatch(wanted));
        return lines.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Whether the server ended the stream (or the connection broke). */
    public boolean ended() {
        return ended;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
