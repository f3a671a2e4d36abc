package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeClasspathUnitTest {

    @TempDir
    Path tempDir;

    @Test
    void expandsAManifestOnlyBooterJar() throws IOException {
        Path lib = Files.createDirectories(tempDir.resolve("repo"));
        Path absolute = Files.createFile(lib.resolve("kafka_2.13-4.1.2.jar"));
        Path booterDir = Files.createDirectories(tempDir.resolve("surefire"));
        Path booter =
                booterJar(booterDir.resolve("surefirebooter-1.jar"), absolute.toUri() + " ../repo/h2.jar ../classes/");

        List<Path> entries = RuntimeClasspath.expand(booter.toString());

        assertThat(entries).containsExactly(booter, absolute, lib.resolve("h2.jar"), tempDir.resolve("classes"));
    }

    @Test
    void keepsAPlainClasspathAsItIs() {
        String classpath = String.join(File.pathSeparator, "/a/b.jar", "/a/classes", "");

        assertThat(RuntimeClasspath.expand(classpath)).containsExactly(Path.of("/a/b.jar"), Path.of("/a/classes"));
    }

    @Test
    void findsKafkaMongoAndLocalStackInThisTestJvm() {
        List<Path> entries = RuntimeClasspath.expand(System.getProperty("java.class.path"));

        assertThat(RuntimeClasspath.containsRequiredClasses(entries)).isTrue();
    }

    @Test
    void fallsBackToTheBuildOutputWhenTheClasspathLacksKafka() {
        assertThat(RuntimeClasspath.containsRequiredClasses(List.of(tempDir))).isFalse();
    }

    private static Path booterJar(Path jar, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
