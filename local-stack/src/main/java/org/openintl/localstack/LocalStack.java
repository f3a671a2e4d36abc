package org.openintl.localstack;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openintl.localstack.ServiceInstances.Instance;
import org.openintl.localstack.demo.DemoData;
import org.openintl.localstack.kafka.KafkaBrokerConfig;

/**
 * The whole system on one machine: a Kafka broker and a MongoDB wire server, then the four services and the web
 * console, each in its own JVM with its output in {@code <dataDir>/logs/<name>.log}.
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
 * started again after a back-off, and given up with a message after repeated crashes ({@link CrashSupervisor}).
 *
 * <p>This class is the facade; the parts: {@link StackLaunchers} (how each process starts and when it is ready),
 * {@link ProcessTable} (what runs), {@link CrashSupervisor} (restarts), {@link StackSummary} (what is printed).
 */
public final class LocalStack implements AutoCloseable {

    public static final String KAFKA = "kafka";
    public static final String MONGO = "mongo";

    private final StackSettings settings;
    private final StackConsole console;
    private final ProcessTable table = new ProcessTable();
    private final StackLaunchers launchers;
    private final CrashSupervisor supervisor;

    private final Object lock = new Object();
    private final CountDownLatch closeDone = new CountDownLatch(1);
    private boolean started;
    private Thread shutdownHook;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
        this.console = new StackConsole(settings.console());
        this.launchers = new StackLaunchers(settings, table, console, this::onUnexpectedExit);
        this.supervisor = new CrashSupervisor(table, launchers, settings, console);
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
     * Starts MongoDB and Kafka, then (unless {@link Builder#infraOnly}) the four services and the console, and returns
     * when all are ready. On failure everything started is stopped again and the exception carries the tail of the log
     * of the process that failed.
     */
    public LocalStack start() {
        synchronized (lock) {
            table.ensureOpen();
            if (started) {
                throw new IllegalStateException("this LocalStack was already started");
            }
            started = true;
        }
        if (!settings.infraOnly()) {
            // fail before anything runs, not after Kafka took its seconds to start
            Arrays.stream(StackService.values()).forEach(settings.layout()::serviceJar);
        }
        registerShutdownHook();
        Instant begin = Instant.now();
        console.say("data in %s, logs in %s", dataDir(), logsDir());
        try {
            Instant deadline = begin.plus(settings.readinessTimeout());
            ChildProcess mongo = launchers.launchMongo();
            ChildProcess kafka = launchers.launchBroker();
            launchers.awaitMongo(mongo, begin, deadline);
            launchers.awaitBroker(kafka, begin, deadline);
            if (!settings.infraOnly()) {
                // further gateways only once the first is up: it writes the signing key and the admin password
                // they share
                List<Instance> first = new ArrayList<>();
                List<Instance> later = new ArrayList<>();
                for (Instance instance : settings.instances().all()) {
                    (instance.service() == StackService.GATEWAY && instance.number() > 1 ? later : first).add(instance);
                }
                launchAndAwait(first);
                launchAndAwait(later);
            }
            new StackSummary(this, console).print(Duration.between(begin, Instant.now()), table.snapshot());
            supervisor.startSupervising();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void launchAndAwait(List<Instance> instances) {
        Instant launched = Instant.now();
        Map<Instance, ChildProcess> children = new LinkedHashMap<>();
        for (Instance instance : instances) {
            children.put(instance, launchers.launchInstance(instance));
        }
        Instant deadline = launched.plus(settings.readinessTimeout());
        children.forEach((instance, child) -> launchers.awaitInstance(instance, child, launched, deadline));
    }

    /** Stops only the broker (SIGTERM, a controlled shutdown); services and MongoDB keep running. */
    public void stopBroker() {
        stop(KAFKA);
    }

    /** Starts the broker again on the same ports with the same data, and waits until it is ready. */
    public void startBroker() {
        startOne(KAFKA, launchers::launchBroker);
    }

    public void stopMongo() {
        stop(MONGO);
    }

    public void startMongo() {
        startOne(MONGO, launchers::launchMongo);
    }

    public void stopService(StackService service) {
        stop(service.moduleName());
    }

    public void startService(StackService service) {
        startOne(service.moduleName(), () -> launchers.launchService(service));
    }

    /** Stops one instance of a service (SIGTERM); {@code number} is 1-based. */
    public void stopInstance(StackService service, int number) {
        stop(ServiceInstances.processName(service, number));
    }

    /** Starts one instance of a service again and waits until it is ready; {@code number} is 1-based. */
    public void startInstance(StackService service, int number) {
        Instance instance = new Instance(service, number);
        startOne(instance.processName(), () -> launchers.launchInstance(instance));
    }

    /** The instances of each service and their ports ({@code --instances=N}). */
    public ServiceInstances instances() {
        return settings.instances();
    }

    /** Where one instance serves its API; {@code number} is 1-based. */
    public URI instanceUrl(StackService service, int number) {
        return URI.create("http://127.0.0.1:" + settings.instances().port(service, number));
    }

    /** Where one instance serves actuator; {@code number} is 1-based. */
    public URI instanceManagementUrl(StackService service, int number) {
        return URI.create("http://127.0.0.1:" + settings.instances().managementPort(service, number));
    }

    public boolean isRunning(String processName) {
        return table.isRunning(processName);
    }

    /** How often the supervisor restarted a crashed process so far. */
    public int restarts(String processName) {
        return supervisor.restarts(processName);
    }

    /** The operating-system pid of a running child, e.g. to kill it the hard way in a test. */
    public OptionalLong pid(String processName) {
        return table.pid(processName);
    }

    /** Stops the services, then the broker and MongoDB; waits for them to exit. Safe to call more than once. */
    @Override
    public void close() {
        List<ChildProcess> all = table.closeAndDrain();
        supervisor.shutdown();
        if (all == null) {
            // e.g. the shutdown hook while main() is closing: return only when the children are gone
            awaitCloseDone();
            return;
        }
        try {
            List<ChildProcess> services = new ArrayList<>();
            List<ChildProcess> infrastructure = new ArrayList<>();
            for (ChildProcess child : all) {
                (isService(child.name()) ? services : infrastructure).add(child);
            }
            List<ChildProcess> inOrder = new ArrayList<>(services);
            inOrder.addAll(infrastructure);
            if (!inOrder.isEmpty()) {
                console.say("stopping %s", StackConsole.names(inOrder));
            }
            ProcessTable.stopAll(services);
            ProcessTable.stopAll(infrastructure);
            if (!inOrder.isEmpty()) {
                console.say("stopped");
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
        return serviceUrl(service, settings.ports());
    }

    /** Where a service's actuator is (readiness, health details, metrics, OpenAPI): never published, loopback only. */
    public URI managementUrl(StackService service) {
        return managementUrl(service, settings.ports());
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap(settings.ports());
    }

    public String mongoUri() {
        return mongoUri(settings.ports());
    }

    public StackPorts ports() {
        return settings.ports();
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public Path logsDir() {
        return settings.logsDir();
    }

    /**
     * @param processName {@link #KAFKA}, {@link #MONGO}, a {@link StackService#moduleName()} or
     *     {@link ServiceInstances#processName an instance's name}
     */
    public Path logFile(String processName) {
        return settings.logFile(processName);
    }

    boolean infraOnly() {
        return settings.infraOnly();
    }

    String gatewayBind() {
        return settings.gatewayBind();
    }

    static URI serviceUrl(StackService service, StackPorts ports) {
        return URI.create("http://127.0.0.1:" + service.port(ports));
    }

    static URI managementUrl(StackService service, StackPorts ports) {
        return URI.create("http://127.0.0.1:" + service.managementPort(ports));
    }

    static String kafkaBootstrap(StackPorts ports) {
        return "127.0.0.1:" + ports.kafka();
    }

    static String mongoUri(StackPorts ports) {
        return "mongodb://127.0.0.1:" + ports.mongo() + "/";
    }

    private void onUnexpectedExit(ChildProcess child, int exitCode) {
        supervisor.onUnexpectedExit(child, exitCode);
    }

    private void startOne(String name, Supplier<ChildProcess> launcher) {
        Instant begin = Instant.now();
        ChildProcess child = launcher.get();
        try {
            launchers.awaitReady(name, child, begin, begin.plus(settings.readinessTimeout()));
        } catch (RuntimeException e) {
            stop(name);
            throw e;
        }
    }

    private void stop(String name) {
        supervisor.cancel(name);
        ChildProcess child = table.remove(name);
        if (child != null) {
            Instant begin = Instant.now();
            child.stop(ProcessTable.STOP_GRACE);
            console.say("%s stopped (%s)", name, StackConsole.since(begin));
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
            closeDone.await(2 * ProcessTable.STOP_GRACE.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isService(String name) {
        return settings.instances().byProcessName(name).isPresent();
    }

    /** Settings of a {@link LocalStack}; everything has a default. */
    public static final class Builder {

        private Path projectDir;
        private Path dataDir;
        private StackPorts ports = StackPorts.defaults();
        private int instanceCount = 1;
        private int topicPartitions = KafkaBrokerConfig.DEFAULT_PARTITIONS;
        private ServiceInstances instances;
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

        /**
         * How many instances of each service (the gateway included) to start, 1 to {@value ServiceInstances#MAX}:
         * instance i on the service's port + {@value ServiceInstances#STRIDE} × (i - 1); default 1.
         */
        public Builder instances(int count) {
            ServiceInstances.of(ports, count); // fails now on a bad count
            this.instanceCount = count;
            return this;
        }

        /**
         * Partitions of every topic (the services' {@code intl.events.partitions} and the broker's default for
         * topics created without a count); default 3. A topic keeps the count it was created with.
         */
        public Builder topicPartitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be positive: " + partitions);
            }
            this.topicPartitions = partitions;
            return this;
        }

        /** The instances and their ports explicitly, e.g. {@link ServiceInstances#freePorts} in tests. */
        public Builder instances(ServiceInstances instances) {
            this.instances = Objects.requireNonNull(instances);
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
            return new LocalStack(new StackSettings(
                    layout,
                    dataDir != null ? dataDir : layout.root().resolve("data"),
                    ports,
                    instances != null ? instances : ServiceInstances.of(ports, instanceCount),
                    topicPartitions,
                    infraOnly,
                    gatewayBind,
                    readinessTimeout,
                    serviceJvmOptions,
                    allServicesArgs,
                    serviceArgs,
                    serviceEnv,
                    console,
                    restartPolicy));
        }
    }
}
