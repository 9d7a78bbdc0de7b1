package fr.vigie.triage;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/queue/events}: server-sent events telling open workbenches that the queue
 * changed (a report arrived, was claimed or decided), after the change is committed. The event
 * carries only the report id and what happened; the page then reloads its queue. A worker on
 * shift hears only of reports in her shift's scope, as her queue shows them, unless she widened
 * it ({@code ?scope=all}).
 *
 * <p>The changes come from Kafka ({@value ReportEvent#TOPIC}, written through the outbox once
 * the change committed), not from this instance's memory: whichever instance processed or
 * decided the report, every instance hears of it and tells its own browsers. Each instance reads
 * the topic in a consumer group of its own ({@code vigie-live-queue-<instance id>}) from the
 * newest event on, so all of them get every event.
 */
@Controller
class QueueStream {

    private static final long NO_TIMEOUT = 0L;

    /** Whose stream it is, and whether she widened her queue to everything. */
    private record Listener(String username, boolean widened) {
    }

    private final Map<SseEmitter, Listener> emitters = new ConcurrentHashMap<>();
    private final ShiftScope shifts;

    private final JsonMapper json;

    QueueStream(ShiftScope shifts, JsonMapper json) {
        this.shifts = shifts;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/queue/events", produces = "text/event-stream")
    SseEmitter subscribe(Authentication person, @RequestParam(required = false) String scope) {
        var applied = shifts.applied(shifts.of(person.getName()), scope);
        var emitter = new SseEmitter(NO_TIMEOUT);
        emitters.put(emitter, new Listener(person.getName(), "ALL".equals(applied.kind())));
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, SseEmitter.event().name("ready").data(Map.of()));
        return emitter;
    }

    /** Never throws: an event this instance cannot forward is skipped, never dead-lettered. */
    @KafkaListener(id = "vigie-live-queue", idIsGroup = false, topics = ReportEvent.TOPIC,
            groupId = "vigie-live-queue-#{@'vigie-fr.vigie.infrastructure.VigieProperties'.resolvedInstanceId()}",
            properties = "auto.offset.reset=latest")
    void onReportEvent(ConsumerRecord<String, String> record) {
        if (emitters.isEmpty()) {
            return; // no workbench open on this instance: nothing to tell, no need to read the event
        }
        ReportEvent event;
        try {
            event = json.readValue(record.value(), ReportEvent.class);
        } catch (RuntimeException e) {
            return;
        }
        if (event == null || event.reportId() == null) {
            return;
        }
        // one look-up of each person's scope per change, however many pages she has open
        var scopes = new HashMap<String, Optional<QueueScope>>();
        emitters.forEach((emitter, listener) -> {
            if (!listener.widened()) {
                var scope = scopes.computeIfAbsent(listener.username(), shifts::of);
                if (scope.isPresent() && !scope.get().covers(event.platform(), event.department())) {
                    return;
                }
            }
            send(emitter, SseEmitter.event().name("queue").data(Map.of("reportId", event.reportId(), "event",
                    String.valueOf(event.event()))));
        });
    }

    /**
     * On shutdown, ends every stream before the web server's graceful shutdown starts: an open
     * stream is a request that never finishes, so one workbench left open (or a browser gone
     * without closing its connection, noticed only at the next heartbeat) held every stop for
     * the whole grace period (30 s). The browsers reconnect, to this instance once it is back or
     * to another one.
     */
    @EventListener(ContextClosedEvent.class)
    void closeStreams() {
        emitters.keySet().forEach(emitter -> {
            emitters.remove(emitter);
            emitter.complete();
        });
    }

    /** Keeps idle connections open through proxies, and notices closed ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        emitters.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("ping")));
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }
}
