package fr.vigie.processing;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import fr.vigie.processing.analysis.RuleSet;
import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;

/**
 * Coordinators edit the signal rules: read the rules in force, preview what candidate rules
 * would change in the open queue, publish them (a new version; open reports are rescored in the
 * background) and follow the rescoring.
 */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
class RulesController {

    /** The rule set travels as free JSON: RuleSet reads and checks it, so the description only names it. */
    static final String RULE_SET = "A rule set: version, contexts, rules, bands (see analysis/README.md)";

    record Publication(@Schema(implementation = Object.class, description = RULE_SET) JsonNode definition, String comment) {
    }

    /** A new version in force, and the rescoring of the open reports it started. */
    record Published(String version, Rescoring.Progress rescoring) {
    }

    record Current(@Schema(implementation = Object.class, description = RULE_SET) JsonNode definition, List<SignalRules.Version> history,
            Rescoring.Progress rescoring) {
    }

    private final SignalRules rules;
    private final Rescoring rescoring;
    private final tools.jackson.databind.json.JsonMapper json;
    private final fr.vigie.audit.Audit audit;

    RulesController(SignalRules rules, Rescoring rescoring, tools.jackson.databind.json.JsonMapper json,
            fr.vigie.audit.Audit audit) {
        this.rules = rules;
        this.rescoring = rescoring;
        this.json = json;
        this.audit = audit;
    }

    @GetMapping
    Current current() {
        return new Current(json.readTree(rules.current().toJson()), rules.history(), rescoring.progress());
    }

    @ApiResponse(responseCode = "200", description = "What these rules would change; nothing is written",
            content = @Content(schema = @Schema(implementation = RulePreview.class)))
    @PostMapping("/preview")
    ResponseEntity<?> preview(@RequestBody Publication candidate) {
        return parse(candidate).<ResponseEntity<?>>map(r -> ResponseEntity.ok(rescoring.preview(r)))
                .orElseGet(() -> invalid(candidate));
    }

    @ApiResponse(responseCode = "201", description = "Published", content = @Content(schema = @Schema(implementation = Published.class)))
    @PostMapping
    ResponseEntity<?> publish(@RequestBody Publication candidate, Authentication person) {
        var parsed = parse(candidate);
        if (parsed.isEmpty()) {
            return invalid(candidate);
        }
        try {
            var published = rules.publish(parsed.get(), person.getName(), candidate.comment());
            audit.record("RULES_PUBLISHED", null, Map.of("version", published.version()));
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(new Published(published.version(), rescoring.start(published)));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.CONFLICT, "Ce numéro de version existe déjà / This version already exists");
        }
    }

    @GetMapping("/rescoring")
    Rescoring.Progress progress() {
        return rescoring.progress();
    }

    private java.util.Optional<RuleSet> parse(Publication candidate) {
        if (candidate == null || candidate.definition() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(RuleSet.fromJson(json.writeValueAsString(candidate.definition())));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private ResponseEntity<?> invalid(Publication candidate) {
        String reason;
        try {
            RuleSet.fromJson(candidate == null || candidate.definition() == null ? "" : json.writeValueAsString(candidate.definition()));
            reason = "définition absente / missing definition";
        } catch (RuntimeException e) {
            reason = e.getMessage();
        }
        return Problems.answer(Problems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, null,
                "Règles invalides / Invalid rules: " + reason,
                List.of(new FieldProblem("definition", String.valueOf(reason)))));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return Problems.answer(status, detail);
    }
}
