package fr.vigie.intake;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.partners.PartnerIdentity;
import fr.vigie.triage.ReportRegistry;

/**
 * Partner API v1: {@code GET /api/v1/reports/{id}/status}, for the calling partner's own reports.
 * Another partner's report answers 404, exactly like an unknown one, so ids reveal nothing.
 */
@RestController
class ReportStatusController {

    private final ReportRegistry reports;

    ReportStatusController(ReportRegistry reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/{id}/status")
    ResponseEntity<?> status(@AuthenticationPrincipal PartnerIdentity partner, @PathVariable UUID id) {
        return reports.forPartner(id, partner.id())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND,
                        "Aucun signalement de ce partenaire avec cet identifiant (ou pas encore traité, réessayez) / "
                                + "No report of yours with this id (or not processed yet: retry shortly)")));
    }
}
