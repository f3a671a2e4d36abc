package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.ChildCommands.ServiceLaunch;

class ChildCommandsUnitTest {

    private final StackPorts ports = StackPorts.withOffset(1);
    private final ChildCommands commands = new ChildCommands(Path.of("/jdk/bin/java"), () -> "cp", 42);

    @Test
    void startsTheGatewayWithTheServiceAddressesAndTheExtraArgumentsLast() {
        List<String> command = commands.service(new ServiceLaunch(
                StackService.GATEWAY,
                ports,
                Path.of("/p/gateway/target/gateway.jar"),
                Path.of("/d/run/watchdog-agent.jar"),
                List.of("-Dextra=1"),
                List.of("--demo")));

        assertThat(command.get(0)).isEqualTo("/jdk/bin/java");
        assertThat(command)
                .contains("-Xmx256m", "-javaagent:/d/run/watchdog-agent.jar=42", "-Dextra=1")
                .containsSubsequence("-jar", "/p/gateway/target/gateway.jar", "--server.port=8081")
                .contains(
                        "--spring.kafka.bootstrap-servers=127.0.0.1:9093",
                        "--spring.mongodb.uri=mongodb://127.0.0.1:27018/",
                        "--intl.services.partnership-uri=http://127.0.0.1:8082",
                        "--intl.services.student-uri=http://127.0.0.1:8083",
                        "--intl.services.news-uri=http://127.0.0.1:8084",
                        "--intl.services.partnership-management-uri=http://127.0.0.1:9082",
                        "--intl.services.student-management-uri=http://127.0.0.1:9083",
                        "--intl.services.news-management-uri=http://127.0.0.1:9084",
                        "--intl.services.faculty-uri=http://127.0.0.1:8085",
                        "--intl.services.faculty-management-uri=http://127.0.0.1:9085",
                        "--server.address=127.0.0.1")
                .endsWith("--demo");
    }

    @Test
    void turnsOnTheRelaysClaimsOnlyWhenAServiceRunsSeveralInstances() {
        for (int count : List.of(1, 2)) {
            ServiceInstances instances = ServiceInstances.of(ports, count);
            for (StackService service : StackService.values()) {
                List<String> command = commands.service(new ServiceLaunch(
                        service,
                        ports,
                        Path.of("s.jar"),
                        Path.of("a.jar"),
                        List.of(),
                        List.of(),
                        "127.0.0.1",
                        instances,
                        1));
                boolean claims = command.contains("--intl.outbox.claims=true");
                assertThat(claims)
                        .as(service.moduleName() + " with " + count + " instance(s)")
                        .isEqualTo(count > 1 && service.hasOutbox());
            }
        }
    }

    @Test
    void bindsEveryServiceToLoopbackAndTheGatewayWhereTold() {
        for (StackService service : StackService.values()) {
            assertThat(commands.service(new ServiceLaunch(
                            service, ports, Path.of("s.jar"), Path.of("a.jar"), List.of(), List.of())))
                    .as(service.moduleName())
                    .contains("--server.address=127.0.0.1");
        }
        assertThat(commands.service(new ServiceLaunch(
                        StackService.GATEWAY,
                        ports,
                        Path.of("g.jar"),
                        Path.of("a.jar"),
                        List.of(),
                        List.of(),
                        "0.0.0.0")))
                .contains("--server.address=0.0.0.0");
        assertThat(commands.service(new ServiceLaunch(
                        StackService.NEWS, ports, Path.of("n.jar"), Path.of("a.jar"), List.of(), List.of(), "0.0.0.0")))
                .contains("--server.address=127.0.0.1");
    }

    @Test
    void givesOnlyTheGatewayTheServiceAddresses() {
        List<String> command = commands.service(new ServiceLaunch(
                StackService.STUDENT, ports, Path.of("s.jar"), Path.of("a.jar"), List.of(), List.of()));

        assertThat(command).contains("--server.port=8083").noneMatch(arg -> arg.startsWith("--intl.services."));
    }

    @Test
    void startsTheBrokerWithItsPortsDataAndParentPid() {
        List<String> command = commands.kafkaBroker(ports, Path.of("/d/kafka"));

        assertThat(command)
                .containsSubsequence("-cp", "cp", "org.openintl.localstack.kafka.KafkaBrokerMain")
                .contains("--port=9093", "--controller-port=9094", "--data-dir=/d/kafka", "--parent-pid=42");
    }

    @Test
    void startsMongoWithItsPortDataAndParentPid() {
        List<String> command = commands.mongo(ports, Path.of("/d/mongo"));

        assertThat(command).contains(ChildCommands.MONGO_HEAP).doesNotContain("-Xmx256m");
        // the database runs with the JVM's tiered compilation; the other processes with C1 only
        assertThat(command).doesNotContain(ChildCommands.C1_ONLY);
        assertThat(commands.kafkaBroker(ports, Path.of("/d/kafka"))).contains(ChildCommands.C1_ONLY);
        assertThat(command)
                .contains("org.openintl.localstack.mongo.MongoServerMain")
                .contains("--port=27018", "--data-dir=/d/mongo", "--parent-pid=42");
    }
}
