package fr.vigie.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The graph around a contact or a report, up to two steps: contacts and reports as nodes, "this
 * report shows this contact" as edges. Metadata only (ids, bands, départements, counts), never a
 * report's text. Bounded: at most {@code limit} reports per contact, the rest counted and paged.
 *
 * @param center      the node the graph starts from
 * @param departments reports per département across the network (counted over at most
 *                    {@link ContactNetworks#COUNTED} reports)
 * @param next        more reports of the centre contact: pass it back as {@code ?after=}; null on the last page
 */
public record ContactNetwork(String center, List<NetworkNode> nodes, List<NetworkEdge> edges, Map<String, Long> departments,
        @Schema(nullable = true) String next) {

    /** A node: a contact or a report. */
    public enum NodeKind { CONTACT, REPORT }

    /**
     * @param id        {@code contact:+33639980001} or {@code report:<uuid>}
     * @param label     the contact as a person reads it, or the report's short id
     * @param contact   the contact's stored form (contacts only)
     * @param reportId  the report (reports only)
     * @param priority  the report's band; for a contact, the most urgent band of its reports
     * @param step      0 for the centre, then 1 and 2
     * @param sightings a report's sightings (the same ad seen again); a contact's reports
     * @param total     for a contact, the reports showing it (at most {@link ContactNetworks#COUNTED} counted)
     * @param shown     for a contact, how many of them the graph holds
     */
    public record NetworkNode(String id, NodeKind kind, String label, @Schema(nullable = true) String contact,
            @Schema(nullable = true) UUID reportId, @Schema(nullable = true) PriorityBand priority, int step, long sightings,
            @Schema(nullable = true) String department, @Schema(nullable = true) ReportStatus status, long total, long shown) {
    }

    /** A report showing a contact. */
    public record NetworkEdge(String source, String target) {
    }
}
