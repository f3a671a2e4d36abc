package org.openintl.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/** Timings worth reading after a run: printed, and collected in {@code target/system-data/measurements.txt}. */
public final class Measurements {

    private static volatile Path file;

    private Measurements() {}

    static void useFile(Path path) {
        file = path;
    }

    public static void record(String what, Duration took) {
        record(what, "%d ms".formatted(took.toMillis()));
    }

    public static void record(String what, String value) {
        String line = "[system-tests] " + what + ": " + value;
        System.out.println(line);
        Path target = file;
        if (target != null) {
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(
                        target,
                        line + System.lineSeparator(),
                        StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
