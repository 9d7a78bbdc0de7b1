package fr.vigie.intake;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.partners.PartnerIdentity;

/**
 * Puts a report on the intake log and returns only once Kafka has acknowledged it with
 * {@code acks=all} from an idempotent producer: an acknowledged report is a kept report.
 */
@Service
public class Intake {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final IntakeProperties properties;
    private final Clock clock;

    Intake(KafkaTemplate<String, String> kafka, JsonMapper json, IntakeProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public SubmissionReceipt submit(PartnerIdentity partner, ReportSubmission submission) {
        var id = ReportIds.of(partner.id(), submission.externalId());
        var message = new SubmittedReport(id, partner.id(), partner.name(), clock.instant(), submission);
        String payload = json.writeValueAsString(message);
        try {
            kafka.send(SubmittedReport.TOPIC, id.toString(), payload)
                    .get(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException
                | org.springframework.kafka.KafkaException e) {
            throw new IntakeUnavailableException(e);
        }
        return SubmissionReceipt.received(id);
    }
}
