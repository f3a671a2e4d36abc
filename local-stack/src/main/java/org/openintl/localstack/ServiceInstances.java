package org.openintl.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP port of every instance of every service ({@code --instances=N}); each instance's management port is its
 * port + 1000. Instance 1 is on the service's port of {@link StackPorts}; by default instance {@code i} (1-based) is on
 * that port + {@value #STRIDE} × (i - 1): partnership-service on 8081, 8181, 8281, its actuator on 9081, 9181, 9281.
 * Up to {@value #MAX} instances, so that no port or management port meets another's (port + 1000 would meet
 * instance 11's port).
 *
 * <p>Instance 1 keeps the plain module name as process name ({@code partnership-service}, its log
 * {@code partnership-service.log}); instance {@code i > 1} is {@code partnership-service-i}.
 */
public record ServiceInstances(Map<StackService, List<Integer>> ports) {

    public static final int STRIDE = 100;
    public static final int MAX = 5;

    public ServiceInstances {
        Map<StackService, List<Integer>> copy = new EnumMap<>(StackService.class);
        Set<Integer> seen = new HashSet<>();
        for (StackService service : StackService.values()) {
            List<Integer> list = List.copyOf(ports.getOrDefault(service, List.of()));
            if (list.isEmpty() || list.size() > MAX) {
                throw new IllegalArgumentException(
                        "%s needs 1 to %d instance ports, got %s".formatted(service.moduleName(), MAX, list));
            }
            for (int port : list) {
                if (!seen.add(port) || !seen.add(port + StackService.MANAGEMENT_OFFSET)) {
                    throw new IllegalArgumentException(
                            "instance ports and their management ports must be distinct: " + ports);
                }
            }
            copy.put(service, list);
        }
        ports = copy;
    }

    /** {@code count} instances of each service, on the ports of {@link StackPorts} and then every {@value #STRIDE}. */
    public static ServiceInstances of(StackPorts base, int count) {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("--instances must be between 1 and " + MAX + ", got " + count);
        }
        Map<StackService, List<Integer>> ports = new EnumMap<>(StackService.class);
        for (StackService service : StackService.values()) {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(service.port(base) + STRIDE * i);
            }
            ports.put(service, list);
        }
        return new ServiceInstances(ports);
    }

    /**
     * {@code count} instances of each service: instance 1 on the ports of {@code base}, the others on ports (and
     * management ports) the operating system reports free right now, as {@link StackPorts#freePorts()} does.
     */
    public static ServiceInstances freePorts(StackPorts base, int count) {
        Map<StackService, List<Integer>> ports = new EnumMap<>(StackService.class);
        List<ServerSocket> held = new ArrayList<>();
        // the base ports were free when chosen but are no longer held: a new free port could be one of them (Kafka's
        // and MongoDB's included) or one of their management ports (+ 1000), which would give two processes one port
        Set<Integer> taken = new HashSet<>(List.of(base.kafka(), base.kafkaController(), base.mongo()));
        for (StackService service : StackService.values()) {
            taken.add(service.port(base));
            taken.add(service.port(base) + StackService.MANAGEMENT_OFFSET);
        }
        try {
            for (StackService service : StackService.values()) {
                List<Integer> list = new ArrayList<>(List.of(service.port(base)));
                for (int i = 1; i < count; i++) {
                    int port;
                    do {
                        // a port picked here stays bound until the end, so the next attempt gets another one
                        port = freeWithManagementPort(held);
                    } while (taken.contains(port) || taken.contains(port + StackService.MANAGEMENT_OFFSET));
                    taken.add(port);
                    taken.add(port + StackService.MANAGEMENT_OFFSET);
                    list.add(port);
                }
                ports.put(service, list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            held.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // only probing
                }
            });
        }
        return new ServiceInstances(ports);
    }

    public int count(StackService service) {
        return ports.get(service).size();
    }

    /** @param instance 1-based */
    public int port(StackService service, int instance) {
        return ports.get(service).get(instance - 1);
    }

    /** @param instance 1-based */
    public int managementPort(StackService service, int instance) {
        return port(service, instance) + StackService.MANAGEMENT_OFFSET;
    }

    /** {@code partnership-service} for instance 1, {@code partnership-service-2} for instance 2, ... */
    public static String processName(StackService service, int instance) {
        return instance == 1 ? service.moduleName() : service.moduleName() + "-" + instance;
    }

    /** The service and 1-based instance behind a process name, if it names one. */
    public Optional<Instance> byProcessName(String name) {
        for (StackService service : StackService.values()) {
            for (int i = 1; i <= count(service); i++) {
                if (processName(service, i).equals(name)) {
                    return Optional.of(new Instance(service, i));
                }
            }
        }
        return Optional.empty();
    }

    /** Every instance, instance 1 of each service first. */
    public List<Instance> all() {
        List<Instance> all = new ArrayList<>();
        int most = ports.values().stream().mapToInt(List::size).max().orElse(1);
        for (int i = 1; i <= most; i++) {
            for (StackService service : StackService.values()) {
                if (i <= count(service)) {
                    all.add(new Instance(service, i));
                }
            }
        }
        return all;
    }

    /** One instance of a service; {@code number} is 1-based. */
    public record Instance(StackService service, int number) {
        public String processName() {
            return ServiceInstances.processName(service, number);
        }
    }

    private static int freeWithManagementPort(List<ServerSocket> held) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            held.add(socket);
            int port = socket.getLocalPort();
            if (port + StackService.MANAGEMENT_OFFSET <= 65535) {
                try {
                    held.add(new ServerSocket(
                            port + StackService.MANAGEMENT_OFFSET, 1, InetAddress.getLoopbackAddress()));
                    return port;
                } catch (IOException taken) {
                    // try another one
                }
            }
        }
        throw new IOException("found no free port whose port + 1000 is free as well");
    }
}
