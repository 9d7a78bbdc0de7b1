package fr.vigie.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log. {@link #record} appends one row in its own transaction, serialised with the
 * other appends by a PostgreSQL advisory lock so that the chain has no fork and no gap; it
 * throws if the row could not be written, so that a read of report content that cannot be
 * traced does not happen either (call it <em>before</em> returning the content).
 */
@Service
public class Audit {

    /** The actor of what Vigie does by itself (scheduled jobs). */
    public static final String SYSTEM = "system";

    /** Key of the advisory lock that serialises appends ("VIGIE-AU"). */
    private static final long APPEND_LOCK = 0x5649474945_4155L;

    private final JdbcClient jdbc;
    /** Streams the chain in verify(): PostgreSQL uses a cursor only with a fetch size, in a transaction. */
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate newTransaction;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    Audit(JdbcClient jdbc, javax.sql.DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = jdbc;
        var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(1_000);
        this.streaming = JdbcClient.create(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    /**
     * Records an action of the current caller: the signed-in user, or {@code partner:<name>}, or
     * {@link #SYSTEM} outside a request; the source address is the request's remote address.
     *
     * @param reportId the report concerned, or null
     * @param details  ids, counts, usernames, reasons — never report content; may be empty
     */
    public AuditEntry record(String action, UUID reportId, Map<String, ?> details) {
        return record(currentActor(), action, reportId, currentAddress(), details);
    }

    /** Records an action with an explicit actor and source address (e.g. a failed login's username). */
    public AuditEntry record(String actor, String action, UUID reportId, String sourceAddress, Map<String, ?> details) {
        String detailsJson = json.writeValueAsString(details == null ? Map.of() : new TreeMap<>(details));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return newTransaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", APPEND_LOCK).query((rs, n) -> 1).list();
            var last = jdbc.sql("select seq, hash from audit_log order by seq desc limit 1")
                    .query((rs, n) -> new Object[] { rs.getLong("seq"), rs.getString("hash") }).optional();
            long seq = last.map(l -> (Long) l[0] + 1).orElse(1L);
            String prevHash = last.map(l -> (String) l[1]).orElse(AuditChain.GENESIS);
            String hash = AuditChain.hash(seq, at, actor, action, reportId, sourceAddress, detailsJson, prevHash);
            jdbc.sql("""
                    insert into audit_log (seq, at, actor, action, report_id, source_address, details, prev_hash, hash)
                    values (:seq, :at, :actor, :action, :reportId, :source, :details, :prev, :hash)""")
                    .param("seq", seq).param("at", Timestamp.from(at)).param("actor", actor).param("action", action)
                    .param("reportId", reportId).param("source", sourceAddress).param("details", detailsJson)
                    .param("prev", prevHash).param("hash", hash)
                    .update();
            return new AuditEntry(seq, at, actor, action, reportId, sourceAddress, detailsJson, prevHash, hash);
        });
    }

    /** Matching rows, newest first. */
    public List<AuditEntry> search(AuditQuery query) {
        var where = new ArrayList<String>();
        var spec = new StringBuilder("select * from audit_log");
        if (query.reportId() != null) {
            where.add("report_id = :reportId");
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            where.add("actor = :actor");
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.add("action = :action");
        }
        if (query.from() != null) {
            where.add("at >= :from");
        }
        if (query.to() != null) {
            where.add("at < :to");
        }
        if (!where.isEmpty()) {
            spec.append(" where ").append(String.join(" and ", where));
        }
        spec.append(" order by seq desc limit :limit");
        var statement = jdbc.sql(spec.toString()).param("limit", query.limit());
        if (query.reportId() != null) {
            statement = statement.param("reportId", query.reportId());
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            statement = statement.param("actor", query.actor());
        }
        if (query.action() != null && !query.action().isBlank()) {
            statement = statement.param("action", query.action());
        }
        if (query.from() != null) {
            statement = statement.param("from", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            statement = statement.param("to", Timestamp.from(query.to()));
        }
        return statement.query(Audit::entry).list();
    }

    /** Walks the whole chain from the first row: recomputes every hash and checks every link. */
    public AuditVerification verify() {
        var state = new Object() {
            long checked;
            long expectedSeq = 1;
            String previousHash = AuditChain.GENESIS;
            Long brokenAt;
            String problem;
        };
        readOnly.executeWithoutResult(status -> streaming.sql("select * from audit_log order by seq").query(rs -> {
            if (state.brokenAt != null) {
                return;
            }
            AuditEntry e = entry(rs, 0);
            state.checked++;
            if (e.seq() != state.expectedSeq) {
                state.brokenAt = e.seq();
                state.problem = "missing row(s) before this one: expected sequence number " + state.expectedSeq;
            } else if (!e.prevHash().equals(state.previousHash)) {
                state.brokenAt = e.seq();
                state.problem = "does not link to the previous row (previous row modified, deleted or replaced)";
            } else if (!AuditChain.hash(e).equals(e.hash())) {
                state.brokenAt = e.seq();
                state.problem = "content does not match its hash (row modified)";
            }
            state.expectedSeq = e.seq() + 1;
            state.previousHash = e.hash();
        }));
        var head = jdbc.sql("select seq, hash from audit_log order by seq desc limit 1")
                .query((rs, n) -> new Object[] { rs.getLong("seq"), rs.getString("hash") }).optional();
        return new AuditVerification(state.brokenAt == null, state.checked,
                head.map(h -> (Long) h[0]).orElse(null), head.map(h -> (String) h[1]).orElse(null),
                state.brokenAt, state.problem);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getObject("report_id", UUID.class), rs.getString("source_address"),
                rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return RequestContextHolder.getRequestAttributes() == null ? SYSTEM : "anonymous";
        }
        // a person's username, or a partner's "partner:<name>" (its principal says so itself)
        return authentication.getName();
    }

    /** The remote address of the current request; behind a proxy, set server.forward-headers-strategy. */
    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
