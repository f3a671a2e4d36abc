package org.openintl.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One supervised JVM: its output is appended to a log file, and stopping it means SIGTERM, then SIGKILL. */
final class ChildProcess {

    private static final Duration KILL_WAIT = Duration.ofSeconds(10);
    private static final int TAIL_BYTES = 16 * 1024;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private volatile Process process;
    private volatile boolean stopRequested;
    private volatile Instant startedAt = Instant.now();

    ChildProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    List<String> command() {
        return command;
    }

    /** @param onUnexpectedExit told the exit code when the process ends without {@link #stop} */
    void start(Consumer<Integer> onUnexpectedExit) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.writeString(
                logFile,
                "%n===== local-stack: starting %s at %s =====%n%s%n"
                        .formatted(name, Instant.now(), String.join(" ", command)),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        stopRequested = false;
        startedAt = Instant.now();
        Process started = builder.start();
        started.getOutputStream().close();
        process = started;
        started.onExit().thenAccept(exited -> {
            if (!stopRequested) {
                onUnexpectedExit.accept(exited.exitValue());
            }
        });
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /** Time since the process was started: when it has just exited, how long it ran. */
    Duration uptime() {
        return Duration.between(startedAt, Instant.now());
    }

    long pid() {
        Process current = process;
        return current == null ? -1 : current.pid();
    }

    /** Sends SIGTERM without waiting, so that several children can shut down at the same time. */
    void requestStop() {
        stopRequested = true;
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
        }
    }

    /** Waits until {@code deadline} for the exit after {@link #requestStop}, then kills the process. */
    void awaitStop(Instant deadline) {
        Process current = process;
        if (current == null) {
            return;
        }
        try {
            Duration left = Duration.between(Instant.now(), deadline);
            if (!current.waitFor(Math.max(0, left.toMillis()), TimeUnit.MILLISECONDS)) {
                current.destroyForcibly();
                current.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    void stop(Duration grace) {
        requestStop();
        awaitStop(Instant.now().plus(grace));
    }

    /** The last {@code lines} lines of the log, to show why a process failed without opening the file. */
    String tail(int lines) {
        if (!Files.exists(logFile)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
