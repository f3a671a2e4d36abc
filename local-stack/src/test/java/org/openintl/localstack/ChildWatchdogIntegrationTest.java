package org.openintl.localstack;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.openintl.localstack.mongo.MongoServerMain;

/** Children must not outlive a supervisor that was killed, and must leave Ctrl-C handling to the supervisor. */
class ChildWatchdogIntegrationTest {

    @TempDir
    Path tempDir;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killEverythingStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void mongoServerExitsWhenItsParentIsKilled() throws IOException {
        Process parent = startFakeParent();
        int port = StackPorts.freePorts().mongo();
        Process mongo = start(List.of(
                java(),
                "-Xmx64m",
                "-cp",
                testClasspath(),
                MongoServerMain.class.getName(),
                "--port=" + port,
                "--data-dir=" + tempDir.resolve("mongo"),
                "--parent-pid=" + parent.pid()));
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.tcpOpen(port));

        parent.destroyForcibly();

        await().atMost(Duration.ofSeconds(20)).until(() -> !mongo.isAlive());
    }

    @Test
    void serviceStartedWithTheWatchdogAgentExitsWhenItsParentIsKilled() throws IOException {
        Process parent = startFakeParent();
        Path agent = WatchdogAgentJar.writeTo(tempDir.resolve("run"));
        Path serviceJar = FakeServiceJars.writeJar(tempDir.resolve("fake-service.jar"));
        int port = StackPorts.freePorts().gateway();
        Process service = start(List.of(
                java(),
                "-Xmx64m",
                "-javaagent:" + agent + "=" + parent.pid(),
                "-jar",
                serviceJar.toString(),
                "--server.port=" + port));
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.tcpOpen(port));

        parent.destroyForcibly();

        await().atMost(Duration.ofSeconds(20)).until(() -> !service.isAlive());
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void watchedChildIgnoresSigintBecauseTheSupervisorStopsItInOrder() throws Exception {
        Process parent = startFakeParent();
        Path agent = WatchdogAgentJar.writeTo(tempDir.resolve("run"));
        Path serviceJar = FakeServiceJars.writeJar(tempDir.resolve("fake-service.jar"));
        int port = StackPorts.freePorts().gateway();
        Process service = start(List.of(
                java(),
                "-Xmx64m",
                "-javaagent:" + agent + "=" + parent.pid(),
                "-jar",
                serviceJar.toString(),
                "--server.port=" + port));
        await().atMost(Duration.ofSeconds(20)).until(() -> Readiness.tcpOpen(port));

        new ProcessBuilder("kill", "-INT", String.valueOf(service.pid()))
                .start()
                .waitFor();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(service::isAlive);
        service.destroy();
        await().atMost(Duration.ofSeconds(10)).until(() -> !service.isAlive());
    }

    private Process startFakeParent() throws IOException {
        return start(List.of(java(), "-Xmx32m", "-cp", testClasspath(), FakeService.class.getName()));
    }

    private Process start(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        tempDir.resolve("process-" + started.size() + ".log").toFile())
                .start();
        started.add(process);
        return process;
    }

    private static String java() {
        return ChildCommands.currentJava().toString();
    }

    private static String testClasspath() {
        return String.join(
                File.pathSeparator,
                RuntimeClasspath.expand(System.getProperty("java.class.path")).stream()
                        .map(Path::toString)
                        .toList());
    }
}
