package org.openintl.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessRulesUnitTest {

    private final AccessRules rules = new AccessRules(AccessRule.defaults());

    @ParameterizedTest
    @CsvSource({
        "POST,   /api/partners,                 PARTNERSHIP_OFFICER",
        "PUT,    /api/partnerships/p-1,         PARTNERSHIP_OFFICER",
        "POST,   /api/students/imports,         STUDENT_COUNSELOR",
        "DELETE, /api/students/s-1/documents/d, STUDENT_COUNSELOR",
        "PATCH,  /api/news/n-1,                 NEWS_EDITOR",
    })
    void letsOnlyTheDomainRoleAndAdminWrite(String method, String path, Role domainRole) {
        assertThat(rules.allowed(method, path)).containsExactlyInAnyOrder(Role.ADMIN, domainRole);
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/students/s-1", "HEAD, /api/news", "OPTIONS, /api/partners", "GET, /api/partnerships/stats"})
    void letsEveryRoleRead(String method, String path) {
        assertThat(rules.allowed(method, path)).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void keepsEverythingOutsideTheAreasForAdmin() {
        assertThat(rules.allowed("GET", "/admin/dlt")).containsExactly(Role.ADMIN);
        assertThat(rules.allowed("POST", "/api/partnersX")).containsExactly(Role.ADMIN);
    }

    @Test
    void narrowsReadsWhenARuleSaysSo() {
        var narrowed = new AccessRules(
                List.of(new AccessRule(List.of("/api/audit/**"), Set.of(), Set.of(Role.STUDENT_COUNSELOR))));

        assertThat(narrowed.permits("GET", "/api/audit/1", Set.of(Role.VIEWER))).isFalse();
        assertThat(narrowed.permits("GET", "/api/audit/1", Set.of(Role.STUDENT_COUNSELOR)))
                .isTrue();
        assertThat(narrowed.permits("POST", "/api/audit/1", Set.of(Role.STUDENT_COUNSELOR)))
                .isFalse();
        assertThat(narrowed.permits("POST", "/api/audit/1", Set.of(Role.ADMIN))).isTrue();
    }

    @Test
    void refusesARuleWithoutPaths() {
        assertThatThrownBy(() -> new AccessRule(List.of(), Set.of(Role.VIEWER), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void describesRolesInAStableOrder() {
        assertThat(AccessRules.describe(Set.of(Role.VIEWER, Role.ADMIN))).isEqualTo("ADMIN, VIEWER");
    }
}
