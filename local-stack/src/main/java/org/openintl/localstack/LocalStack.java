package org.openintl.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openintl.localstack.ChildCommands.ServiceLaunch;
import org.openintl.localstack.demo.DemoData;

/**
 * The whole system on one machine: a Kafka broker and a MongoDB wire server, then the four services, each in
 * its own JVM with its output in {@code <dataDir>/logs/<name>.log}.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().dataDir(tempDir).ports(StackPorts.withOffset(10000)).build().start()) {
 *     URI api = stack.gatewayUrl();
 *     stack.stopBroker();   // services keep running
 *     stack.startBroker();  // same port, same data
 * }
 * }</pre>
 *
 * <p>Children die with this JVM: {@link #close()} runs as a shutdown hook (Ctrl-C, SIGTERM), and each child
 * watches this process's pid and exits when it disappears (SIGKILL, crash).
 *
 * <p>Once started, a child that exits without being asked to (a crash, an out-of-memory exit, {@code kill -9}) is
 * started again after a back-off, and given up with a message after repeated crashes ({@link RestartPolicy}).
 */
public final class LocalStack implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final ProjectLayout layout;
    private final Path dataDir;
    private final StackPorts ports;
    private final boolean infraOnly;
    private final String gatewayBind;
    private final Duration readinessTimeout;
    private final List<String> serviceJvmOptions;
    private final List<String> allServicesArgs;
    private final Map<StackService, List<String>> serviceArgs;
    private final Map<StackService, Map<String, String>> serviceEnv;
    private final PrintStream console;
    private final RestartPolicy restartPolicy;
    private final ChildCommands commands;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Object lock = new Object();
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();
    /** Crashes since the last run that lasted {@link RestartPolicy#stableAfter()}, per process name. */
    private final Map<String, Integer> crashesInARow = new HashMap<>();
    /** Crashed processes whose restart is scheduled; {@link #stop} cancels by removing the name. */
    private final Set<String> awaitingRestart = new HashSet<>();
    /** Restarts after a crash that became ready, per process name (tests wait on it). */
    private final Map<String, Integer> restarts = new HashMap<>();

    private ScheduledExecutorService restartTimer;
    private boolean supervising;
    private final CountDownLatch closeDone = new CountDownLatch(1);
    private volatile boolean closed;
    private boolean started;
    private Thread shutdownHook;
    private String classpath;
    private Path watchdogAgent;

    private LocalStack(Builder builder, ProjectLayout layout) {
        this.layout = layout;
        this.dataDir = (builder.dataDir != null
                        ? builder.dataDir
                        : layout.root().resolve("data"))
                .toAbsolutePath()
                .normalize();
        this.ports = builder.ports;
        this.infraOnly = builder.infraOnly;
        this.gatewayBind = builder.gatewayBind;
        this.readinessTimeout = builder.readinessTimeout;
        this.serviceJvmOptions = List.copyOf(builder.serviceJvmOptions);
        this.allServicesArgs = List.copyOf(builder.allServicesArgs);
        this.serviceArgs = new EnumMap<>(StackService.class);
        builder.serviceArgs.forEach((service, args) -> serviceArgs.put(service, List.copyOf(args)));
        this.serviceEnv = new EnumMap<>(StackService.class);
        builder.serviceEnv.forEach((service, env) -> serviceEnv.put(service, Map.copyOf(env)));
        this.console = builder.console;
        this.restartPolicy = builder.restartPolicy;
        this.commands = new ChildCommands(
                ChildCommands.currentJava(),
                this::classpath,
                ProcessHandle.current().pid());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The command line behind {@code ./run-local.sh}; see {@code --help}. */
    public static void main(String[] args) {
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(CommandLineOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(CommandLineOptions.USAGE);
            return;
        }
        // the readiness probe's admin client would otherwise print its configuration to the console
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "warn");
        }
        try {
            LocalStack stack = options.applyTo(builder()).build().start();
            if (options.demo() && !options.infraOnly()) {
                DemoData.load(stack.gatewayUrl(), stack.dataDir().resolve("gateway"), System.out);
            }
            System.out.println("[local-stack] Ctrl-C stops everything.");
            stack.awaitClose();
        } catch (LocalStackException e) {
            System.err.println("[local-stack] " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Starts MongoDB and Kafka, then (unless {@link Builder#infraOnly}) the four services, and returns when all
     * are ready. On failure everything started is stopped again and the exception carries the tail of the log
     * of the process that failed.
     */
    public LocalStack start() {
        synchronized (lock) {
            ensureOpen();
            if (started) {
                throw new IllegalStateException("this LocalStack was already started");
            }
            started = true;
        }
        if (!infraOnly) {
            // fail before anything runs, not after Kafka took its seconds to start
            Arrays.stream(StackService.values()).forEach(layout::serviceJar);
        }
        registerShutdownHook();
        Instant begin = Instant.now();
        say("data in %s, logs in %s", dataDir, logsDir());
        try {
            Instant deadline = begin.plus(readinessTimeout);
            ChildProcess mongo = launchMongo();
            ChildProcess kafka = launchBroker();
            awaitMongo(mongo, begin, deadline);
            awaitBroker(kafka, begin, deadline);
            if (!infraOnly) {
                Instant servicesLaunched = Instant.now();
                Map<StackService, ChildProcess> services = new EnumMap<>(StackService.class);
                for (StackService service : StackService.values()) {
                    services.put(service, launchService(service));
                }
                Instant servicesDeadline = servicesLaunched.plus(readinessTimeout);
                services.forEach((service, child) -> awaitService(service, child, servicesLaunched, servicesDeadline));
            }
            printSummary(Duration.between(begin, Instant.now()));
            synchronized (lock) {
                supervising = true;
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops only the broker (SIGTERM, a controlled shutdown); services and MongoDB keep running. */
    public void stopBroker() {
        stop(KAFKA);
    }

    /** Starts the broker again on the same ports with the same data, and waits until it is ready. */
    public void startBroker() {
        startOne(KAFKA, this::launchBroker, (child, begin) -> awaitBroker(child, begin, deadlineFrom(begin)));
    }

    public void stopMongo() {
        stop(MONGO);
    }

    public void startMongo() {
        startOne(MONGO, this::launchMongo, (child, begin) -> awaitMongo(child, begin, deadlineFrom(begin)));
    }

    public void stopService(StackService service) {
        stop(service.moduleName());
    }

    public void startService(StackService service) {
        startOne(
                service.moduleName(),
                () -> launchService(service),
                (child, begin) -> awaitService(service, child, begin, deadlineFrom(begin)));
    }

    public boolean isRunning(String processName) {
        synchronized (lock) {
            ChildProcess child = running.get(processName);
            return child != null && child.isAlive();
        }
    }

    /** How often the supervisor restarted a crashed process so far. */
    public int restarts(String processName) {
        synchronized (lock) {
            return restarts.getOrDefault(processName, 0);
        }
    }

    /** The operating-system pid of a running child, e.g. to kill it the hard way in a test. */
    public OptionalLong pid(String processName) {
        synchronized (lock) {
            ChildProcess child = running.get(processName);
            return child != null && child.isAlive() ? OptionalLong.of(child.pid()) : OptionalLong.empty();
        }
    }

    /** Stops the services, then the broker and MongoDB; waits for them to exit. Safe to call more than once. */
    @Override
    public void close() {
        List<ChildProcess> services = new ArrayList<>();
        List<ChildProcess> infrastructure = new ArrayList<>();
        boolean alreadyClosing;
        synchronized (lock) {
            alreadyClosing = closed;
            closed = true;
            for (ChildProcess child : running.values()) {
                (isService(child.name()) ? services : infrastructure).add(child);
            }
            running.clear();
            awaitingRestart.clear();
            if (restartTimer != null) {
                restartTimer.shutdownNow();
            }
        }
        if (alreadyClosing) {
            // e.g. the shutdown hook while main() is closing: return only when the children are gone
            awaitCloseDone();
            return;
        }
        try {
            if (!services.isEmpty() || !infrastructure.isEmpty()) {
                say("stopping %s", names(services, infrastructure));
            }
            stopAll(services);
            stopAll(infrastructure);
            if (!services.isEmpty() || !infrastructure.isEmpty()) {
                say("stopped");
            }
            unregisterShutdownHook();
        } finally {
            closeDone.countDown();
        }
    }

    /** Blocks until {@link #close()} has finished, e.g. from a shutdown hook. */
    public void awaitClose() {
        try {
            closeDone.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI gatewayUrl() {
        return serviceUrl(StackService.GATEWAY);
    }

    public URI serviceUrl(StackService service) {
        return URI.create("http://127.0.0.1:" + service.port(ports));
    }

    /** Where a service's actuator is (readiness, health details, metrics, OpenAPI): never published, loopback only. */
    public URI managementUrl(StackService service) {
        return URI.create("http://127.0.0.1:" + service.managementPort(ports));
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + ports.kafka();
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + ports.mongo() + "/";
    }

    public StackPorts ports() {
        return ports;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** @param processName {@link #KAFKA}, {@link #MONGO} or a {@link StackService#moduleName()} */
    public Path logFile(String processName) {
        return logsDir().resolve(processName + ".log");
    }

    private ChildProcess launchMongo() {
        return launch(MONGO, List.of(ports.mongo()), () -> commands.mongo(ports, dataDir.resolve("mongo")), Map.of());
    }

    private ChildProcess launchBroker() {
        return launch(
                KAFKA,
                List.of(ports.kafka(), ports.kafkaController()),
                () -> commands.kafkaBroker(ports, dataDir.resolve("kafka")),
                Map.of());
    }

    private ChildProcess launchService(StackService service) {
        List<String> args = new ArrayList<>();
        if (service == StackService.GATEWAY) {
            // the token issuer keeps its signing key and generated admin password with the rest of the data
            args.add("--intl.issuer.data-dir=" + dataDir.resolve("gateway").toAbsolutePath());
        } else {
            // services verify tokens against the keys the gateway publishes
            args.add("--intl.security.jwt.jwk-set-uri=http://127.0.0.1:" + ports.gateway() + "/.well-known/jwks.json");
        }
        args.addAll(allServicesArgs);
        args.addAll(serviceArgs.getOrDefault(service, List.of()));
        ServiceLaunch launch = new ServiceLaunch(
                service, ports, layout.serviceJar(service), watchdogAgent(), serviceJvmOptions, args, gatewayBind);
        return launch(
                service.moduleName(),
                List.of(service.port(ports), service.managementPort(ports)),
                () -> commands.service(launch),
                env(service, args));
    }

    /** The service's environment; student-service gets the data directory's key unless the caller configured keys. */
    private Map<String, String> env(StackService service, List<String> args) {
        Map<String, String> given = serviceEnv.getOrDefault(service, Map.of());
        if (service != StackService.STUDENT) {
            return given;
        }
        Map<String, String> inherited = new LinkedHashMap<>(System.getenv());
        inherited.putAll(given);
        if (StudentDataKey.configuredElsewhere(inherited, args)) {
            return given;
        }
        Map<String, String> env =
                new LinkedHashMap<>(StudentDataKey.environment(dataDir.resolve(service.moduleName())));
        env.putAll(given);
        return env;
    }

    private ChildProcess launch(
            String name, List<Integer> tcpPorts, Supplier<List<String>> command, Map<String, String> env) {
        synchronized (lock) {
            ensureOpen();
            ChildProcess previous = running.get(name);
            if (previous != null && previous.isAlive()) {
                throw new IllegalStateException(name + " is already running");
            }
            tcpPorts.forEach(port -> requirePortFree(name, port));
            ChildProcess child = new ChildProcess(name, command.get(), env, logFile(name));
            try {
                child.start(exitCode -> onUnexpectedExit(child, exitCode));
            } catch (IOException e) {
                throw new LocalStackException("cannot start " + name + ": " + e.getMessage(), e);
            }
            running.put(name, child);
            return child;
        }
    }

    private void awaitMongo(ChildProcess child, Instant begin, Instant deadline) {
        Readiness.await(child, deadline, () -> closed, () -> Readiness.tcpOpen(ports.mongo()));
        say("MongoDB ready on %s (%s)", mongoUri(), since(begin));
    }

    private void awaitBroker(ChildProcess child, Instant begin, Instant deadline) {
        Readiness.awaitKafka(child, ports.kafka(), deadline, () -> closed);
        say("Kafka ready on %s (%s)", kafkaBootstrap(), since(begin));
    }

    private void awaitService(StackService service, ChildProcess child, Instant begin, Instant deadline) {
        // actuator is on the management port only (ADR 0461)
        URI readiness = managementUrl(service).resolve("/actuator/health/readiness");
        Readiness.await(child, deadline, () -> closed, Readiness.httpOk(http, readiness));
        say("%s ready on %s (%s)", service.moduleName(), serviceUrl(service), since(begin));
    }

    private void startOne(String name, Supplier<ChildProcess> launcher, ReadinessWait await) {
        Instant begin = Instant.now();
        ChildProcess child = launcher.get();
        try {
            await.await(child, begin);
        } catch (RuntimeException e) {
            stop(name);
            throw e;
        }
    }

    /** A child exited without {@link #stop}: before the stack is up the readiness wait reports it, later it is restarted. */
    private void onUnexpectedExit(ChildProcess child, int exitCode) {
        String name = child.name();
        synchronized (lock) {
            if (closed || running.get(name) != child) {
                return;
            }
            if (!supervising) {
                say("%s exited unexpectedly with code %d; see %s", name, exitCode, child.logFile());
                return;
            }
            running.remove(name);
        }
        crashed(name, "exited unexpectedly with code " + exitCode, child.uptime(), child);
    }

    private void crashed(String name, String what, Duration uptime, ChildProcess child) {
        int crashes;
        synchronized (lock) {
            if (closed) {
                return;
            }
            crashes = uptime.compareTo(restartPolicy.stableAfter()) >= 0 ? 1 : crashesInARow.getOrDefault(name, 0) + 1;
            crashesInARow.put(name, crashes);
            if (restartPolicy.givesUp(crashes)) {
                say(
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
            Duration delay = restartPolicy.backoff(crashes);
            say(
                    "%s %s; restarting it in %s (crash %d in a row, at most %d restarts); see %s",
                    name,
                    what,
                    "%.1f s".formatted(delay.toMillis() / 1000.0),
                    crashes,
                    restartPolicy.maxRestarts(),
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
            if (closed || !awaitingRestart.remove(name)) {
                return; // stopped on purpose meanwhile
            }
        }
        Instant begin = Instant.now();
        ChildProcess child;
        try {
            child = switch (name) {
                case MONGO -> launchMongo();
                case KAFKA -> launchBroker();
                default -> launchService(StackService.fromModuleName(name));
            };
        } catch (RuntimeException e) {
            ChildProcess placeholder = new ChildProcess(name, List.of(), Map.of(), logFile(name));
            crashed(name, "could not be started again (" + e.getMessage() + ")", Duration.ZERO, placeholder);
            return;
        }
        try {
            switch (name) {
                case MONGO -> awaitMongo(child, begin, deadlineFrom(begin));
                case KAFKA -> awaitBroker(child, begin, deadlineFrom(begin));
                default -> awaitService(StackService.fromModuleName(name), child, begin, deadlineFrom(begin));
            }
        } catch (LocalStackException e) {
            if (child.isAlive()) {
                synchronized (lock) {
                    if (running.get(name) != child) {
                        return;
                    }
                    running.remove(name);
                }
                child.stop(STOP_GRACE);
                crashed(name, "was not ready in time after a restart", Duration.ZERO, child);
            }
            // otherwise it exited again, and its exit was handled like any crash
            return;
        }
        synchronized (lock) {
            restarts.merge(name, 1, Integer::sum);
        }
        say("%s restarted after a crash (%s)", name, since(begin));
    }

    private void stop(String name) {
        ChildProcess child;
        synchronized (lock) {
            awaitingRestart.remove(name);
            child = running.remove(name);
        }
        if (child != null) {
            Instant begin = Instant.now();
            child.stop(STOP_GRACE);
            say("%s stopped (%s)", name, since(begin));
        }
    }

    private static void stopAll(List<ChildProcess> children) {
        children.forEach(ChildProcess::requestStop);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        children.forEach(child -> child.awaitStop(deadline));
    }

    private void printSummary(Duration took) {
        say("up in %.1f s", took.toMillis() / 1000.0);
        List<ChildProcess> children;
        synchronized (lock) {
            children = List.copyOf(running.values());
        }
        say("logs:     %s/{%s}.log", logsDir(), names(children, List.of()).replace(" ", ""));
        say("kafka:    %s", kafkaBootstrap());
        say("mongodb:  %s", mongoUri());
        if (!infraOnly) {
            say("gateway:  %s   (Swagger UI: %s/swagger-ui.html)", gatewayUrl(), gatewayUrl());
            if (!ChildCommands.LOOPBACK.equals(gatewayBind)) {
                say("          listening on %s (--bind)", gatewayBind);
            }
            say(
                    "actuator: http://127.0.0.1:<port + %d>, e.g. %s/actuator/health (loopback only)",
                    StackService.MANAGEMENT_OFFSET, managementUrl(StackService.GATEWAY));
            Path passwordFile = dataDir.resolve("gateway").resolve("admin-password");
            say(
                    "token:    curl -s %s/auth/token -H 'Content-Type: application/json' "
                            + "-d '{\"username\":\"admin\",\"password\":\"...\"}'",
                    gatewayUrl());
            say("          admin password: $INTL_ADMIN_PASSWORD, else the one in %s", passwordFile.toAbsolutePath());
            say("try:      curl -s %s/api/overview -H \"Authorization: Bearer $TOKEN\"", gatewayUrl());
        }
    }

    private Instant deadlineFrom(Instant begin) {
        return begin.plus(readinessTimeout);
    }

    private String classpath() {
        synchronized (lock) {
            if (classpath == null) {
                classpath = RuntimeClasspath.resolve(layout);
            }
            return classpath;
        }
    }

    private Path watchdogAgent() {
        synchronized (lock) {
            if (watchdogAgent == null) {
                try {
                    watchdogAgent = WatchdogAgentJar.writeTo(dataDir.resolve("run"));
                } catch (IOException e) {
                    throw new LocalStackException("cannot write the watchdog agent jar: " + e.getMessage(), e);
                }
            }
            return watchdogAgent;
        }
    }

    private void registerShutdownHook() {
        synchronized (lock) {
            if (shutdownHook == null) {
                shutdownHook = new Thread(this::close, "local-stack-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
        }
    }

    private void unregisterShutdownHook() {
        synchronized (lock) {
            if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs anyway and finds the stack closed
                }
            }
        }
    }

    private void awaitCloseDone() {
        try {
            closeDone.await(2 * STOP_GRACE.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this LocalStack is closed; build a new one");
        }
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

    private static boolean isService(String name) {
        return Arrays.stream(StackService.values()).anyMatch(s -> s.moduleName().equals(name));
    }

    private static String names(List<ChildProcess> first, List<ChildProcess> second) {
        List<String> names = new ArrayList<>();
        first.forEach(child -> names.add(child.name()));
        second.forEach(child -> names.add(child.name()));
        return String.join(", ", names);
    }

    private static String since(Instant begin) {
        return "%.1f s".formatted(Duration.between(begin, Instant.now()).toMillis() / 1000.0);
    }

    private void say(String format, Object... args) {
        console.println("[local-stack] " + format.formatted(args));
    }

    @FunctionalInterface
    private interface ReadinessWait {
        void await(ChildProcess child, Instant begin);
    }

    /** Settings of a {@link LocalStack}; everything has a default. */
    public static final class Builder {

        private Path projectDir;
        private Path dataDir;
        private StackPorts ports = StackPorts.defaults();
        private boolean infraOnly;
        private String gatewayBind = ChildCommands.LOOPBACK;
        private Duration readinessTimeout = Duration.ofSeconds(300);
        private final List<String> serviceJvmOptions = new ArrayList<>();
        private final List<String> allServicesArgs = new ArrayList<>();
        private final Map<StackService, List<String>> serviceArgs = new EnumMap<>(StackService.class);
        private final Map<StackService, Map<String, String>> serviceEnv = new EnumMap<>(StackService.class);
        private PrintStream console = System.out;
        private RestartPolicy restartPolicy = RestartPolicy.DEFAULT;

        private Builder() {}

        /** What happens when a started child crashes; default {@link RestartPolicy#DEFAULT}. */
        public Builder restartPolicy(RestartPolicy restartPolicy) {
            this.restartPolicy = Objects.requireNonNull(restartPolicy);
            return this;
        }

        /** The project root with the services' {@code target/*.jar}; default: {@code -Dintl.home}, else found above the working directory. */
        public Builder projectDir(Path projectDir) {
            this.projectDir = Objects.requireNonNull(projectDir);
            return this;
        }

        /** Holds {@code kafka/}, {@code mongo/}, {@code logs/}; default {@code <projectDir>/data}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir);
            return this;
        }

        public Builder ports(StackPorts ports) {
            this.ports = Objects.requireNonNull(ports);
            return this;
        }

        /** Start only Kafka and MongoDB; services can still be started one by one with {@link #startService}. */
        public Builder infraOnly(boolean infraOnly) {
            this.infraOnly = infraOnly;
            return this;
        }

        /**
         * The address the gateway listens on, HTTP and management port; default {@code 127.0.0.1}. The services
         * always listen on loopback only: nobody reaches them around the gateway.
         */
        public Builder gatewayBind(String address) {
            this.gatewayBind = Objects.requireNonNull(address);
            return this;
        }

        /** How long each process may take to become ready; default 300 s (four Spring services starting at once on two busy cores can take minutes). */
        public Builder readinessTimeout(Duration readinessTimeout) {
            this.readinessTimeout = Objects.requireNonNull(readinessTimeout);
            return this;
        }

        /** JVM options added to every service's command line after the small-heap defaults. */
        public Builder serviceJvmOptions(List<String> options) {
            serviceJvmOptions.addAll(options);
            return this;
        }

        /** Arguments (usually {@code --spring.property=value}) for every service, after the generated ones. */
        public Builder allServicesArgs(List<String> args) {
            allServicesArgs.addAll(args);
            return this;
        }

        /** Arguments for one service, after those of {@link #allServicesArgs}, so they win. */
        public Builder serviceArgs(StackService service, List<String> args) {
            serviceArgs.computeIfAbsent(service, s -> new ArrayList<>()).addAll(args);
            return this;
        }

        /** Environment variables for one service, on top of this JVM's environment. */
        public Builder serviceEnv(StackService service, Map<String, String> env) {
            serviceEnv.computeIfAbsent(service, s -> new LinkedHashMap<>()).putAll(env);
            return this;
        }

        /** Where progress lines go; default {@code System.out}. */
        public Builder console(PrintStream console) {
            this.console = Objects.requireNonNull(console);
            return this;
        }

        public LocalStack build() {
            ProjectLayout layout = projectDir != null ? new ProjectLayout(projectDir) : ProjectLayout.locate();
            return new LocalStack(this, layout);
        }
    }
}
