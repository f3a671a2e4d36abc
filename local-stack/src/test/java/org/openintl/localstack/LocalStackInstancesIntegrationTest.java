package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances of each service ({@code --instances=2}), {@link FakeService} jars in place of the services. */
class LocalStackInstancesIntegrationTest {

    @TempDir
    static Path tempDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEveryInstanceOnItsOwnPortsWithItsOwnLogAndStopsOneAlone() throws Exception {
        StackPorts ports = StackPorts.freePorts();
        ServiceInstances instances = ServiceInstances.freePorts(ports, 2);
        List<ProcessHandle> children;
        try (LocalStack stack = LocalStack.builder()
                .projectDir(FakeServiceJars.createProject(tempDir.resolve("project")))
                .dataDir(tempDir.resolve("data"))
                .ports(ports)
                .instances(instances)
                .readinessTimeout(Duration.ofSeconds(60))
                .build()
                .start()) {
            for (StackService service : StackService.values()) {
                for (int i = 1; i <= 2; i++) {
                    assertThat(readiness(stack.instanceManagementUrl(service, i)))
                            .as(service + " " + i)
                            .isEqualTo(200);
                }
            }
            assertThat(Files.readString(stack.logFile("student-service-2")))
                    .contains("--server.port=" + instances.port(StackService.STUDENT, 2));
            assertThat(Files.readString(stack.logFile("gateway-2")))
                    .contains("--spring.cloud.discovery.client.simple.instances.news-service[1].uri=http://127.0.0.1:"
                            + instances.port(StackService.NEWS, 2));

            stack.stopInstance(StackService.NEWS, 2);
            assertThat(stack.isRunning("news-service-2")).isFalse();
            assertThat(stack.isRunning("news-service")).isTrue();
            stack.startInstance(StackService.NEWS, 2);
            assertThat(readiness(stack.instanceManagementUrl(StackService.NEWS, 2)))
                    .isEqualTo(200);

            children = instances.all().stream()
                    .map(instance -> stack.pid(instance.processName()).orElseThrow())
                    .map(pid -> ProcessHandle.of(pid).orElseThrow())
                    .toList();
            assertThat(children).hasSize(2 * StackService.values().length);
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private int readiness(URI management) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(management.resolve("/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
