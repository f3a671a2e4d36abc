package org.openintl.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The TCP ports of one local stack; all of them bind to 127.0.0.1. */
public record StackPorts(
        int gateway, int partnership, int student, int news, int kafka, int kafkaController, int mongo) {

    public StackPorts {
        List<Integer> all = List.of(gateway, partnership, student, news, kafka, kafkaController, mongo);
        for (int port : all) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
        if (new HashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("ports must be distinct: " + all);
        }
    }

    /** 8080 gateway, 8081-8083 services, 9092 Kafka, 9093 Kafka controller, 27017 MongoDB. */
    public static StackPorts defaults() {
        return new StackPorts(8080, 8081, 8082, 8083, 9092, 9093, 27017);
    }

    /** The default ports plus {@code offset}, e.g. 10000 gives 18080, 19092, 37017: a second stack beside the first. */
    public static StackPorts withOffset(int offset) {
        return defaults().shiftedBy(offset);
    }

    /** Ports the operating system reports free right now (a race with other processes remains possible). */
    public static StackPorts freePorts() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 7; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new StackPorts(p[0], p[1], p[2], p[3], p[4], p[5], p[6]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(StackPorts::closeQuietly);
        }
    }

    public StackPorts shiftedBy(int offset) {
        return new StackPorts(
                gateway + offset,
                partnership + offset,
                student + offset,
                news + offset,
                kafka + offset,
                kafkaController + offset,
                mongo + offset);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // only probing for a free port
        }
    }
}
