package fr.vigie.identity;

import jakarta.servlet.DispatcherType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.partners.PartnerApiRouting;
import fr.vigie.partners.PartnerDirectory;
import fr.vigie.partners.PartnerEndpoints;
import fr.vigie.partners.PartnerKeyAuthenticationFilter;
import fr.vigie.partners.PartnerRateLimits;

/**
 * Who may call what. Every API endpoint has an explicit rule; an endpoint not listed is denied,
 * while a path or method that no endpoint answers gets the truth (404/405).
 * Partners authenticate per request with their API key; people log in and hold a session,
 * protected against CSRF with the single-page-app cookie/header pair.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserAccounts users, PasswordEncoder passwords) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * The partner API: calls carrying an API key, and calls to a partner path without one (so
     * that they get the partner API's 401 with its {@code WWW-Authenticate: Bearer} challenge,
     * not the workbench's CSRF 403). Authenticated per request, never a session, no CSRF (no
     * cookie is involved). A partner key reaches the endpoints of {@link PartnerEndpoints} and
     * nothing else: {@link PartnerApiRouting} answers 404/405 for the rest.
     */
    @Bean
    @Order(1)
    SecurityFilterChain partnerApiSecurity(HttpSecurity http, PartnerDirectory partners, PartnerRateLimits rateLimits,
            JsonMapper json) throws Exception {
        var unauthorized = ProblemResponses.partnerUnauthorized(json);
        http
                .securityMatcher(request -> PartnerKeyAuthenticationFilter.carriesPartnerKey(request)
                        || PartnerEndpoints.isPartnerPath(request))
                .addFilterBefore(new PartnerKeyAuthenticationFilter(partners, rateLimits, unauthorized,
                        ProblemResponses.tooManyRequests(json)), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PartnerApiRouting(json), PartnerKeyAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .headers(SecurityConfiguration::hardenedHeaders)
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(auth -> auth
                        // an error forwarded to /error is rendered, whoever called: the original
                        // request was authorised (or refused) already
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PartnerEndpoints::isEndpoint).hasRole(Role.PARTNER.name())
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Requests the firewall refuses answer a problem document, not the container's error page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
        return ProblemResponses.rejected(json);
    }

    /** People: session login, CSRF by cookie and header, one explicit rule per endpoint. */
    @Bean
    @Order(2)
    SecurityFilterChain workbenchSecurity(HttpSecurity http, JsonMapper json, SecurityContextRepository contexts,
            UserAccounts users, ApplicationContext context) throws Exception {
        RequestMatcher singlePageRoute = request -> HttpMethod.GET.matches(request.getMethod())
                && !request.getRequestURI().startsWith("/api/") && !request.getRequestURI().startsWith("/actuator");
        http
                .securityContext(c -> c.securityContextRepository(contexts))
                .addFilterBefore(new SessionRevalidationFilter(users), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.spa()
                        // Logging in needs no token yet; the session it creates gets one.
                        .ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod())
                                && "/api/v1/auth/login".equals(request.getRequestURI())))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .headers(SecurityConfiguration::hardenedHeaders)
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/logout").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/auth/me").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/second-factor/setup",
                                "/api/v1/auth/second-factor/confirm").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/events").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        // where her alerts are e-mailed: duty alerts (coordinators), watch alerts (whoever watches)
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/alerts/settings").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/queue/alerts/settings").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/queue/alerts",
                                "/api/v1/queue/service-levels", "/api/v1/escalations").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/queue/alerts/*/acknowledgement", "/api/v1/queue/alerts/acknowledgements",
                                "/api/v1/escalations/*/answer")
                                .hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/manual-reports").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/claim/reassign").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/*").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/*/referral-packet").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/reports/*/referral-packet.pdf").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        // second approval: a coordinator other than the author (checked by triage)
                        .requestMatchers(HttpMethod.GET, "/api/v1/approvals").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/decisions/*/approval").hasRole(Role.COORDINATOR.name())
                        // referral follow-through
                        .requestMatchers(HttpMethod.GET, "/api/v1/referrals").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/referrals/*/sent", "/api/v1/reports/*/referrals/*/acknowledged")
                                .hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/group-decisions").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/contacts/*/reports", "/api/v1/contacts/*/network",
                                "/api/v1/reports/*/network").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/contacts/*").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/search").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/watchlist", "/api/v1/watchlist/alerts/unseen").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/watchlist", "/api/v1/watchlist/alerts/*/seen")
                                .hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/watchlist/*").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/contacts/*/notes").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers("/api/v1/reports/*/claim").hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports/*/decisions", "/api/v1/reports/*/notes")
                        .hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/rescoring").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/rules", "/api/v1/rules/preview").hasRole(Role.COORDINATOR.name())
                        // coordination: shifts (coordinators plan, a worker reads hers and signs up for open slots)
                        // the workers to reassign a report to (reassigning is the coordinators')
                        .requestMatchers(HttpMethod.GET, "/api/v1/shifts/colleagues").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/shifts", "/api/v1/shifts/now")
                                .hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/shifts").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/shifts/*").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/shifts/*").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/shifts/*/signup").hasRole(Role.WORKER.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/shifts/*/handover")
                                .hasAnyRole(Role.WORKER.name(), Role.COORDINATOR.name())
                        // administration: accounts, audit log, retention
                        // figures only, no content: the coordinators who steer the team and the administrators
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics", "/api/v1/statistics/export")
                                .hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
                        // each worker's activity, by name: the coordinators who lead the team only
                        .requestMatchers(HttpMethod.GET, "/api/v1/statistics/workers").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/users").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/users", "/api/v1/admin/users/*/disable",
                                "/api/v1/admin/users/*/enable", "/api/v1/admin/users/*/unlock",
                                "/api/v1/admin/users/*/second-factor/reset").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/admin/users/*/roles", "/api/v1/admin/users/*/password")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/audit", "/api/v1/admin/audit/verify").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/retention/policy").hasRole(Role.ADMIN.name())
                        // a partner's webhook and its delivery log
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/partners/*/webhook", "/api/v1/admin/partners/*/webhook/deliveries")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/admin/partners/*/webhook").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/admin/partners/*/webhook").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/partners/*/webhook/secret",
                                "/api/v1/admin/partners/*/webhook/deliveries/*/replay").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/retention/dry-run", "/api/v1/admin/retention/run")
                                .hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/search/reindex").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMIN.name())
                        // the partner API's description, public like the contract it describes
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // operations: health and metrics carry no report content
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error").permitAll()
                        // the single-page application's files and client-side routes
                        .requestMatchers(singlePageRoute).permitAll()
                        // no endpoint there (or not with this method): MVC says 404/405 rather than 403
                        .requestMatchers(new UnmappedRequests(context)).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    private static void hardenedHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER));
    }
}
