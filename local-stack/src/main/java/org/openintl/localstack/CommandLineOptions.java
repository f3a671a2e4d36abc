package org.openintl.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options of {@code run-local.sh} / {@link LocalStack#main}; unknown arguments go to every service. */
record CommandLineOptions(
        boolean help,
        boolean infraOnly,
        boolean demo,
        Optional<Path> home,
        Optional<Path> dataDir,
        int portOffset,
        int instances,
        int partitions,
        Optional<String> bind,
        Optional<Duration> readinessTimeout,
        List<String> allServicesArgs,
        Map<StackService, List<String>> serviceArgs) {

    static final String USAGE = """
            Usage: ./run-local.sh [options] [--any.spring.property=value ...]
              --infra-only                 start only Kafka and MongoDB
              --data-dir=DIR               data and logs (default: ./data)
              --home=DIR                   project root (default: -Dintl.home, else found above the working dir)
              --port-offset=N              add N to every port (default ports 8080-8083, 9092, 9093, 27017;
                                           actuator on each service's port + 1000: 9080-9083)
              --instances=N                N instances of each service and of the gateway (1-5, default 1); instance
                                           i listens on the port + 100 x (i - 1): gateways 8080, 8180, ..., partnership
                                           8081, 8181, ...; actuator on each port + 1000 (docs/scaling.md)
              --partitions=N               partitions of every topic created (default 3); a topic keeps its count
              --bind=ADDR                  the address the gateway listens on (default 127.0.0.1; the services
                                           and every management port always listen on 127.0.0.1)
              --readiness-timeout=SECONDS  how long each process may take to become ready (default 300)
              --service-arg=MODULE:ARG     pass ARG to one service only, e.g. --service-arg=gateway:--debug
              --demo                       once everything is ready, load the demo data set through the gateway
              --help                       this text
              --no-build / --build         (run-local.sh only) skip / force the check-and-build step
              --prometheus                 (run-local.sh only) also run Prometheus on 127.0.0.1:9090 (+ offset),
                                           configured from ops/prometheus/; needs a prometheus binary on the PATH
            Any other argument is passed to all four services.""";

    CommandLineOptions {
        allServicesArgs = List.copyOf(allServicesArgs);
        serviceArgs = Map.copyOf(serviceArgs);
    }

    static CommandLineOptions parse(String... args) {
        boolean help = false;
        boolean infraOnly = false;
        boolean demo = false;
        Optional<Path> home = Optional.empty();
        Optional<Path> dataDir = Optional.empty();
        int portOffset = 0;
        int instances = 1;
        int partitions = 3;
        Optional<String> bind = Optional.empty();
        Optional<Duration> readinessTimeout = Optional.empty();
        List<String> allServicesArgs = new ArrayList<>();
        Map<StackService, List<String>> serviceArgs = new EnumMap<>(StackService.class);
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--infra-only")) {
                infraOnly = true;
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.startsWith("--home=")) {
                home = Optional.of(Path.of(value(arg)));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Optional.of(Path.of(value(arg)));
            } else if (arg.startsWith("--port-offset=")) {
                portOffset = Integer.parseInt(value(arg));
            } else if (arg.startsWith("--instances=")) {
                instances = Integer.parseInt(value(arg));
                if (instances < 1 || instances > ServiceInstances.MAX) {
                    throw new IllegalArgumentException(
                            "expected --instances=N with N from 1 to " + ServiceInstances.MAX + " but got " + arg);
                }
            } else if (arg.startsWith("--partitions=")) {
                partitions = Integer.parseInt(value(arg));
                if (partitions < 1) {
                    throw new IllegalArgumentException("expected --partitions=N with N of at least 1 but got " + arg);
                }
            } else if (arg.startsWith("--bind=")) {
                String address = value(arg);
                if (address.isBlank()) {
                    throw new IllegalArgumentException("expected --bind=ADDR, e.g. --bind=0.0.0.0");
                }
                bind = Optional.of(address);
            } else if (arg.startsWith("--readiness-timeout=")) {
                readinessTimeout = Optional.of(Duration.ofSeconds(Long.parseLong(value(arg))));
            } else if (arg.startsWith("--service-arg=")) {
                String spec = value(arg);
                int colon = spec.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException("expected --service-arg=MODULE:ARG but got " + arg);
                }
                StackService service = StackService.fromModuleName(spec.substring(0, colon));
                serviceArgs.computeIfAbsent(service, s -> new ArrayList<>()).add(spec.substring(colon + 1));
            } else {
                allServicesArgs.add(arg);
            }
        }
        return new CommandLineOptions(
                help,
                infraOnly,
                demo,
                home,
                dataDir,
                portOffset,
                instances,
                partitions,
                bind,
                readinessTimeout,
                allServicesArgs,
                serviceArgs);
    }

    LocalStack.Builder applyTo(LocalStack.Builder builder) {
        home.ifPresent(builder::projectDir);
        dataDir.ifPresent(builder::dataDir);
        readinessTimeout.ifPresent(builder::readinessTimeout);
        bind.ifPresent(builder::gatewayBind);
        serviceArgs.forEach(builder::serviceArgs);
        return builder.ports(StackPorts.withOffset(portOffset))
                .instances(instances)
                .topicPartitions(partitions)
                .infraOnly(infraOnly)
                .allServicesArgs(allServicesArgs);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
