package org.openintl.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the project's build output lives: the root is the directory whose pom.xml lists the local-stack module. */
record ProjectLayout(Path root) {

    static final String HOME_PROPERTY = "intl.home";
    static final String HOME_ENV = "INTL_HOME";

    private static final List<String> NOT_EXECUTABLE =
            List.of("-sources.jar", "-javadoc.jar", "-tests.jar", "-test-sources.jar", "-plain.jar");

    ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** {@code -Dintl.home}, else {@code $INTL_HOME}, else the nearest project root at or above the working directory. */
    static ProjectLayout locate() {
        String home = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (home != null && !home.isBlank()) {
            return new ProjectLayout(Path.of(home));
        }
        return findAbove(Path.of("").toAbsolutePath())
                .orElseThrow(() -> new LocalStackException("cannot find the project root (a pom.xml with "
                        + "<module>local-stack</module>) at or above "
                        + Path.of("").toAbsolutePath()
                        + "; set -D" + HOME_PROPERTY + "=<dir>"));
    }

    static Optional<ProjectLayout> findAbove(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (isProjectRoot(dir)) {
                return Optional.of(new ProjectLayout(dir));
            }
        }
        return Optional.empty();
    }

    private static boolean isProjectRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>local-stack</module>");
        } catch (IOException e) {
            return false;
        }
    }

    Path localStackClasses() {
        return root.resolve("local-stack/target/classes");
    }

    Path localStackLib() {
        return root.resolve("local-stack/target/lib");
    }

    /** The newest executable jar in {@code <module>/target}, e.g. {@code gateway/target/gateway-0.1.0-SNAPSHOT.jar}. */
    Path serviceJar(StackService service) {
        Path target = root.resolve(service.moduleName()).resolve("target");
        String prefix = service.moduleName() + "-";
        try (Stream<Path> files = Files.isDirectory(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(prefix)
                                && name.endsWith(".jar")
                                && NOT_EXECUTABLE.stream().noneMatch(name::endsWith);
                    })
                    .max(Comparator.comparing(ProjectLayout::lastModified))
                    .orElseThrow(() -> new LocalStackException("no executable jar for " + service.moduleName() + " in "
                            + target + "; build it with ./mvnw -DskipTests package (or start with --infra-only)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
