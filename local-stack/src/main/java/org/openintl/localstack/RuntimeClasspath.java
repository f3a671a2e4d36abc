package org.openintl.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.openintl.localstack.kafka.KafkaBrokerMain;

/**
 * The classpath for the broker and MongoDB child JVMs: this JVM's own classpath when it holds Kafka, H2 and
 * local-stack (a {@code java -cp} launch, an IDE, Maven's test JVMs), otherwise the build output of the module.
 *
 * <p>Surefire and failsafe may start tests from a "manifest-only" booter jar whose {@code Class-Path} manifest
 * attribute lists the real entries, so jars are expanded through their manifests.
 */
final class RuntimeClasspath {

    private static final List<Class<?>> REQUIRED = List.of(KafkaBrokerMain.class, kafka.Kafka.class, H2Backend.class);

    private RuntimeClasspath() {}

    static String resolve(ProjectLayout layout) {
        List<Path> own = expand(System.getProperty("java.class.path", ""));
        if (containsRequiredClasses(own)) {
            return join(own);
        }
        Path classes = layout.localStackClasses();
        Path lib = layout.localStackLib();
        if (Files.isDirectory(classes) && Files.isDirectory(lib)) {
            return classes + File.pathSeparator + lib.resolve("*");
        }
        throw new LocalStackException("cannot build the classpath for the Kafka and MongoDB processes: this JVM's "
                + "classpath lacks them and " + lib + " does not exist; run ./mvnw -pl local-stack -am package");
    }

    static List<Path> expand(String classpath) {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath().normalize();
            entries.add(path);
            entries.addAll(manifestClassPath(path));
        }
        return List.copyOf(entries);
    }

    static boolean containsRequiredClasses(List<Path> entries) {
        return REQUIRED.stream()
                .map(RuntimeClasspath::codeSource)
                .allMatch(source -> source.isPresent() && entries.contains(source.get()));
    }

    private static Optional<Path> codeSource(Class<?> type) {
        try {
            var codeSource = type.getProtectionDomain().getCodeSource();
            return codeSource == null
                    ? Optional.empty()
                    : Optional.of(Path.of(codeSource.getLocation().toURI())
                            .toAbsolutePath()
                            .normalize());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.getFileName().toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            URI base = jar.getParent().toUri();
            List<Path> entries = new ArrayList<>();
            for (String token : classPath.trim().split("\\s+")) {
                entries.add(Path.of(base.resolve(token)).toAbsolutePath().normalize());
            }
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static String join(List<Path> entries) {
        return String.join(
                File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
