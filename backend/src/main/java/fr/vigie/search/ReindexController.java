package fr.vigie.search;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.infrastructure.web.Problems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code POST /api/v1/admin/search/reindex} (ADMIN): rebuilds the search index from PostgreSQL
 * and swaps it in with no downtime ({@link Reindexing}); answers when done. Audited.
 */
@RestController
class ReindexController {

    private final Reindexing reindexing;
    private final Audit audit;

    ReindexController(Reindexing reindexing, Audit audit) {
        this.reindexing = reindexing;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/admin/search/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Reindexing.ReindexResult.class)))
    ResponseEntity<?> reindex() {
        var result = reindexing.reindex();
        if (result.isEmpty()) {
            return Problems.answer(HttpStatus.CONFLICT, "Une reconstruction de l'index est déjà en cours / A reindex is already running");
        }
        var done = result.get();
        audit.record(AuditActions.SEARCH_REINDEXED, null, Map.of("index", done.index(), "documents", done.documents(),
                "took", done.took().toString()));
        return ResponseEntity.ok(done);
    }
}
