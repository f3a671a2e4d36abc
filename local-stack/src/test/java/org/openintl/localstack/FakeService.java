package org.openintl.localstack;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for a Spring Boot service jar in tests: answers {@code /actuator/health/readiness} on
 * {@code --server.port} and prints its arguments. Without a port it only waits. No nested classes: tests copy
 * this one class file into a jar. It exits with code 3 at start when the file named by {@code FAKE_CRASH_FILE}
 * exists.
 */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws Exception {
        System.out.println("fake-service args: " + String.join(" ", args));
        System.out.println("fake-service env FAKE_GREETING=" + System.getenv("FAKE_GREETING"));
        String crashFile = System.getenv("FAKE_CRASH_FILE");
        if (crashFile != null && java.nio.file.Files.exists(java.nio.file.Path.of(crashFile))) {
            System.out.println("fake-service crashes on purpose: " + crashFile + " exists");
            System.exit(3);
        }
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                int port = Integer.parseInt(arg.substring("--server.port=".length()));
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                server.createContext("/actuator/health/readiness", exchange -> {
                    byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
            }
        }
        new CountDownLatch(1).await();
    }
}
