package fr.vigie.shifts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ServiceLevels;

/**
 * {@code GET /api/v1/queue/alerts} (coordinators): the alerts routed to the caller, checked
 * against the rules as she reads them; acknowledgement; where she wants them e-mailed.
 */
@RestController
@RequestMapping(path = "/api/v1/queue/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
class AlertController {

    /**
     * @param onDuty              the caller is the coordinator on duty now
     * @param noCoordinatorOnDuty nobody is on duty now: alerts go to every coordinator
     * @param thresholds          each band's time to first claim
     */
    record Alerts(List<Alert> items, boolean onDuty, boolean noCoordinatorOnDuty, Map<PriorityBand, Duration> thresholds,
            Duration claimedUndecided) {
    }

    /** The alerts to acknowledge together, at most {@link DutyAlerts#MAX_TOGETHER}. */
    record AlertIds(List<UUID> ids) {
    }

    /**
     * @param acknowledged those this call acknowledged
     * @param already      those acknowledged before, by her or by a colleague ({@code acknowledgedBy} says who)
     */
    record AcknowledgedAlerts(List<Alert> acknowledged, List<Alert> already) {
    }

    /** {@code email} null or empty: no e-mail. */
    record AlertSettings(String email) {
    }

    private final DutyAlerts alerts;
    private final Duty duty;
    private final ServiceLevels serviceLevels;
    private final AlertEmails emails;
    private final Audit audit;

    AlertController(DutyAlerts alerts, Duty duty, ServiceLevels serviceLevels, AlertEmails emails, Audit audit) {
        this.alerts = alerts;
        this.duty = duty;
        this.serviceLevels = serviceLevels;
        this.emails = emails;
        this.audit = audit;
    }

    /** {@code ?state=open} (default: not resolved) or {@code all} (resolved in the last day too). */
    @GetMapping
    Alerts alerts(Authentication person, @RequestParam(required = false) String state) {
        if (state != null && !state.equals("open") && !state.equals("all")) {
            throw ShiftProblem.badParameter("state", "open ou all / open or all");
        }
        alerts.sweep(true);
        var onDuty = duty.coordinatorsOnDuty(duty.now());
        return new Alerts(alerts.of(person.getName(), "all".equals(state)),
                onDuty.stream().anyMatch(s -> s.username().equals(person.getName())), onDuty.isEmpty(),
                serviceLevels.thresholds(), serviceLevels.claimedUndecided());
    }

    @PostMapping("/{id}/acknowledgement")
    Alert acknowledge(@PathVariable UUID id, Authentication person) {
        var acknowledged = alerts.acknowledge(id, person.getName());
        var alert = acknowledged.alert();
        if (acknowledged.now()) {
            audited(alert);
        }
        return alert;
    }

    /** « Tout prendre en compte »: several of her alerts in one transaction, each audited like one acknowledged alone. */
    @PostMapping("/acknowledgements")
    AcknowledgedAlerts acknowledgeTogether(@RequestBody AlertIds request, Authentication person) {
        var together = alerts.acknowledgeTogether(request.ids(), person.getName());
        together.acknowledged().forEach(this::audited);
        return new AcknowledgedAlerts(together.acknowledged(), together.already());
    }

    /** One audit row per alert an acknowledgement took into account, alone or together. */
    private void audited(Alert alert) {
        audit.record(AuditActions.ALERT_ACKNOWLEDGED, alert.reportId(),
                Map.of("alert", alert.id().toString(), "kind", alert.kind().name()));
    }

    @GetMapping("/settings")
    AlertSettings settings(Authentication person) {
        return new AlertSettings(emails.of(person.getName()).orElse(null));
    }

    @PutMapping("/settings")
    AlertSettings changeSettings(@RequestBody AlertSettings settings, Authentication person) {
        String email = settings.email() == null || settings.email().isBlank() ? null : settings.email().strip();
        if (email != null && !AlertEmails.valid(email)) {
            throw ShiftProblem.invalid("email", "adresse électronique invalide / invalid e-mail address");
        }
        emails.set(person.getName(), email);
        return new AlertSettings(email);
    }
}
