package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's keys for personal data: one random key per service and data directory, owner-only, reused. */
class PersonalDataKeyUnitTest {

    @TempDir
    Path dataDir;

    @Test
    void makesARandomKeyOnceAndKeepsItOwnerOnly() throws Exception {
        Map<String, String> first = PersonalDataKey.STUDENTS.environment(dataDir.resolve("student-service"));

        String active = first.get(PersonalDataKey.STUDENTS.active());
        assertThat(active).matches("local[0-9a-f]{8}");
        String key = first.get(PersonalDataKey.STUDENTS.keyPrefix() + active.toUpperCase());
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(first).hasSize(2);
        Path file = dataDir.resolve("student-service").resolve(PersonalDataKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThat(PersonalDataKey.STUDENTS.environment(dataDir.resolve("student-service")))
                .as("the same directory keeps its key: the data sealed with it stays readable")
                .isEqualTo(first);
        assertThat(PersonalDataKey.STUDENTS
                        .environment(dataDir.resolve("other"))
                        .get(PersonalDataKey.STUDENTS.active()))
                .as("another data directory gets its own key")
                .isNotEqualTo(active);
    }

    @Test
    void generatesNothingWhenTheCallerConfiguredKeys() {
        assertThat(PersonalDataKey.STUDENTS.configuredElsewhere(
                        Map.of("INTL_STUDENTS_ENCRYPTION_KEYS_K1", "x"), List.of()))
                .isTrue();
        assertThat(PersonalDataKey.STUDENTS.configuredElsewhere(
                        Map.of(), List.of("--intl.students.encryption.keys.k1=x", "--server.port=1")))
                .isTrue();
        assertThat(PersonalDataKey.STUDENTS.configuredElsewhere(Map.of("PATH", "/bin"), List.of("--server.port=1")))
                .isFalse();
    }

    @Test
    void facultyServiceGetsAKeyOfItsOwnUnderItsOwnNames() {
        Map<String, String> students = PersonalDataKey.STUDENTS.environment(dataDir.resolve("student-service"));
        Map<String, String> faculty = PersonalDataKey.FACULTY.environment(dataDir.resolve("faculty-service"));

        String active = faculty.get("INTL_FACULTY_ENCRYPTION_ACTIVEKEY");
        assertThat(active).matches("local[0-9a-f]{8}");
        assertThat(Base64.getDecoder().decode(faculty.get("INTL_FACULTY_ENCRYPTION_KEYS_" + active.toUpperCase())))
                .hasSize(32);
        assertThat(faculty.values()).doesNotContainAnyElementsOf(students.values());
        assertThat(PersonalDataKey.of(StackService.FACULTY)).contains(PersonalDataKey.FACULTY);
        assertThat(PersonalDataKey.of(StackService.NEWS)).isEmpty();
        assertThat(PersonalDataKey.FACULTY.configuredElsewhere(
                        Map.of("INTL_STUDENTS_ENCRYPTION_KEYS_K1", "x"), List.of()))
                .isFalse();
    }
}
