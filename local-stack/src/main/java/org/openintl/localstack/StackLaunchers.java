package org.openintl.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.openintl.localstack.ChildCommands.ServiceLaunch;
import org.openintl.localstack.ServiceInstances.Instance;
import org.openintl.localstack.kafka.KafkaBrokerConfig;

/**
 * How each process of the stack is started and when it counts as ready: MongoDB when its port accepts connections,
 * Kafka when the broker lists itself, a service when its readiness endpoint on the management port answers 200.
 */
final class StackLaunchers {

    private final StackSettings settings;
    private final ProcessTable table;
    private final BiConsumer<ChildProcess, Integer> onUnexpectedExit;
    private final StackConsole console;
    private final ChildCommands commands;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Object lock = new Object();
    private String classpath;
    private Path watchdogAgent;

    StackLaunchers(
            StackSettings settings,
            ProcessTable table,
            StackConsole console,
            BiConsumer<ChildProcess, Integer> onUnexpectedExit) {
        this.settings = settings;
        this.table = table;
        this.console = console;
        this.onUnexpectedExit = onUnexpectedExit;
        this.commands = new ChildCommands(
                ChildCommands.currentJava(),
                this::classpath,
                ProcessHandle.current().pid());
    }

    /** Starts the process called {@code name}: {@link LocalStack#MONGO}, {@link LocalStack#KAFKA} or a service. */
    ChildProcess launch(String name) {
        return switch (name) {
            case LocalStack.MONGO -> launchMongo();
            case LocalStack.KAFKA -> launchBroker();
            default -> launchInstance(instance(name));
        };
    }

    /** Waits until the process called {@code name} is ready, or throws with the tail of its log. */
    void awaitReady(String name, ChildProcess child, Instant begin, Instant deadline) {
        switch (name) {
            case LocalStack.MONGO -> awaitMongo(child, begin, deadline);
            case LocalStack.KAFKA -> awaitBroker(child, begin, deadline);
            default -> awaitInstance(instance(name), child, begin, deadline);
        }
    }

    ChildProcess launchMongo() {
        StackPorts ports = settings.ports();
        return launch(
                LocalStack.MONGO,
                List.of(ports.mongo()),
                () -> commands.mongo(ports, settings.dataDir().resolve("mongo")),
                Map.of());
    }

    ChildProcess launchBroker() {
        StackPorts ports = settings.ports();
        return launch(
                LocalStack.KAFKA,
                List.of(ports.kafka(), ports.kafkaController()),
                () -> commands.kafkaBroker(ports, settings.dataDir().resolve("kafka"), settings.topicPartitions()),
                Map.of());
    }

    ChildProcess launchService(StackService service) {
        return launchInstance(new Instance(service, 1));
    }

    ChildProcess launchInstance(Instance instance) {
        StackService service = instance.service();
        StackPorts ports = settings.ports();
        List<String> args = new ArrayList<>();
        if (service == StackService.GATEWAY) {
            // the token issuer keeps its signing key and generated admin password with the rest of the data; every
            // gateway instance shares them
            args.add("--intl.issuer.data-dir="
                    + settings.dataDir().resolve("gateway").toAbsolutePath());
        } else {
            // services verify tokens against the keys the (first) gateway publishes
            args.add("--intl.security.jwt.jwk-set-uri=http://127.0.0.1:" + ports.gateway() + "/.well-known/jwks.json");
        }
        if (settings.topicPartitions() != KafkaBrokerConfig.DEFAULT_PARTITIONS) {
            // the topics each service creates (its own and their -dlt), like the broker's default for the others
            args.add("--intl.events.partitions=" + settings.topicPartitions());
        }
        args.addAll(settings.allServicesArgs());
        args.addAll(settings.serviceArgs().getOrDefault(service, List.of()));
        ServiceLaunch launch = new ServiceLaunch(
                service,
                ports,
                settings.layout().serviceJar(service),
                watchdogAgent(),
                settings.serviceJvmOptions(),
                args,
                settings.gatewayBind(),
                settings.instances(),
                instance.number());
        return launch(
                instance.processName(),
                List.of(
                        settings.instances().port(service, instance.number()),
                        settings.instances().managementPort(service, instance.number())),
                () -> commands.service(launch),
                env(service, args));
    }

    void awaitMongo(ChildProcess child, Instant begin, Instant deadline) {
        Readiness.await(
                child,
                deadline,
                table::isClosed,
                () -> Readiness.tcpOpen(settings.ports().mongo()));
        console.say("MongoDB ready on %s (%s)", LocalStack.mongoUri(settings.ports()), StackConsole.since(begin));
    }

    void awaitBroker(ChildProcess child, Instant begin, Instant deadline) {
        Readiness.awaitKafka(child, settings.ports().kafka(), deadline, table::isClosed);
        console.say("Kafka ready on %s (%s)", LocalStack.kafkaBootstrap(settings.ports()), StackConsole.since(begin));
    }

    void awaitService(StackService service, ChildProcess child, Instant begin, Instant deadline) {
        awaitInstance(new Instance(service, 1), child, begin, deadline);
    }

    void awaitInstance(Instance instance, ChildProcess child, Instant begin, Instant deadline) {
        ServiceInstances instances = settings.instances();
        // actuator is on the management port only (ADR 0461)
        URI readiness = URI.create("http://127.0.0.1:" + instances.managementPort(instance.service(), instance.number())
                + "/actuator/health/readiness");
        Readiness.await(child, deadline, table::isClosed, Readiness.httpOk(http, readiness));
        console.say(
                "%s ready on http://127.0.0.1:%d (%s)",
                instance.processName(),
                instances.port(instance.service(), instance.number()),
                StackConsole.since(begin));
    }

    private Instance instance(String processName) {
        return settings.instances()
                .byProcessName(processName)
                .orElseThrow(() -> new IllegalArgumentException("no process called '" + processName + "'"));
    }

    private ChildProcess launch(
            String name,
            List<Integer> tcpPorts,
            java.util.function.Supplier<List<String>> command,
            Map<String, String> env) {
        return table.launch(name, tcpPorts, command, env, settings.logFile(name), onUnexpectedExit);
    }

    /**
     * The service's environment; a service with personal data (students, faculty) gets the data directory's key
     * unless the caller configured keys.
     */
    private Map<String, String> env(StackService service, List<String> args) {
        Map<String, String> given = settings.serviceEnv().getOrDefault(service, Map.of());
        PersonalDataKey key = PersonalDataKey.of(service).orElse(null);
        if (key == null) {
            return given;
        }
        Map<String, String> inherited = new LinkedHashMap<>(System.getenv());
        inherited.putAll(given);
        if (key.configuredElsewhere(inherited, args)) {
            return given;
        }
        Map<String, String> env =
                new LinkedHashMap<>(key.environment(settings.dataDir().resolve(service.moduleName())));
        env.putAll(given);
        return env;
    }

    private String classpath() {
        synchronized (lock) {
            if (classpath == null) {
                classpath = RuntimeClasspath.resolve(settings.layout());
            }
            return classpath;
        }
    }

    private Path watchdogAgent() {
        synchronized (lock) {
            if (watchdogAgent == null) {
                try {
                    watchdogAgent = WatchdogAgentJar.writeTo(settings.dataDir().resolve("run"));
                } catch (IOException e) {
                    throw new LocalStackException("cannot write the watchdog agent jar: " + e.getMessage(), e);
                }
            }
            return watchdogAgent;
        }
    }
}
