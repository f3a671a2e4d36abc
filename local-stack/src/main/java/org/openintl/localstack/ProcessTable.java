package org.openintl.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The children that run now, by process name: starting one (after checking its ports are free), stopping one, and
 * taking all of them at once when the stack closes. Once closed, nothing starts again.
 */
final class ProcessTable {

    static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Object lock = new Object();
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();
    private volatile boolean closed;

    /**
     * Starts {@code name} unless it runs already.
     *
     * @param onUnexpectedExit told the child and its exit code when it exits without being stopped
     */
    ChildProcess launch(
            String name,
            List<Integer> tcpPorts,
            Supplier<List<String>> command,
            Map<String, String> env,
            Path logFile,
            BiConsumer<ChildProcess, Integer> onUnexpectedExit) {
        synchronized (lock) {
            ensureOpen();
            ChildProcess previous = running.get(name);
            if (previous != null && previous.isAlive()) {
                throw new IllegalStateException(name + " is already running");
            }
            tcpPorts.forEach(port -> requirePortFree(name, port));
            ChildProcess child = new ChildProcess(name, command.get(), env, logFile);
            try {
                child.start(exitCode -> onUnexpectedExit.accept(child, exitCode));
            } catch (IOException e) {
                throw new LocalStackException("cannot start " + name + ": " + e.getMessage(), e);
            }
            running.put(name, child);
            return child;
        }
    }

    /** Forgets {@code child} if it is still the one running under its name; false if it was replaced or closed. */
    boolean removeIfCurrent(ChildProcess child) {
        synchronized (lock) {
            if (closed || running.get(child.name()) != child) {
                return false;
            }
            running.remove(child.name());
            return true;
        }
    }

    /** Whether {@code child} is still the one running under its name (and the table is open). */
    boolean isCurrent(ChildProcess child) {
        synchronized (lock) {
            return !closed && running.get(child.name()) == child;
        }
    }

    /** Removes the child from the table and stops it; returns it, or null if none ran under that name. */
    ChildProcess remove(String name) {
        synchronized (lock) {
            return running.remove(name);
        }
    }

    boolean isRunning(String name) {
        synchronized (lock) {
            ChildProcess child = running.get(name);
            return child != null && child.isAlive();
        }
    }

    OptionalLong pid(String name) {
        synchronized (lock) {
            ChildProcess child = running.get(name);
            return child != null && child.isAlive() ? OptionalLong.of(child.pid()) : OptionalLong.empty();
        }
    }

    List<ChildProcess> snapshot() {
        synchronized (lock) {
            return List.copyOf(running.values());
        }
    }

    /**
     * Closes the table and hands back everything that ran; {@code null} if it was closed before (by another thread,
     * e.g. the shutdown hook while main() is closing).
     */
    List<ChildProcess> closeAndDrain() {
        synchronized (lock) {
            if (closed) {
                return null;
            }
            closed = true;
            List<ChildProcess> all = new ArrayList<>(running.values());
            running.clear();
            return all;
        }
    }

    boolean isClosed() {
        return closed;
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this LocalStack is closed; build a new one");
        }
    }

    /** SIGTERM to all at once, then waits for each until a common deadline (and kills what is left). */
    static void stopAll(List<ChildProcess> children) {
        children.forEach(ChildProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        children.forEach(child -> child.awaitStop(deadline));
    }

    private static void requirePortFree(String name, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new LocalStackException("port " + port + " for " + name + " is already in use. Is another local "
                    + "stack running? (--port-offset=N or StackPorts.withOffset(N) moves all ports)");
        }
    }
}
