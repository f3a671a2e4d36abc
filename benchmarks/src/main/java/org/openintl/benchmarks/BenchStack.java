package org.openintl.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackPorts;
import org.openintl.localstack.StackService;

/**
 * The local stack the way {@code ./run-local.sh} starts it, but on free ports, in a temporary data directory that is
 * deleted afterwards, with a random admin password and the gateway's rate limit raised (the benchmark is one user
 * sending thousands of requests a second; the limit has its own tests).
 */
final class BenchStack implements AutoCloseable {

    /** Below this many cores kept busy by the stack's processes, a measurement starts (at rest they use about 0.3). */
    private static final double AT_REST_CORES = 0.5;

    final LocalStack stack;
    final String adminPassword;
    final Duration startedIn;
    final String jit;
    private final Path dataDir;

    private BenchStack(LocalStack stack, String adminPassword, Duration startedIn, String jit, Path dataDir) {
        this.stack = stack;
        this.adminPassword = adminPassword;
        this.startedIn = startedIn;
        this.jit = jit;
        this.dataDir = dataDir;
    }

    /** @param jit {@code c1}, {@code c2} or {@code default} (what the local stack itself chooses) */
    static BenchStack start(String jit) {
        return start(jit, null);
    }

    /** @param jfrDir when not null, each service records a JFR profile into it (written when the stack stops) */
    static BenchStack start(String jit, String jfrDir) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("intl-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String adminPassword = "bench-" + UUID.randomUUID();
        LocalStack.Builder builder = LocalStack.builder()
                .dataDir(dataDir)
                .ports(StackPorts.freePorts())
                .readinessTimeout(Duration.ofMinutes(4))
                .serviceJvmOptions(jvmOptions(jit, jfrDir))
                .serviceEnv(
                        StackService.GATEWAY,
                        Map.of(
                                "INTL_ADMIN_PASSWORD", adminPassword,
                                "INTL_LIMITS_RATE_REQUESTSPERSECOND", "1000000",
                                "INTL_LIMITS_RATE_BURST", "1000000"));
        String home = System.getProperty("intl.home");
        if (home != null) {
            builder.projectDir(Path.of(home).toAbsolutePath().normalize());
        }
        Instant begin = Instant.now();
        LocalStack stack = builder.build().start();
        return new BenchStack(stack, adminPassword, Duration.between(begin, Instant.now()), jit, dataDir);
    }

    private static List<String> jvmOptions(String jit, String jfrDir) {
        List<String> options = new java.util.ArrayList<>(jitOptions(jit));
        if (jfrDir != null) {
            try {
                Files.createDirectories(Path.of(jfrDir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a directory as the file name: the JVM names each recording after its process id
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfrDir + "/");
        }
        return options;
    }

    /** Later options win over the local stack's own, so these replace its JIT setting. */
    static List<String> jitOptions(String jit) {
        return switch (jit) {
            case "c1" -> List.of("-XX:TieredStopAtLevel=1");
            case "c2" -> List.of("-XX:TieredStopAtLevel=4");
            default -> List.of();
        };
    }

    Api gateway() {
        return new Api(stack.gatewayUrl(), this::token);
    }

    Api service(StackService service) {
        return new Api(stack.serviceUrl(service), this::token);
    }

    /**
     * Waits until every consumer group has applied what the load so far produced, then until the stack's processes
     * are at rest, so that a measurement does not pay for the previous one's tail; prints how long that took.
     */
    void settle() {
        ConsumersCaughtUp.await(stack.kafkaBootstrap(), Duration.ofMinutes(3));
        long waited = System.nanoTime();
        double busy = ProcessCpu.awaitRest(stack, AT_REST_CORES, Duration.ofSeconds(90));
        System.out.printf(
                "[bench] stack at rest after %.0f s (%.2f cores busy)%n", (System.nanoTime() - waited) / 1e9, busy);
    }

    private volatile String token;

    /** One token for the whole run, issued by the gateway; the services check the same token. */
    private String token() {
        if (token == null) {
            token = Api.issueToken(stack.gatewayUrl(), "admin", adminPassword);
        }
        return token;
    }

    @Override
    public void close() {
        stack.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("[bench] could not delete " + dataDir + ": " + e);
        }
    }
}
