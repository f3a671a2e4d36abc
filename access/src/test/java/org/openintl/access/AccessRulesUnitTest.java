package org.openintl.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openintl.access.testing.AccessMatrix;

class AccessRulesUnitTest {

    private final AccessRules rules = AccessRules.defaults();

    static Stream<AccessMatrix.Case> matrix() {
        return AccessMatrix.cases();
    }

    @ParameterizedTest
    @MethodSource("matrix")
    void answersTheSharedMatrix(AccessMatrix.Case call) {
        assertThat(rules.permits(call.method(), call.path(), Set.of(call.role())))
                .as(call.toString())
                .isEqualTo(call.allowed());
    }

    @ParameterizedTest
    @CsvSource({
        "/api/students,              /api/students/**, true",
        "/api/students/,             /api/students/**, true",
        "/api/students/s-1/notes,    /api/students/**, true",
        "/api/%73tudents/s-1,        /api/students/**, true",
        "/api/students;x=1/s-1,      /api/students/**, true",
        "/api/studentsX,             /api/students/**, false",
        "/API/students,              /api/students/**, false",
        "/api,                       /api/students/**, false",
        "/api/overview,              /api/overview,    true",
        "/api/overview/,             /api/overview,    false",
        "/api/overview/x,            /api/overview,    false",
        "/api/news/n-1/publish,      /api/news/*/publish, true",
        "/api/news/n-1/x/publish,    /api/news/*/publish, false",
        "/api/news//publish,         /api/news/{id}/publish, false",
        "/a/%zz,                     /a/%zz, true"
    })
    void matchesPathsAsTheServicesRouteThem(String path, String pattern, boolean matches) {
        assertThat(PathPattern.parse(pattern).matches(path)).isEqualTo(matches);
    }

    @Test
    void refusesPatternsItCannotMatchFaithfully() {
        assertThatThrownBy(() -> PathPattern.parse("/api/**/x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathPattern.parse("/api/stud*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PathPattern.parse("api/x")).isInstanceOf(IllegalArgumentException.class);
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
    void noRoleIsNeverEnough() {
        assertThat(rules.permits("GET", "/api/news", Set.of())).isFalse();
    }

    @Test
    void describesRolesInAStableOrder() {
        assertThat(AccessRules.describe(Set.of(Role.VIEWER, Role.ADMIN))).isEqualTo("ADMIN, VIEWER");
        assertThat(AccessRules.describe(Set.of())).isEqualTo("none");
    }
}
