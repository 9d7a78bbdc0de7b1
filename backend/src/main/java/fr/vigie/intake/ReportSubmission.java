package fr.vigie.intake;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A report as a partner sends it (SPEC.md, "Partner API v1"). Text and metadata only. */
public record ReportSubmission(
        @NotBlank @Size(max = 200) String externalId,
        @NotNull Platform platform,
        @Size(max = 200) String platformName,
        @Size(max = 2048) @Pattern(regexp = "(?i)https?://\\S+", message = "doit être une URL http(s) / must be an http(s) URL") String url,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @PastOrPresent Instant observedAt,
        @Valid SightingLocation location,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> contacts,
        ReporterConcern reporterConcern,
        @Size(max = 4000) String note) {

    public ReportSubmission {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
