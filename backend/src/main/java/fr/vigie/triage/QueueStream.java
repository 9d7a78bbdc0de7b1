package fr.vigie.triage;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/queue/events}: server-sent events telling open workbenches that the queue
 * changed (a report arrived, was claimed or decided), after the change is committed. The event
 * carries only the report id and what happened; the page then reloads its queue.
 */
@Controller
class QueueStream {

    private static final long NO_TIMEOUT = 0L;

    private final CopyOnWriteArrayList<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    @GetMapping(path = "/api/v1/queue/events", produces = "text/event-stream")
    SseEmitter subscribe() {
        var emitter = new SseEmitter(NO_TIMEOUT);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, SseEmitter.event().name("ready").data(Map.of()));
        return emitter;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueueChanged(QueueChanged change) {
        for (var emitter : emitters) {
            send(emitter, SseEmitter.event().name("queue").data(Map.of("reportId", change.reportId(), "event", change.event())));
        }
    }

    /** Keeps idle connections open through proxies, and notices closed ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        for (var emitter : emitters) {
            send(emitter, SseEmitter.event().comment("ping"));
        }
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }
}
