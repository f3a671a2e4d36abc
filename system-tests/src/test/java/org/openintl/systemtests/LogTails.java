package org.openintl.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Prints the last lines of every process log, so that a failure in CI can be read from the build output alone. */
final class LogTails {

    private LogTails() {}

    static void print(Path logsDir, int lines, String reason) {
        if (!Files.isDirectory(logsDir)) {
            return;
        }
        System.out.println("[system-tests] " + reason + ": the last " + lines + " lines of each log in " + logsDir);
        try (Stream<Path> logs = Files.list(logsDir)) {
            logs.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .sorted()
                    .forEach(log -> {
                        System.out.println("----- " + log.getFileName() + " -----");
                        tail(log, lines).forEach(System.out::println);
                    });
        } catch (IOException e) {
            System.out.println("[system-tests] cannot list " + logsDir + ": " + e);
        }
    }

    private static List<String> tail(Path log, int lines) {
        try {
            // decoded leniently: a log cut in the middle of a character must still print
            List<String> all = Arrays.asList(new String(Files.readAllBytes(log), StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read: " + e + ")");
        }
    }
}
