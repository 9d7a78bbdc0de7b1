package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the partners may read back of their reports (SPEC, "Partner feedback API"): one report's
 * progress, the reports of a partner whose view changed since a time (oldest change first, by
 * pages), and the report's sender, for the webhooks. Only the sender's own reports: callers pass
 * the partner, and nothing here reads another partner's data.
 */
@Service
public class PartnerFeedback {

    /**
     * The topic on which the outbox announces every change of a report, keyed by the report's id
     * (no content in it): what a feature that follows the partners' view listens to, then asks
     * {@link #progress} what the partner now sees.
     */
    public static final String CHANGES_TOPIC = ReportEvent.TOPIC;

    /** A report of the partner, as a page of {@link #changedSince} lists it. */
    public record PartnerUpdate(UUID id, String externalId, int version, PartnerProgress progress) {
    }

    /** The report's sender and its own id for the report. */
    public record Sender(UUID partnerId, String externalId) {
    }

    /**
     * A position in the listing: after the change at {@code at} of report {@code id}. Written
     * {@code <epoch microseconds>_<id>}, so that any string a partner sends back either is one or is refused.
     */
    public record Cursor(Instant at, UUID id) {

        public static final Pattern FORMAT = Pattern.compile(
                "\\d{1,19}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        /** Parses a cursor made by {@link #toString}; empty if {@code text} is not one. */
        public static Optional<Cursor> parse(String text) {
            if (text == null || !FORMAT.matcher(text).matches()) {
                return Optional.empty();
            }
            int sep = text.indexOf('_');
            try {
                long micros = Long.parseLong(text.substring(0, sep));
                return Optional.of(new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(text.substring(sep + 1))));
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + id;
        }
    }

    /** The greatest id in PostgreSQL's order (bytewise): "after every report changed at that time". */
    private static final UUID LAST_ID = new UUID(-1L, -1L);

    private final JdbcClient jdbc;
    private final PartnerViews views;

    PartnerFeedback(JdbcClient jdbc, PartnerViews views) {
        this.jdbc = jdbc;
        this.views = views;
    }

    /** Where the report stands for its sender; empty until processing has recorded it. */
    @Transactional(readOnly = true)
    public Optional<PartnerProgress> progress(UUID id) {
        return views.progress(id);
    }

    /** Who sent the report, if a partner did. */
    public Optional<Sender> sender(UUID id) {
        return jdbc.sql("select source_partner_id, external_id from report where id = :id and source_partner_id is not null")
                .param("id", id)
                .query((rs, n) -> new Sender(rs.getObject("source_partner_id", UUID.class), rs.getString("external_id")))
                .optional();
    }

    /** Who sent each of these reports, for those a partner sent (report id → partner id): one statement. */
    public Map<UUID, UUID> senders(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var senders = new HashMap<UUID, UUID>();
        jdbc.sql("select id, source_partner_id from report where id = any(:ids) and source_partner_id is not null")
                .param("ids", ids.toArray(UUID[]::new))
                .query(rs -> {
                    senders.put(rs.getObject("id", UUID.class), rs.getObject("source_partner_id", UUID.class));
                });
        return senders;
    }

    /**
     * The partner's reports whose view changed after {@code since} (and after {@code after}, the
     * cursor of the previous page), oldest change first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<PartnerUpdate> changedSince(UUID partnerId, Instant since, Cursor after, int limit) {
        var from = after != null && after.at().isAfter(since) ? after : new Cursor(since, LAST_ID);
        var rows = jdbc.sql("""
                select id, external_id, version, partner_updated_at from report
                where source_partner_id = :partner and (partner_updated_at, id) > (:at, :id)
                order by partner_updated_at, id limit :limit""")
                .param("partner", partnerId).param("at", Timestamp.from(from.at())).param("id", from.id()).param("limit", limit)
                .query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getInt("version"),
                        rs.getTimestamp("partner_updated_at").toInstant() })
                .list();
        // dated by the listed row, so that the next page's cursor continues exactly after it
        return rows.stream().map(r -> {
            var view = views.of((UUID) r[0]).orElseThrow();
            return new PartnerUpdate((UUID) r[0], (String) r[1], (int) r[2],
                    new PartnerProgress(view.status(), (Instant) r[3], view.outcome(), view.sharedNotes()));
        }).toList();
    }
}
