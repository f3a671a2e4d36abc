package org.openintl.localstack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a Spring Boot service jar in tests: answers {@code /actuator/health/readiness} on its management
 * port ({@code --server.port} + 1000, as the real services), listens on {@code --server.port} too, and prints its
 * arguments. Without a port it only waits. No nested classes: tests copy this one class file into a jar. It exits
 * with code 3 at start when the file named by {@code FAKE_CRASH_FILE} exists.
 */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws Exception {
        System.out.println("fake-service args: " + String.join(" ", args));
        System.out.println("fake-service env FAKE_GREETING=" + System.getenv("FAKE_GREETING"));
        // whether the stack gave this service a personal-data key (never the key itself in a log)
        for (String key : new String[] {"INTL_STUDENTS_ENCRYPTION_ACTIVEKEY", "INTL_FACULTY_ENCRYPTION_ACTIVEKEY"}) {
            System.out.println("fake-service env " + key + "=" + (System.getenv(key) == null ? "unset" : "set"));
        }
        String crashFile = System.getenv("FAKE_CRASH_FILE");
        if (crashFile != null && java.nio.file.Files.exists(java.nio.file.Path.of(crashFile))) {
            System.out.println("fake-service crashes on purpose: " + crashFile + " exists");
            System.exit(3);
        }
        String address = "127.0.0.1";
        int port = -1;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            } else if (arg.startsWith("--server.address=")) {
                address = arg.substring("--server.address=".length());
            }
        }
        if (port > 0) {
            HttpServer.create(new InetSocketAddress(address, port), 0).start();
            HttpServer management = HttpServer.create(new InetSocketAddress(address, port + 1000), 0);
            management.createContext("/actuator/health/readiness", exchange -> {
                byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            management.start();
        }
        new CountDownLatch(1).await();
    }
}
