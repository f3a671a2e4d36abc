package org.openintl.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The signing key and a generated admin password survive restarts and are readable by their owner only. */
@ExtendWith(OutputCaptureExtension.class)
class IssuerFilesUnitTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTheSigningKeyAcrossRestarts() throws Exception {
        SigningKey first = SigningKey.loadOrCreate(dataDir.resolve("gateway"));
        SigningKey again = SigningKey.loadOrCreate(dataDir.resolve("gateway"));

        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.publicKey()).isEqualTo(first.publicKey());
        Path file = dataDir.resolve("gateway").resolve(SigningKey.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(first.publicJwkSet().toString()).doesNotContain("\"d\"").contains(first.keyId());
    }

    @Test
    void generatesTheAdminPasswordOnceStoresItPrivatelyAndPrintsItOnce(CapturedOutput output) throws Exception {
        String generated = AdminPassword.resolve(null, dataDir);
        String again = AdminPassword.resolve("", dataDir);

        assertThat(generated).hasSize(24);
        assertThat(again).isEqualTo(generated);
        Path file = dataDir.resolve(AdminPassword.FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(generated);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(output.getAll().split(generated, -1)).hasSize(2);
    }

    @Test
    void prefersThePasswordFromTheEnvironment() {
        assertThat(AdminPassword.resolve("from-env", dataDir)).isEqualTo("from-env");
        assertThat(dataDir.resolve(AdminPassword.FILE)).doesNotExist();
    }
}
