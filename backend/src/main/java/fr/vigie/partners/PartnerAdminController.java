package fr.vigie.partners;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.infrastructure.web.Problems;

/** Administration of partners and their API keys (role {@code ADMIN}). */
@RestController
@RequestMapping(path = "/api/v1/admin/partners", produces = MediaType.APPLICATION_JSON_VALUE)
class PartnerAdminController {

    record NewPartner(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N} ._'()-]+",
            message = "lettres, chiffres, espaces et . _ ' ( ) - / letters, digits, spaces and . _ ' ( ) -") String name,
            @Min(1) @Max(100_000) Integer requestsPerMinute) {
    }

    record RateLimit(@Min(1) @Max(100_000) Integer requestsPerMinute) {
    }

    private final PartnerDirectory partners;
    private final PartnerRateLimits rateLimits;
    private final Audit audit;

    PartnerAdminController(PartnerDirectory partners, PartnerRateLimits rateLimits, Audit audit) {
        this.partners = partners;
        this.rateLimits = rateLimits;
        this.audit = audit;
    }

    @GetMapping
    List<PartnerSummary> list() {
        audit.record("PARTNERS_LISTED", null, Map.of());
        return partners.list();
    }

    /** Creates the partner and its first key, which is in this answer and nowhere else, ever. */
    @ApiResponse(responseCode = "201", description = "The key, in this answer and nowhere else", content = @Content(schema = @Schema(implementation = IssuedKey.class)))
    @PostMapping
    ResponseEntity<?> create(@Valid @RequestBody NewPartner request) {
        if (partners.findByName(request.name().strip()).isPresent()) {
            return Problems.answer(HttpStatus.CONFLICT, "Un partenaire porte déjà ce nom / A partner with this name exists");
        }
        var partner = partners.create(request.name().strip());
        if (request.requestsPerMinute() != null) {
            rateLimits.setRequestsPerMinute(partner.id(), request.requestsPerMinute());
        }
        var key = partners.issueKey(partner);
        audit.record("PARTNER_CREATED", null, Map.of("partner", partner.id(), "name", partner.name(), "keyPrefix", key.prefix()));
        return ResponseEntity.status(HttpStatus.CREATED).body(key);
    }

    @ApiResponse(responseCode = "201", description = "The key, in this answer and nowhere else", content = @Content(schema = @Schema(implementation = IssuedKey.class)))
    @PostMapping("/{id}/keys")
    ResponseEntity<?> issueKey(@PathVariable UUID id) {
        return partners.findById(id)
                .<ResponseEntity<?>>map(p -> {
                    var key = partners.issueKey(p);
                    audit.record("PARTNER_KEY_ISSUED", null, Map.of("partner", p.id(), "keyPrefix", key.prefix()));
                    return ResponseEntity.status(HttpStatus.CREATED).body(key);
                })
                .orElseGet(PartnerAdminController::notFound);
    }

    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/{id}/keys/{keyId}")
    ResponseEntity<?> revokeKey(@PathVariable UUID id, @PathVariable UUID keyId) {
        if (!partners.revokeKey(id, keyId)) {
            return notFound();
        }
        audit.record("PARTNER_KEY_REVOKED", null, Map.of("partner", id, "key", keyId));
        return ResponseEntity.noContent().build();
    }

    @ApiResponse(responseCode = "204", description = "Budget set")
    @PutMapping("/{id}/rate-limit")
    ResponseEntity<?> setRateLimit(@PathVariable UUID id, @Valid @RequestBody RateLimit request) {
        if (partners.findById(id).isEmpty()) {
            return notFound();
        }
        rateLimits.setRequestsPerMinute(id, request.requestsPerMinute());
        audit.record("PARTNER_RATE_LIMIT_SET", null, Map.of("partner", id,
                "requestsPerMinute", request.requestsPerMinute() == null ? "default" : request.requestsPerMinute()));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<?> notFound() {
        return Problems.answer(HttpStatus.NOT_FOUND, "Partenaire ou clé inconnus / Unknown partner or key");
    }
}
