package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The session checks that the shared test context cannot switch on: second-factor enrolment. */
class SessionRevalidationFilterTest {

    private final UserAccounts users = mock(UserAccounts.class);
    private final SessionRevalidationFilter filter = new SessionRevalidationFilter(users);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse call(String path, MockHttpSession session) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "dominique", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        var request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.setSession(session);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aSessionThatMustEnrolReachesOnlyTheSessionEndpointsAndThePages() throws Exception {
        when(users.activeVersion("dominique")).thenReturn(Optional.of(3));
        var session = new MockHttpSession();
        SessionRevalidationFilter.remember(session, 3);
        SessionRevalidationFilter.requireEnrolment(session);

        var refused = call("/api/v1/admin/users", session);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("ENROLMENT_REQUIRED");
        assertThat(call("/api/v1/queue", session).getStatus()).isEqualTo(403);
        assertThat(call("/actuator/info", session).getStatus()).isEqualTo(403);
        assertThat(call("/api/v1/auth/second-factor/setup", session).getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/auth/me", session).getStatus()).isEqualTo(200);
        assertThat(call("/securite", session).getStatus()).isEqualTo(200);

        SessionRevalidationFilter.enrolled(session);
        assertThat(call("/api/v1/admin/users", session).getStatus()).isEqualTo(200);
    }

    @Test
    void aSessionWhoseAccountChangedEnds() throws Exception {
        when(users.activeVersion("dominique")).thenReturn(Optional.of(4));
        var session = new MockHttpSession();
        SessionRevalidationFilter.remember(session, 3);
        call("/api/v1/queue", session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theRolesThatRequireASecondFactorAreConfigurable() {
        var properties = new SecondFactorProperties(java.util.Set.of(Role.ADMIN, Role.COORDINATOR), null);
        assertThat(properties.requiredFor(List.of(Role.WORKER))).isFalse();
        assertThat(properties.requiredFor(List.of(Role.WORKER, Role.COORDINATOR))).isTrue();
        assertThat(new SecondFactorProperties(null, null).requiredFor(List.of(Role.ADMIN))).isFalse();
    }
}
