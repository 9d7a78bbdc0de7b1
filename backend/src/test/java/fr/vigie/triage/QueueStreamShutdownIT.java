package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;

/**
 * An open workbench does not hold a stop: when the instance shuts down it ends the live queue
 * streams first, so the web server's graceful shutdown does not wait its whole grace period for
 * requests that never finish (the browser reconnects).
 */
class QueueStreamShutdownIT extends EmbeddedServersTest {

    @Autowired
    QueueStream streams;

    @Test
    void shuttingDownEndsTheOpenStreams() {
        var worker = bench().person("veilleuse", Role.WORKER);
        try (var stream = worker.events("/api/v1/queue/events")) {
            stream.awaitLine(line -> line.startsWith("event:ready"), Duration.ofSeconds(10));
            assertThat(stream.ended()).isFalse();

            // what the context does when it starts closing, before the web server's graceful shutdown
            streams.closeStreams();

            await().atMost(Duration.ofSeconds(5)).until(stream::ended);
        }
        try (var again = worker.events("/api/v1/queue/events")) {
            again.awaitLine(line -> line.startsWith("event:ready"), Duration.ofSeconds(10));
        }
    }
}
