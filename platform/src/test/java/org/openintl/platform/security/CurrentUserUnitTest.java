package org.openintl.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openintl.access.ClaimMapping;
import org.openintl.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserUnitTest {

    private final TokenAuthentication tokens = new TokenAuthentication(ClaimMapping.defaults());

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("3f2a-uuid")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .claims(c -> c.putAll(claims))
                .build();
    }

    private void callerIs(Map<String, Object> claims) {
        SecurityContextHolder.getContext().setAuthentication(tokens.convert(jwt(claims)));
    }

    @Test
    void showsPersonalDataOnlyToAdminAndStudentCounselor() {
        for (Role role : Role.values()) {
            callerIs(Map.of("roles", List.of(role.name())));
            boolean expected = role == Role.ADMIN || role == Role.STUDENT_COUNSELOR;
            assertThat(CurrentUser.current().maySeePersonalData())
                    .as(role.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void readsUserNameAndKnownRolesAndIgnoresOthers() {
        callerIs(Map.of(
                "preferred_username", "mei", "roles", List.of("VIEWER", "default-roles-intl", "offline_access")));

        assertThat(CurrentUser.current()).isEqualTo(new CurrentUser("mei", Set.of(Role.VIEWER)));
        assertThat(CurrentUser.current().mayWrite(Role.NEWS_EDITOR)).isFalse();
    }

    @Test
    void fallsBackToTheSubjectAndReadsNestedRoleClaims() {
        var keycloakStyle = new TokenAuthentication(new ClaimMapping("realm_access.roles", "preferred_username"));
        SecurityContextHolder.getContext()
                .setAuthentication(keycloakStyle.convert(
                        jwt(Map.of("realm_access", Map.of("roles", List.of("NEWS_EDITOR", "uma_authorization"))))));

        CurrentUser user = CurrentUser.current();
        assertThat(user.name()).isEqualTo("3f2a-uuid");
        assertThat(user.roles()).containsExactly(Role.NEWS_EDITOR);
        assertThat(user.mayWrite(Role.NEWS_EDITOR)).isTrue();
    }

    @Test
    void isAnonymousWithoutAToken() {
        assertThat(CurrentUser.current()).isEqualTo(CurrentUser.ANONYMOUS);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "k", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(CurrentUser.current().maySeePersonalData()).isFalse();
        assertThat(CurrentUser.current().roles()).isEmpty();
    }

    @Test
    void letsAdminWriteEveryDomain() {
        callerIs(Map.of("roles", List.of("ADMIN")));
        for (Role role : Role.values()) {
            assertThat(CurrentUser.current().mayWrite(role)).isTrue();
        }
    }
}
