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

/** The local stack's key for students' personal data: one random key per data directory, owner-only, reused. */
class StudentDataKeyUnitTest {

    @TempDir
    Path dataDir;

    @Test
    void makesARandomKeyOnceAndKeepsItOwnerOnly() throws Exception {
        Map<String, String> first = StudentDataKey.environment(dataDir.resolve("student-service"));

        String active = first.get(StudentDataKey.ACTIVE);
        assertThat(active).matches("local[0-9a-f]{8}");
        String key = first.get(StudentDataKey.KEY_PREFIX + active.toUpperCase());
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(first).hasSize(2);
        Path file = dataDir.resolve("student-service").resolve(StudentDataKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThat(StudentDataKey.environment(dataDir.resolve("student-service")))
                .as("the same directory keeps its key: the data sealed with it stays readable")
                .isEqualTo(first);
        assertThat(StudentDataKey.environment(dataDir.resolve("other")).get(StudentDataKey.ACTIVE))
                .as("another data directory gets its own key")
                .isNotEqualTo(active);
    }

    @Test
    void generatesNothingWhenTheCallerConfiguredKeys() {
        assertThat(StudentDataKey.configuredElsewhere(Map.of("INTL_STUDENTS_ENCRYPTION_KEYS_K1", "x"), List.of()))
                .isTrue();
        assertThat(StudentDataKey.configuredElsewhere(
                        Map.of(), List.of("--intl.students.encryption.keys.k1=x", "--server.port=1")))
                .isTrue();
        assertThat(StudentDataKey.configuredElsewhere(Map.of("PATH", "/bin"), List.of("--server.port=1")))
                .isFalse();
    }
}
