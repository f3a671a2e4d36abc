package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutUnitTest {

    @TempDir
    Path tempDir;

    @Test
    void findsTheRootPomThatListsLocalStackFromASubdirectory() throws IOException {
        Files.writeString(tempDir.resolve("pom.xml"), "<modules><module>local-stack</module></modules>");
        Path module = Files.createDirectories(tempDir.resolve("system-tests/src"));
        Files.writeString(tempDir.resolve("system-tests/pom.xml"), "<artifactId>system-tests</artifactId>");

        assertThat(ProjectLayout.findAbove(module)).contains(new ProjectLayout(tempDir));
    }

    @Test
    void picksTheExecutableJarOfAService() throws IOException {
        Path target = Files.createDirectories(tempDir.resolve("gateway/target"));
        Path executable = Files.createFile(target.resolve("gateway-0.1.0-SNAPSHOT.jar"));
        Path older = Files.createFile(target.resolve("gateway-0.0.9.jar"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.createFile(target.resolve("gateway-0.1.0-SNAPSHOT-sources.jar"));
        Files.createFile(target.resolve("gateway-0.1.0-SNAPSHOT-plain.jar"));

        assertThat(new ProjectLayout(tempDir).serviceJar(StackService.GATEWAY)).isEqualTo(executable);
    }

    @Test
    void explainsHowToBuildAMissingJar() {
        assertThatThrownBy(() -> new ProjectLayout(tempDir).serviceJar(StackService.NEWS))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("news-service")
                .hasMessageContaining("package");
    }
}
