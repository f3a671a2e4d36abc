package org.openintl.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The supervisor's progress lines, each prefixed {@code [local-stack]}. */
final class StackConsole {

    private final PrintStream out;

    StackConsole(PrintStream out) {
        this.out = out;
    }

    void say(String format, Object... args) {
        out.println("[local-stack] " + format.formatted(args));
    }

    static String since(Instant begin) {
        return "%.1f s".formatted(Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    static String names(List<ChildProcess> children) {
        return String.join(", ", children.stream().map(ChildProcess::name).toList());
    }
}
