package org.openintl.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openintl.access.testing.ForgedTokens;
import org.openintl.access.testing.ForgedTokens.Forgery;
import org.openintl.localstack.LocalStack;
import org.openintl.localstack.StackService;

/**
 * The edge of the running system as ./run-local.sh starts it: every port on loopback, actuator only on the management
 * ports, and every forged token refused by the gateway and by each service called directly around it.
 */
@SystemTest
class EdgeSecuritySystemTest {

    /** The issuer and audience the local stack's gateway stamps and every service insists on. */
    private static final String ISSUER = "http://localhost:8080";

    private static final String AUDIENCE = "intl-api";

    private static final Map<StackService, String> API_PATH = Map.of(
            StackService.GATEWAY, "/api/news",
            StackService.PARTNERSHIP, "/api/partners",
            StackService.STUDENT, "/api/students",
            StackService.NEWS, "/api/news",
            StackService.FACULTY, "/api/experts");

    private final LocalStack stack;

    EdgeSecuritySystemTest(SystemUnderTest system) {
        this.stack = system.stack();
    }

    /** Forgeries around the gateway's real signing key, which the stack keeps in its data directory. */
    private ForgedTokens forgeries() throws Exception {
        RSAKey key =
                RSAKey.parse(Files.readString(stack.dataDir().resolve("gateway").resolve("jwk.json")));
        return new ForgedTokens(key, ISSUER, AUDIENCE);
    }

    @ParameterizedTest
    // the console takes no bearer token: it signs its users in itself and keeps their tokens in its session
    @EnumSource(value = StackService.class, names = "CONSOLE", mode = EnumSource.Mode.EXCLUDE)
    void refusesEveryForgedTokenWithUnauthorizedProblem(StackService target) throws Exception {
        ForgedTokens tokens = forgeries();
        Http http = new Http(stack.serviceUrl(target));
        String path = API_PATH.get(target);

        var control = http.send("GET", path, null, Map.of("Authorization", "Bearer " + tokens.genuine()));
        assertThat(control.status()).as(control.toString()).isEqualTo(200);
        for (Forgery forgery : Forgery.values()) {
            var r = http.send("GET", path, null, Map.of("Authorization", "Bearer " + tokens.forge(forgery)));
            System.out.printf(
                    "forged-token-system %s %s %s -> %d %s%n",
                    target.moduleName(), forgery, path, r.status(), r.json().get("detail"));
            assertThat(r.status()).as(forgery + " at " + target + ": " + r).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("urn:intl:problem:unauthorized");
        }
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void servesActuatorOnTheManagementPortOnly(StackService service) {
        Http api = new Http(stack.serviceUrl(service));
        Http management = new Http(stack.managementUrl(service));

        for (String path : new String[] {"/actuator/health", "/actuator/prometheus"}) {
            var onApiPort = api.get(path);
            if (service == StackService.CONSOLE && onApiPort.status() == 302) {
                // the console sends a browser without a session to its sign-in page, never to actuator
                assertThat(onApiPort.header("Location"))
                        .as(service + " API port " + path)
                        .endsWith("/login");
            } else {
                assertThat(onApiPort.status()).as(service + " API port " + path).isIn(401, 404);
            }
            assertThat(management.get(path).status())
                    .as(service + " management port " + path)
                    .isEqualTo(200);
        }
        if (service.hasOutbox()) {
            // the services' OpenAPI documents (the console has none and sends a browser to its sign-in page)
            assertThat(api.get("/v3/api-docs").status())
                    .as(service + " /v3/api-docs")
                    .isIn(401, 404);
        }
    }

    @Test
    void keepsSwaggerUiAtTheGatewayWorking() {
        Http gateway = new Http(stack.gatewayUrl());
        for (String service : new String[] {"partnership-service", "student-service", "news-service"}) {
            var docs = gateway.get("/v3/api-docs/" + service);
            assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
            assertThat(docs.json().get("paths").size()).isPositive();
        }
        assertThat(gateway.get("/swagger-ui.html").status()).isIn(200, 302);
    }

    @ParameterizedTest
    @EnumSource(StackService.class)
    void bindsEveryPortToLoopbackOnly(StackService service) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        int port = service.port(stack.ports());
        int managementPort = service.managementPort(stack.ports());
        assertThat(connects(loopback, port)).isTrue();
        assertThat(connects(loopback, managementPort)).isTrue();

        Optional<InetAddress> other = otherAddress();
        assumeTrue(other.isPresent(), "this machine has no address besides loopback");
        assertThat(connects(other.get(), port))
                .as(service + " on " + other.get())
                .isFalse();
        assertThat(connects(other.get(), managementPort))
                .as(service + " management on " + other.get())
                .isFalse();
    }

    private static Optional<InetAddress> otherAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
