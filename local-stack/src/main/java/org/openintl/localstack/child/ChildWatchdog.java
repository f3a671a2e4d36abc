package org.openintl.localstack.child;

import java.util.Optional;

/**
 * Ends this JVM when the process that started it is gone, so that a killed supervisor leaves no orphaned
 * broker or service behind. It also makes the child ignore SIGINT: Ctrl-C in a terminal reaches the whole
 * process group, but the supervisor must stop its children itself, services before the infrastructure.
 *
 * <p>Used directly by the infrastructure mains and as a {@code -javaagent} (premain argument: the parent
 * pid) for the Spring Boot services, whose main classes we do not control. It must stay a single class
 * without dependencies because the supervisor copies it alone into a generated agent jar.
 */
public final class ChildWatchdog {

    private static final long HALT_AFTER_MILLIS = 30_000;

    private ChildWatchdog() {}

    /** Java agent entry point: {@code -javaagent:watchdog.jar=<parent pid>}. */
    public static void premain(String agentArgs) {
        install(Long.parseLong(agentArgs.trim()));
    }

    public static void install(long parentPid) {
        ignoreSigint();
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            parentGone(parentPid);
            return;
        }
        parent.get().onExit().thenRun(() -> parentGone(parentPid));
    }

    private static void parentGone(long parentPid) {
        System.err.println("[watchdog] parent process " + parentPid + " is gone, shutting down");
        Thread halt = new Thread(ChildWatchdog::haltLater, "watchdog-halt");
        halt.setDaemon(true);
        halt.start();
        // a separate thread: System.exit blocks until the shutdown hooks are done
        new Thread(() -> System.exit(0), "watchdog-exit").start();
    }

    /** Shutdown hooks that hang (e.g. a producer waiting for a dead broker) must not keep an orphan alive. */
    private static void haltLater() {
        try {
            Thread.sleep(HALT_AFTER_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(1);
    }

    @SuppressWarnings("restriction")
    private static void ignoreSigint() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            System.err.println("[watchdog] cannot ignore SIGINT here: " + e.getMessage());
        }
    }
}
