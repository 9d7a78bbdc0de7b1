package fr.vigie.identity;

import static fr.vigie.identity.AuthorizationMatrixIT.Caller.ADMIN;
import static fr.vigie.identity.AuthorizationMatrixIT.Caller.ANONYMOUS;
import static fr.vigie.identity.AuthorizationMatrixIT.Caller.COORDINATOR;
import static fr.vigie.identity.AuthorizationMatrixIT.Caller.PARTNER;
import static fr.vigie.identity.AuthorizationMatrixIT.Caller.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import fr.vigie.partners.PartnerApiRouting;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.TestUsers;
import fr.vigie.support.VigieApi;

/**
 * Every endpoint the application maps (its own request mappings, actuator's included) against
 * every kind of caller. An endpoint missing from {@link #MATRIX} fails the test: a new endpoint
 * needs a security rule and a line here. "Allowed" means anything but 401/403 (a 404, 409 or
 * 422 to a dummy request is fine); "denied" means 401 or 403, and for a partner key also the
 * partner API's own 404 for paths it does not have ({@link PartnerApiRouting}).
 */
class AuthorizationMatrixIT extends EmbeddedServersTest {

    enum Caller { ANONYMOUS, PARTNER, WORKER, COORDINATOR, ADMIN }

    private static final Set<Caller> PEOPLE = EnumSet.of(WORKER, COORDINATOR, ADMIN);
    private static final Set<Caller> EVERYONE_BUT_PARTNERS = EnumSet.of(ANONYMOUS, WORKER, COORDINATOR, ADMIN);
    private static final Set<Caller> ADMINS = EnumSet.of(ADMIN);
    private static final Set<Caller> OUTREACH = EnumSet.of(WORKER, COORDINATOR);
    private static final Set<Caller> COORDINATORS = EnumSet.of(COORDINATOR);
    private static final Set<Caller> WORKERS = EnumSet.of(WORKER);
    private static final Set<Caller> STEERING = EnumSet.of(COORDINATOR, ADMIN);

    /** "METHOD pattern" (regexes of path variables removed) → who may call it. */
    private static final Map<String, Set<Caller>> MATRIX = Map.ofEntries(
            // partner API
            Map.entry("POST /api/v1/reports", EnumSet.of(PARTNER)),
            Map.entry("POST /api/v1/reports/batch", EnumSet.of(PARTNER)),
            Map.entry("GET /api/v1/reports/{id}/status", EnumSet.of(PARTNER)),
            Map.entry("GET /api/v1/reports", EnumSet.of(PARTNER)),
            // session
            Map.entry("POST /api/v1/auth/login", EVERYONE_BUT_PARTNERS),
            Map.entry("POST /api/v1/auth/logout", PEOPLE),
            Map.entry("GET /api/v1/auth/me", PEOPLE),
            Map.entry("POST /api/v1/auth/second-factor/setup", PEOPLE),
            Map.entry("POST /api/v1/auth/second-factor/confirm", PEOPLE),
            // work
            Map.entry("GET /api/v1/queue", OUTREACH),
            Map.entry("GET /api/v1/queue/events", OUTREACH),
            Map.entry("GET /api/v1/queue/alerts", COORDINATORS),
            Map.entry("POST /api/v1/queue/alerts/{id}/acknowledgement", COORDINATORS),
            Map.entry("POST /api/v1/queue/alerts/acknowledgements", COORDINATORS),
            Map.entry("GET /api/v1/queue/alerts/settings", OUTREACH),
            Map.entry("PUT /api/v1/queue/alerts/settings", OUTREACH),
            Map.entry("GET /api/v1/queue/service-levels", COORDINATORS),
            Map.entry("GET /api/v1/escalations", COORDINATORS),
            Map.entry("POST /api/v1/escalations/{reportId}/answer", COORDINATORS),
            Map.entry("POST /api/v1/manual-reports", OUTREACH),
            Map.entry("GET /api/v1/reports/{id}", OUTREACH),
            Map.entry("GET /api/v1/reports/{id}/referral-packet", OUTREACH),
            Map.entry("GET /api/v1/reports/{id}/referral-packet.pdf", OUTREACH),
            Map.entry("GET /api/v1/approvals", COORDINATORS),
            Map.entry("POST /api/v1/reports/{id}/decisions/{decisionId}/approval", COORDINATORS),
            Map.entry("GET /api/v1/referrals", OUTREACH),
            Map.entry("POST /api/v1/reports/{id}/referrals/{decisionId}/sent", OUTREACH),
            Map.entry("POST /api/v1/reports/{id}/referrals/{decisionId}/acknowledged", OUTREACH),
            Map.entry("GET /api/v1/contacts/{contact}/reports", OUTREACH),
            Map.entry("GET /api/v1/contacts/{contact}", OUTREACH),
            Map.entry("GET /api/v1/contacts/{contact}/network", OUTREACH),
            Map.entry("GET /api/v1/reports/{id}/network", OUTREACH),
            Map.entry("GET /api/v1/search", OUTREACH),
            Map.entry("GET /api/v1/watchlist", OUTREACH),
            Map.entry("GET /api/v1/watchlist/alerts/unseen", OUTREACH),
            Map.entry("POST /api/v1/watchlist", OUTREACH),
            Map.entry("DELETE /api/v1/watchlist/{id}", OUTREACH),
            Map.entry("POST /api/v1/watchlist/alerts/{id}/seen", OUTREACH),
            Map.entry("POST /api/v1/contacts/{contact}/notes", OUTREACH),
            Map.entry("POST /api/v1/reports/{id}/claim", OUTREACH),
            Map.entry("DELETE /api/v1/reports/{id}/claim", OUTREACH),
            Map.entry("POST /api/v1/reports/{id}/claim/reassign", COORDINATORS),
            Map.entry("POST /api/v1/reports/{id}/decisions", OUTREACH),
            Map.entry("POST /api/v1/reports/{id}/notes", OUTREACH),
            Map.entry("POST /api/v1/group-decisions", OUTREACH),
            Map.entry("GET /api/v1/rules", COORDINATORS),
            Map.entry("GET /api/v1/rules/rescoring", COORDINATORS),
            Map.entry("POST /api/v1/rules", COORDINATORS),
            Map.entry("POST /api/v1/rules/preview", COORDINATORS),
            // coordination
            Map.entry("GET /api/v1/shifts", OUTREACH),
            Map.entry("GET /api/v1/shifts/now", OUTREACH),
            Map.entry("GET /api/v1/shifts/colleagues", COORDINATORS),
            Map.entry("POST /api/v1/shifts", COORDINATORS),
            Map.entry("PUT /api/v1/shifts/{id}", COORDINATORS),
            Map.entry("DELETE /api/v1/shifts/{id}", COORDINATORS),
            Map.entry("POST /api/v1/shifts/{id}/signup", WORKERS),
            Map.entry("POST /api/v1/shifts/{id}/handover", OUTREACH),
            // statistics: figures only
            Map.entry("GET /api/v1/statistics", STEERING),
            Map.entry("GET /api/v1/statistics/export", STEERING),
            Map.entry("GET /api/v1/statistics/workers", COORDINATORS),
            // administration
            Map.entry("GET /api/v1/admin/partners", ADMINS),
            Map.entry("POST /api/v1/admin/partners", ADMINS),
            Map.entry("POST /api/v1/admin/partners/{id}/keys", ADMINS),
            Map.entry("DELETE /api/v1/admin/partners/{id}/keys/{keyId}", ADMINS),
            Map.entry("PUT /api/v1/admin/partners/{id}/rate-limit", ADMINS),
            Map.entry("GET /api/v1/admin/partners/{id}/webhook", ADMINS),
            Map.entry("PUT /api/v1/admin/partners/{id}/webhook", ADMINS),
            Map.entry("DELETE /api/v1/admin/partners/{id}/webhook", ADMINS),
            Map.entry("POST /api/v1/admin/partners/{id}/webhook/secret", ADMINS),
            Map.entry("GET /api/v1/admin/partners/{id}/webhook/deliveries", ADMINS),
            Map.entry("POST /api/v1/admin/partners/{id}/webhook/deliveries/{deliveryId}/replay", ADMINS),
            Map.entry("GET /api/v1/admin/users", ADMINS),
            Map.entry("POST /api/v1/admin/users", ADMINS),
            Map.entry("POST /api/v1/admin/users/{id}/disable", ADMINS),
            Map.entry("POST /api/v1/admin/users/{id}/enable", ADMINS),
            Map.entry("POST /api/v1/admin/users/{id}/unlock", ADMINS),
            Map.entry("POST /api/v1/admin/users/{id}/second-factor/reset", ADMINS),
            Map.entry("PUT /api/v1/admin/users/{id}/roles", ADMINS),
            Map.entry("PUT /api/v1/admin/users/{id}/password", ADMINS),
            Map.entry("GET /api/v1/admin/audit", ADMINS),
            Map.entry("GET /api/v1/admin/audit/verify", ADMINS),
            Map.entry("GET /api/v1/admin/retention/policy", ADMINS),
            Map.entry("POST /api/v1/admin/retention/dry-run", ADMINS),
            Map.entry("POST /api/v1/admin/retention/run", ADMINS),
            Map.entry("POST /api/v1/admin/search/reindex", ADMINS),
            // the front end's routes, and the error page (called directly, it answers 500: no error to show)
            Map.entry("GET /{route}", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /{route}/{next}", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /{route}/{next}/{last}", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /error", EVERYONE_BUT_PARTNERS),
            Map.entry("POST /error", EVERYONE_BUT_PARTNERS),
            // the partner API's description: public, like the contract it describes
            Map.entry("GET /v3/api-docs", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /v3/api-docs.yaml", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /v3/api-docs/{group}", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /v3/api-docs.yaml/{group}", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /v3/api-docs/swagger-config", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /swagger-ui.html", EVERYONE_BUT_PARTNERS),
            // operations
            Map.entry("GET /actuator", ADMINS),
            Map.entry("GET /actuator/health", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /actuator/health/**", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /actuator/prometheus", EVERYONE_BUT_PARTNERS),
            Map.entry("GET /actuator/info", ADMINS));

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\*?)(\\w+)(:[^}]*)?}");
    private static final Pattern VARIABLE_WITH_REGEX = Pattern.compile("\\{(\\w+):(?:[^{}]|\\{[^}]*})*}");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccounts users;

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() {
        var endpoints = endpoints();
        assertThat(endpoints).as("endpoints discovered").hasSizeGreaterThan(10);
        var unlisted = new TreeSet<>(endpoints);
        unlisted.removeAll(MATRIX.keySet());
        assertThat(unlisted).as("endpoints without a line in the authorization matrix (add a security rule and a line)")
                .isEmpty();

        Map<Caller, VigieApi> callers = new EnumMap<>(Caller.class);
        callers.put(ANONYMOUS, api());
        callers.put(PARTNER, api());
        callers.put(WORKER, person(TestUsers.ensure(users, "matrix-worker", Role.WORKER)));
        callers.put(COORDINATOR, person(TestUsers.ensure(users, "matrix-coordinator", Role.COORDINATOR)));
        callers.put(ADMIN, person(TestUsers.ensure(users, "matrix-admin", Role.ADMIN)));

        var failures = new ArrayList<String>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (Caller caller : Caller.values()) {
                // logging out ends the session: use a session of its own
                VigieApi client = endpoint.equals("POST /api/v1/auth/logout") && caller != ANONYMOUS && caller != PARTNER
                        ? person("matrix-" + caller.name().toLowerCase()) : callers.get(caller);
                String key = caller == PARTNER ? PARTNER_KEY : null;
                int status;
                boolean outsidePartnerApi;
                if (endpoint.equals("GET /api/v1/queue/events")) {
                    status = client.statusOfStream(path, key);
                    outsidePartnerApi = caller == PARTNER && status == 404;
                } else {
                    var response = client.request(method, path, method.equals("GET") ? null : Map.of(), key);
                    status = response.status();
                    outsidePartnerApi = caller == PARTNER && status == 404 && response.body() != null
                            && PartnerApiRouting.NOT_IN_PARTNER_API.equals(response.body().path("title").asString(""));
                }
                boolean allowed = MATRIX.get(endpoint).contains(caller);
                boolean denied = status == 401 || status == 403 || outsidePartnerApi;
                if (allowed == denied || (status >= 500 && !path.equals("/error"))) {
                    failures.add("%-12s %s %s → %d (expected %s)".formatted(caller, method, path, status,
                            allowed ? "allowed" : "401/403"));
                }
                if (caller == WORKER && endpoint.contains("/admin/")) {
                    assertThat(status).as("a worker never reaches administration: %s", endpoint).isIn(401, 403);
                }
            }
        }
        assertThat(failures).as("authorization matrix mismatches").isEmpty();
    }

    private VigieApi person(String username) {
        var api = api();
        assertThat(api.login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
        return api;
    }

    /** "METHOD pattern" for every mapping; a mapping without methods counts as GET and POST. */
    private List<String> endpoints() {
        var all = new TreeSet<String>();
        for (var mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (var info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    methods = EnumSet.of(RequestMethod.GET, RequestMethod.POST);
                }
                for (String pattern : info.getPatternValues()) {
                    String normalised = VARIABLE_WITH_REGEX.matcher(pattern).replaceAll("{$1}");
                    for (RequestMethod method : methods) {
                        all.add(method.name() + " " + normalised);
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /** A path for the pattern: ids become random UUIDs, the front end's route segments plain words. */
    private static String concrete(String pattern) {
        String path = pattern.replace("/**", "/x");
        return VARIABLE.matcher(path).replaceAll(m -> switch (m.group(2)) {
            case "id", "keyId", "reportId", "decisionId", "deliveryId" -> UUID.randomUUID().toString();
            case "route" -> "file";
            default -> "x";
        });
    }
}
