package org.openintl.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackPorts;
import org.openintl.localstack.StackService;

/**
 * The whole system, started once per test run the way {@code ./run-local.sh} starts it: a Kafka broker (KRaft), the
 * MongoDB wire server, the four services and the web console, each in its own JVM, on free ports, with data and
 * logs under {@code system-tests/target/system-data} (emptied at the start of a run, kept afterwards for reading).
 *
 * <p>The gateway gets a random admin password through {@code INTL_ADMIN_PASSWORD}; {@link Gateway} uses it when the
 * gateway issues tokens.
 */
public final class SystemUnderTest {

    /** Where data and logs go; failsafe sets it to {@code target/system-data}. */
    static final String DATA_DIR_PROPERTY = "intl.system-tests.data-dir";

    private static final Object LOCK = new Object();
    private static SystemUnderTest instance;
    private static RuntimeException startFailure;

    private final LocalStack stack;
    private final Gateway gateway;
    private final Office office;

    private SystemUnderTest(LocalStack stack, String adminPassword) {
        this.stack = stack;
        this.gateway = new Gateway(new Http(stack.gatewayUrl()), adminPassword);
        this.office = new Office(gateway);
    }

    /** The running system; starts it on the first call, and fails at once on later calls if that start failed. */
    static SystemUnderTest obtain() {
        synchronized (LOCK) {
            if (startFailure != null) {
                throw new IllegalStateException("the system did not start; see the first failure", startFailure);
            }
            if (instance == null) {
                try {
                    instance = start();
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
            }
            return instance;
        }
    }

    static Optional<SystemUnderTest> ifStarted() {
        synchronized (LOCK) {
            return Optional.ofNullable(instance);
        }
    }

    public LocalStack stack() {
        return stack;
    }

    /** The API as an administrator calls it, through the gateway. */
    public Gateway gateway() {
        return gateway;
    }

    /** The calls of the office's daily work, through the gateway. */
    public Office office() {
        return office;
    }

    /** A subscriber's view of a topic, read from its beginning. */
    public TopicReader read(String topic) {
        return new TopicReader(stack.kafkaBootstrap(), topic);
    }

    private static SystemUnderTest start() {
        Path dataDir = Path.of(System.getProperty(DATA_DIR_PROPERTY, "target/system-data"))
                .toAbsolutePath()
                .normalize();
        deleteRecursively(dataDir);
        Measurements.useFile(dataDir.resolve("measurements.txt"));
        String adminPassword = "system-tests-" + UUID.randomUUID();
        LocalStack.Builder builder = LocalStack.builder()
                .dataDir(dataDir)
                // free ports: a developer's own ./run-local.sh (8080...) may be running next to the tests
                .ports(StackPorts.freePorts())
                .readinessTimeout(Duration.ofMinutes(4))
                // the fault tests stream thousands of writes as one user; the rate limit has its own tests in the
                // gateway
                .serviceEnv(StackService.GATEWAY, gatewayEnvironment(adminPassword));
        String home = System.getProperty("intl.home");
        if (home != null) {
            builder.projectDir(Path.of(home).toAbsolutePath().normalize());
        }
        Instant begin = Instant.now();
        LocalStack stack;
        try {
            stack = builder.build().start();
        } catch (RuntimeException e) {
            // LocalStack already stopped what it started; the message has the failing process's log tail
            LogTails.print(dataDir.resolve("logs"), 60, "the system did not start");
            throw e;
        }
        Measurements.record(
                "system start (Kafka, MongoDB, the services, the gateway and the console ready)",
                Duration.between(begin, Instant.now()));
        ProcessMemory.print(stack, "after start");
        return new SystemUnderTest(stack, adminPassword);
    }

    private static Map<String, String> gatewayEnvironment(String adminPassword) {
        Map<String, String> env = new java.util.LinkedHashMap<>(Map.of(
                "INTL_ADMIN_PASSWORD",
                adminPassword,
                "INTL_LIMITS_RATE_REQUESTSPERSECOND",
                "1000",
                "INTL_LIMITS_RATE_BURST",
                "2000"));
        // one user per role, for the console's browser tests
        env.putAll(ConsoleUsers.gatewayEnvironment());
        return env;
    }

    void close() {
        ProcessMemory.print(stack, "at the end of the run");
        stack.close();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
