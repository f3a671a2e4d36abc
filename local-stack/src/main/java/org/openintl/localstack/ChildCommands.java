package org.openintl.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.openintl.localstack.kafka.KafkaBrokerConfig;
import org.openintl.localstack.kafka.KafkaBrokerMain;
import org.openintl.localstack.mongo.MongoServerMain;

/** The command lines of the child JVMs. Small heaps and C1 only: several JVMs share a laptop. */
final class ChildCommands {

    /**
     * MongoDB's heap, sized from measurements (docs/embedded-database.md): the indexed fields it keeps in the heap take
     * about 1.7 KB per document, at most 224 MB (its own budget), and a list sorts small keys of its matches: 512 MB
     * leaves room for those, the store's cache and the writes.
     */
    static final String MONGO_HEAP = "-Xmx512m";

    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    static final List<String> INFRA_JVM_OPTIONS = List.of(
            "-Xms32m",
            "-Xmx256m",
            "-XX:+UseSerialGC",
            C1_ONLY,
            "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8",
            "-Dorg.slf4j.simpleLogger.showDateTime=true",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS",
            "-Dorg.slf4j.simpleLogger.logFile=System.out",
            "-Dlog4j2.statusLoggerLevel=OFF");

    static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");

    static final String LOOPBACK = "127.0.0.1";

    private final Path java;
    private final Supplier<String> classpath;
    private final long parentPid;

    /** @param classpath asked only when an infrastructure process starts: finding it may read many jars */
    ChildCommands(Path java, Supplier<String> classpath, long parentPid) {
        this.java = java;
        this.classpath = classpath;
        this.parentPid = parentPid;
    }

    static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    List<String> kafkaBroker(StackPorts ports, Path dataDir) {
        return kafkaBroker(ports, dataDir, KafkaBrokerConfig.DEFAULT_PARTITIONS);
    }

    List<String> kafkaBroker(StackPorts ports, Path dataDir, int partitions) {
        List<String> command = infra(
                KafkaBrokerMain.class,
                "--port=" + ports.kafka(),
                "--controller-port=" + ports.kafkaController(),
                "--data-dir=" + dataDir);
        if (partitions != KafkaBrokerConfig.DEFAULT_PARTITIONS) {
            command.add(command.size() - 1, "--partitions=" + partitions);
        }
        return command;
    }

    List<String> mongo(StackPorts ports, Path dataDir) {
        List<String> command = infra(MongoServerMain.class, "--port=" + ports.mongo(), "--data-dir=" + dataDir);
        command.set(command.indexOf("-Xmx256m"), MONGO_HEAP);
        // the database does the stack's heaviest steady work (serializing documents on every write and read): the
        // JVM's tiered compilation wrote 281 students/s durably against 213 with C1 only (EmbeddedWriteThroughput)
        command.remove(C1_ONLY);
        return command;
    }

    List<String> service(ServiceLaunch launch) {
        StackPorts ports = launch.ports();
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(SERVICE_JVM_OPTIONS);
        command.add("-javaagent:" + launch.watchdogAgent() + "=" + parentPid);
        command.addAll(launch.jvmOptions());
        command.add("-jar");
        command.add(launch.jar().toString());
        command.add("--server.port=" + launch.port());
        // loopback unless the gateway is told otherwise (--bind); the management port follows server.address
        command.add("--server.address="
                + (launch.service() == StackService.GATEWAY ? launch.gatewayBindAddress() : LOOPBACK));
        command.add("--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka());
        command.add("--spring.mongodb.uri=mongodb://127.0.0.1:" + ports.mongo() + "/");
        command.add("--management.endpoint.health.probes.enabled=true");
        if (launch.service() == StackService.GATEWAY) {
            command.add("--intl.services.partnership-uri=http://127.0.0.1:" + ports.partnership());
            command.add("--intl.services.student-uri=http://127.0.0.1:" + ports.student());
            command.add("--intl.services.news-uri=http://127.0.0.1:" + ports.news());
            command.add("--intl.services.faculty-uri=http://127.0.0.1:" + ports.faculty());
            // several instances: the gateway's load balancer gets them all (one instance: the URI above is the list)
            for (StackService service :
                    List.of(StackService.PARTNERSHIP, StackService.STUDENT, StackService.NEWS, StackService.FACULTY)) {
                ServiceInstances instances = launch.instances();
                if (instances.count(service) > 1) {
                    for (int i = 1; i <= instances.count(service); i++) {
                        command.add("--spring.cloud.discovery.client.simple.instances." + service.moduleName() + "["
                                + (i - 1) + "].uri=http://127.0.0.1:" + instances.port(service, i));
                    }
                }
            }
            // the services' OpenAPI documents, for Swagger UI, are on their management ports
            command.add("--intl.services.partnership-management-uri=http://127.0.0.1:"
                    + StackService.PARTNERSHIP.managementPort(ports));
            command.add("--intl.services.student-management-uri=http://127.0.0.1:"
                    + StackService.STUDENT.managementPort(ports));
            command.add(
                    "--intl.services.news-management-uri=http://127.0.0.1:" + StackService.NEWS.managementPort(ports));
            command.add("--intl.services.faculty-management-uri=http://127.0.0.1:"
                    + StackService.FACULTY.managementPort(ports));
        }
        if (launch.service() == StackService.GATEWAY) {
            command.add("--intl.services.console-uri=http://127.0.0.1:" + ports.console());
        }
        if (launch.service().hasOutbox() && launch.instances().count(launch.service()) > 1) {
            // several relays read the same outboxes: each claims a document before publishing it (ADR 0573)
            command.add("--intl.outbox.claims=true");
        }
        if (launch.service() == StackService.CONSOLE) {
            // the console calls the API, and signs its users in, through the gateway
            command.add("--intl.console.api-uri=http://127.0.0.1:" + ports.gateway());
        }
        command.addAll(launch.args());
        return command;
    }

    private List<String> infra(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(INFRA_JVM_OPTIONS);
        command.add("-cp");
        command.add(classpath.get());
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        command.add("--parent-pid=" + parentPid);
        return command;
    }

    /**
     * What varies between service launches; {@code args} come last so they override the defaults.
     * {@code gatewayBindAddress} is where the gateway listens (the services always listen on loopback);
     * {@code instance} (1-based) is the instance of {@code service} among {@code instances}.
     */
    record ServiceLaunch(
            StackService service,
            StackPorts ports,
            Path jar,
            Path watchdogAgent,
            List<String> jvmOptions,
            List<String> args,
            String gatewayBindAddress,
            ServiceInstances instances,
            int instance) {

        ServiceLaunch {
            jvmOptions = List.copyOf(jvmOptions);
            args = List.copyOf(args);
        }

        ServiceLaunch(
                StackService service,
                StackPorts ports,
                Path jar,
                Path watchdogAgent,
                List<String> jvmOptions,
                List<String> args,
                String gatewayBindAddress) {
            this(
                    service,
                    ports,
                    jar,
                    watchdogAgent,
                    jvmOptions,
                    args,
                    gatewayBindAddress,
                    ServiceInstances.of(ports, 1),
                    1);
        }

        /** This instance's HTTP port. */
        int port() {
            return instances.port(service, instance);
        }

        ServiceLaunch(
                StackService service,
                StackPorts ports,
                Path jar,
                Path watchdogAgent,
                List<String> jvmOptions,
                List<String> args) {
            this(service, ports, jar, watchdogAgent, jvmOptions, args, LOOPBACK);
        }
    }
}
