package fr.vigie.webhooks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import fr.vigie.infrastructure.web.Problems;
import fr.vigie.partners.PartnerDirectory;

/**
 * A partner's webhook, for administrators: set the URL (a new signing secret, shown once), rotate
 * the secret, remove it, read the delivery log and replay a delivery (SPEC, "Partner feedback API").
 */
@RestController
@RequestMapping(path = "/api/v1/admin/partners/{id}/webhook", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookAdminController {

    record WebhookRequest(String url) {
    }

    record Deliveries(List<WebhookDeliveries.Delivery> items) {
    }

    record Replay(UUID delivery) {
    }

    static final String LIMIT = "entre 1 et 200 / between 1 and 200";

    private final PartnerDirectory partners;
    private final PartnerWebhooks webhooks;
    private final WebhookTargets targets;
    private final WebhookDeliveries deliveries;
    private final Audit audit;

    WebhookAdminController(PartnerDirectory partners, PartnerWebhooks webhooks, WebhookTargets targets,
            WebhookDeliveries deliveries, Audit audit) {
        this.partners = partners;
        this.webhooks = webhooks;
        this.targets = targets;
        this.deliveries = deliveries;
        this.audit = audit;
    }

    @ApiResponse(responseCode = "200", description = "The webhook (never its secret)",
            content = @Content(schema = @Schema(implementation = PartnerWebhooks.Webhook.class)))
    @GetMapping
    ResponseEntity<?> get(@PathVariable UUID id) {
        return webhooks.of(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(WebhookAdminController::notFound);
    }

    /** Sets or changes the URL, with a new secret: in this answer and nowhere else, ever. */
    @ApiResponse(responseCode = "200", description = "The signing secret, shown once",
            content = @Content(schema = @Schema(implementation = PartnerWebhooks.IssuedSecret.class)))
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> set(@PathVariable UUID id, @RequestBody WebhookRequest request) {
        if (partners.findById(id).isEmpty()) {
            return notFound();
        }
        String url = request == null ? null : request.url();
        try {
            targets.check(url);
        } catch (WebhookTargets.RefusedTarget refused) {
            return Problems.answer(Problems.invalidField("url", refused.getMessage()));
        }
        var issued = webhooks.set(id, url.strip());
        audit.record(AuditActions.WEBHOOK_SET, null, Map.of("partner", id));
        return ResponseEntity.ok(issued);
    }

    @ApiResponse(responseCode = "200", description = "The new signing secret, shown once; the previous one still signs for a while",
            content = @Content(schema = @Schema(implementation = PartnerWebhooks.IssuedSecret.class)))
    @PostMapping("/secret")
    ResponseEntity<?> rotate(@PathVariable UUID id) {
        return webhooks.rotate(id).<ResponseEntity<?>>map(issued -> {
            audit.record(AuditActions.WEBHOOK_SECRET_ROTATED, null, Map.of("partner", id));
            return ResponseEntity.ok(issued);
        }).orElseGet(WebhookAdminController::notFound);
    }

    @ApiResponse(responseCode = "204", description = "Removed: nothing more is sent")
    @DeleteMapping
    ResponseEntity<?> remove(@PathVariable UUID id) {
        if (!webhooks.remove(id)) {
            return notFound();
        }
        audit.record(AuditActions.WEBHOOK_REMOVED, null, Map.of("partner", id));
        return ResponseEntity.noContent().build();
    }

    /** The latest deliveries, newest first, each with its attempts: codes and dates, no content. */
    @ApiResponse(responseCode = "200", description = "The latest deliveries, newest first, with their attempts",
            content = @Content(schema = @Schema(implementation = Deliveries.class)))
    @GetMapping("/deliveries")
    ResponseEntity<?> deliveries(@PathVariable UUID id,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = LIMIT) @Max(value = 200, message = LIMIT) int limit) {
        if (partners.findById(id).isEmpty()) {
            return notFound();
        }
        var log = deliveries.log(id, limit);
        audit.record(AuditActions.WEBHOOK_DELIVERIES_LISTED, null, Map.of("partner", id, "deliveries", log.size()));
        return ResponseEntity.ok(new Deliveries(log));
    }

    @ApiResponse(responseCode = "202", description = "A new delivery of the same change, attempted at once",
            content = @Content(schema = @Schema(implementation = Replay.class)))
    @PostMapping("/deliveries/{deliveryId}/replay")
    ResponseEntity<?> replay(@PathVariable UUID id, @PathVariable UUID deliveryId, Authentication person) {
        if (!webhooks.exists(id)) {
            return notFound();
        }
        return deliveries.replay(id, deliveryId, person.getName()).<ResponseEntity<?>>map(replay -> {
            audit.record(AuditActions.WEBHOOK_REPLAYED, null, Map.of("partner", id, "delivery", deliveryId, "replay", replay));
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Replay(replay));
        }).orElseGet(WebhookAdminController::notFound);
    }

    private static ResponseEntity<?> notFound() {
        return Problems.answer(HttpStatus.NOT_FOUND, "Partenaire, webhook ou livraison inconnus / Unknown partner, webhook or delivery");
    }
}
