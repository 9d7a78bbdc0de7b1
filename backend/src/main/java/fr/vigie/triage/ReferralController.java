package fr.vigie.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * A referral's follow-through: sent (how, to whom, when), acknowledged (the service's reference),
 * and the list of referrals still to send or to be acknowledged.
 */
@RestController
class ReferralController {

    record Referrals(List<ReferralProgress> items) {
    }

    private final ReferralSteps referrals;
    private final Audit audit;

    ReferralController(ReferralSteps referrals, Audit audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    /** Without {@code state}: every referral not acknowledged yet. Codes, dates and names only, no content. */
    @GetMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    Referrals awaiting(
            @RequestParam(required = false) @Pattern(regexp = "PREPARED|SENT|ACKNOWLEDGED",
                    message = "PREPARED, SENT ou ACKNOWLEDGED / PREPARED, SENT or ACKNOWLEDGED") String state,
            @RequestParam(defaultValue = "200") @Min(value = 1, message = QueueController.LIMIT)
            @Max(value = 200, message = QueueController.LIMIT) int limit) {
        return new Referrals(referrals.awaiting(state, limit));
    }

    @PostMapping(path = "/api/v1/reports/{id}/referrals/{decisionId}/sent", produces = MediaType.APPLICATION_JSON_VALUE)
    ReferralProgress sent(@PathVariable UUID id, @PathVariable UUID decisionId, Authentication person,
            @RequestBody ReferralStepRequest request) {
        var progress = referrals.sent(id, decisionId, Actors.of(person), request);
        audit.record(AuditActions.REFERRAL_SENT, id, Map.of("decision", decisionId, "method", progress.sent().method()));
        return progress;
    }

    @PostMapping(path = "/api/v1/reports/{id}/referrals/{decisionId}/acknowledged", produces = MediaType.APPLICATION_JSON_VALUE)
    ReferralProgress acknowledged(@PathVariable UUID id, @PathVariable UUID decisionId, Authentication person,
            @RequestBody ReferralStepRequest request) {
        var progress = referrals.acknowledged(id, decisionId, Actors.of(person), request);
        audit.record(AuditActions.REFERRAL_ACKNOWLEDGED, id, Map.of("decision", decisionId));
        return progress;
    }
}
