package org.openintl.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The TCP ports of one local stack; all of them bind to 127.0.0.1 (the gateway's can be moved with {@code --bind}).
 * Each service's management port is its port + 1000 ({@link StackService#managementPort}).
 */
public record StackPorts(
        int gateway,
        int partnership,
        int student,
        int news,
        int kafka,
        int kafkaController,
        int mongo,
        int console,
        int faculty) {

    public StackPorts {
        List<Integer> all =
                List.of(gateway, partnership, student, news, kafka, kafkaController, mongo, console, faculty);
        for (int port : all) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
        if (new HashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("ports must be distinct: " + all);
        }
    }

    /** 8080 gateway, 8081-8084 services, 9092 Kafka, 9093 Kafka controller, 27017 MongoDB, 8085 the console. */
    public static StackPorts defaults() {
        return new StackPorts(8080, 8081, 8082, 8083, 9092, 9093, 27017, 8085, 8084);
    }

    /** The default ports plus {@code offset}, e.g. 10000 gives 18080, 19092, 37017: a second stack beside the first. */
    public static StackPorts withOffset(int offset) {
        return defaults().shiftedBy(offset);
    }

    /** Ports the operating system reports free right now (a race with other processes remains possible). */
    public static StackPorts freePorts() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] p = new int[9];
            for (int i = 0; i < 9; i++) {
                // the gateway, the services and the console need their management port (+ 1000) free as well
                p[i] = i < 4 || i >= 7
                        ? freeWithManagementPort(sockets)
                        : bind(0, sockets).getLocalPort();
            }
            return new StackPorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(StackPorts::closeQuietly);
        }
    }

    private static int freeWithManagementPort(List<ServerSocket> held) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            ServerSocket socket = bind(0, held);
            int port = socket.getLocalPort();
            if (port + 1000 <= 65535) {
                try {
                    bind(port + 1000, held);
                    return port;
                } catch (IOException taken) {
                    // try another one
                }
            }
        }
        throw new IOException("found no free port whose port + 1000 is free as well");
    }

    private static ServerSocket bind(int port, List<ServerSocket> held) throws IOException {
        ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        return socket;
    }

    public StackPorts shiftedBy(int offset) {
        return new StackPorts(
                gateway + offset,
                partnership + offset,
                student + offset,
                news + offset,
                kafka + offset,
                kafkaController + offset,
                mongo + offset,
                console + offset,
                faculty + offset);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // only probing for a free port
        }
    }
}
