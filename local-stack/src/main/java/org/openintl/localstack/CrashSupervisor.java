package org.openintl.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts a child again after it exited without being asked to (a crash, an out-of-memory exit, {@code kill -9}),
 * after a back-off, and gives up with a message after repeated crashes ({@link RestartPolicy}). Before the stack is up
 * it only reports the exit: the readiness wait fails the start.
 */
final class CrashSupervisor {

    private final ProcessTable table;
    private final StackLaunchers launchers;
    private final StackSettings settings;
    private final StackConsole console;

    private final Object lock = new Object();
    /** Crashes since the last run that lasted {@link RestartPolicy#stableAfter()}, per process name. */
    private final Map<String, Integer> crashesInARow = new HashMap<>();
    /** Crashed processes whose restart is scheduled; {@link #cancel} removes the name. */
    private final Set<String> awaitingRestart = new HashSet<>();
    /** Restarts after a crash that became ready, per process name (tests wait on it). */
    private final Map<String, Integer> restarts = new HashMap<>();

    private ScheduledExecutorService restartTimer;
    private boolean supervising;
    private boolean shutDown;

    CrashSupervisor(ProcessTable table, StackLaunchers launchers, StackSettings settings, StackConsole console) {
        this.table = table;
        this.launchers = launchers;
        this.settings = settings;
        this.console = console;
    }

    /** From now on a crashed child is restarted; before, its exit is only reported. */
    void startSupervising() {
        synchronized (lock) {
            supervising = true;
        }
    }

    /** A process is stopped on purpose: a restart scheduled for it does not happen. */
    void cancel(String name) {
        synchronized (lock) {
            awaitingRestart.remove(name);
        }
    }

    /** The stack closes: no restart happens any more. */
    void shutdown() {
        synchronized (lock) {
            shutDown = true;
            awaitingRestart.clear();
            if (restartTimer != null) {
                restartTimer.shutdownNow();
            }
        }
    }

    int restarts(String name) {
        synchronized (lock) {
            return restarts.getOrDefault(name, 0);
        }
    }

    /** A child exited without {@link ChildProcess#stop}. */
    void onUnexpectedExit(ChildProcess child, int exitCode) {
        String name = child.name();
        synchronized (lock) {
            if (!table.isCurrent(child)) {
                return;
            }
            if (!supervising) {
                console.say("%s exited unexpectedly with code %d; see %s", name, exitCode, child.logFile());
                return;
            }
        }
        if (table.removeIfCurrent(child)) {
            crashed(name, "exited unexpectedly with code " + exitCode, child.uptime(), child);
        }
    }

    private void crashed(String name, String what, Duration uptime, ChildProcess child) {
        RestartPolicy policy = settings.restartPolicy();
        synchronized (lock) {
            if (shutDown || table.isClosed()) {
                return;
            }
            int crashes = uptime.compareTo(policy.stableAfter()) >= 0 ? 1 : crashesInARow.getOrDefault(name, 0) + 1;
            crashesInARow.put(name, crashes);
            if (policy.givesUp(crashes)) {
                console.say(
                        "%s %s: it crashed %d times in a row, so it is NOT restarted again; the rest of the stack keeps "
                                + "running. Fix the cause (its log: %s), then restart the stack. Last lines of the log:%n%s",
                        name, what, crashes, child.logFile(), child.tail(20));
                return;
            }
            awaitingRestart.add(name);
            if (restartTimer == null) {
                restartTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "local-stack-restarts");
                    thread.setDaemon(true);
                    return thread;
                });
            }
            Duration delay = policy.backoff(crashes);
            console.say(
                    "%s %s; restarting it in %s (crash %d in a row, at most %d restarts); see %s",
                    name,
                    what,
                    "%.1f s".formatted(delay.toMillis() / 1000.0),
                    crashes,
                    policy.maxRestarts(),
                    child.logFile());
            // the wait for readiness can take minutes: it runs on its own thread, not on the timer
            restartTimer.schedule(
                    () -> {
                        Thread restart = new Thread(() -> restart(name), "local-stack-restart-" + name);
                        restart.setDaemon(true);
                        restart.start();
                    },
                    delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void restart(String name) {
        synchronized (lock) {
            if (shutDown || table.isClosed() || !awaitingRestart.remove(name)) {
                return; // stopped on purpose meanwhile
            }
        }
        Instant begin = Instant.now();
        ChildProcess child;
        try {
            child = launchers.launch(name);
        } catch (RuntimeException e) {
            ChildProcess placeholder = new ChildProcess(name, List.of(), Map.of(), settings.logFile(name));
            crashed(name, "could not be started again (" + e.getMessage() + ")", Duration.ZERO, placeholder);
            return;
        }
        try {
            launchers.awaitReady(name, child, begin, begin.plus(settings.readinessTimeout()));
        } catch (LocalStackException e) {
            if (child.isAlive()) {
                if (!table.removeIfCurrent(child)) {
                    return;
                }
                child.stop(ProcessTable.STOP_GRACE);
                crashed(name, "was not ready in time after a restart", Duration.ZERO, child);
            }
            // otherwise it exited again, and its exit was handled like any crash
            return;
        }
        synchronized (lock) {
            restarts.merge(name, 1, Integer::sum);
        }
        console.say("%s restarted after a crash (%s)", name, StackConsole.since(begin));
    }
}
