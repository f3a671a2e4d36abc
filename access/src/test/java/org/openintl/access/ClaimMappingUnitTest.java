package org.openintl.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimMappingUnitTest {

    @Test
    void readsKnownRolesFromATopLevelArrayAndIgnoresOthers() {
        var claims = Map.<String, Object>of("roles", List.of("VIEWER", "offline_access", "ROLE_NEWS_EDITOR"));

        assertThat(ClaimMapping.defaults().roles(claims)).containsExactlyInAnyOrder(Role.VIEWER, Role.NEWS_EDITOR);
    }

    @Test
    void followsADottedPathAndSpaceSeparatedStrings() {
        var keycloak = Map.<String, Object>of("realm_access", Map.of("roles", List.of("ADMIN", "default-roles-intl")));
        var scopeLike = Map.<String, Object>of("roles", "VIEWER STUDENT_COUNSELOR");

        assertThat(new ClaimMapping("realm_access.roles", "preferred_username").roles(keycloak))
                .containsExactly(Role.ADMIN);
        assertThat(ClaimMapping.defaults().roles(scopeLike))
                .containsExactlyInAnyOrder(Role.VIEWER, Role.STUDENT_COUNSELOR);
        assertThat(ClaimMapping.defaults().roles(Map.of("roles", 42))).isEmpty();
        assertThat(new ClaimMapping("a.b", "x").roles(Map.of("a", "not an object")))
                .isEmpty();
    }

    @Test
    void namesTheUserByTheUsernameClaimElseBySubject() {
        assertThat(ClaimMapping.defaults().username(Map.of("preferred_username", "mei", "sub", "u-1")))
                .isEqualTo("mei");
        assertThat(ClaimMapping.defaults().username(Map.of("sub", "u-1"))).isEqualTo("u-1");
        assertThat(ClaimMapping.defaults().username(Map.of("preferred_username", 7, "sub", "u-1")))
                .isEqualTo("u-1");
    }
}
