package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.ChildCommands.ServiceLaunch;
import org.openintl.localstack.ServiceInstances.Instance;

class ServiceInstancesUnitTest {

    private final StackPorts ports = StackPorts.defaults();

    @Test
    void putsInstanceIOnThePortPlusAHundredTimesIMinusOne() {
        ServiceInstances instances = ServiceInstances.of(ports, 3);

        assertThat(instances.ports().get(StackService.PARTNERSHIP)).containsExactly(8081, 8181, 8281);
        assertThat(instances.ports().get(StackService.GATEWAY)).containsExactly(8080, 8180, 8280);
        assertThat(instances.managementPort(StackService.NEWS, 2)).isEqualTo(9183);
    }

    @Test
    void oneInstanceIsTheStackAsItWas() {
        ServiceInstances instances = ServiceInstances.of(ports, 1);

        for (StackService service : StackService.values()) {
            assertThat(instances.ports().get(service)).containsExactly(service.port(ports));
            assertThat(ServiceInstances.processName(service, 1)).isEqualTo(service.moduleName());
        }
    }

    @Test
    void namesFurtherInstancesAfterTheModuleAndFindsThemBack() {
        ServiceInstances instances = ServiceInstances.of(ports, 2);

        assertThat(ServiceInstances.processName(StackService.STUDENT, 2)).isEqualTo("student-service-2");
        assertThat(instances.byProcessName("student-service-2")).contains(new Instance(StackService.STUDENT, 2));
        assertThat(instances.byProcessName("student-service")).contains(new Instance(StackService.STUDENT, 1));
        assertThat(instances.byProcessName("student-service-3")).isEmpty();
        assertThat(instances.byProcessName("kafka")).isEmpty();
        assertThat(instances.all())
                .hasSize(2 * StackService.values().length)
                .startsWith(new Instance(StackService.PARTNERSHIP, 1));
    }

    @Test
    void refusesCountsWhosePortsWouldMeetManagementPorts() {
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceInstances.of(ports, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> ServiceInstances.of(ports, ServiceInstances.MAX + 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ServiceInstances(Map.of(
                        StackService.PARTNERSHIP, List.of(8081, 9081),
                        StackService.STUDENT, List.of(8082),
                        StackService.NEWS, List.of(8083),
                        StackService.GATEWAY, List.of(8080))));
    }

    @Test
    void freePortsKeepInstanceOneOnTheBasePorts() {
        StackPorts base = StackPorts.freePorts();
        ServiceInstances instances = ServiceInstances.freePorts(base, 2);

        assertThat(instances.port(StackService.NEWS, 1)).isEqualTo(base.news());
        assertThat(instances.count(StackService.NEWS)).isEqualTo(2);
    }

    @Test
    void freePortsForMoreInstancesNeverMeetTheBasePortsOrTheirManagementPorts() {
        // base ports whose management ports (+ 1000) the operating system is about to hand out: once they were
        // released, a new free port could be one of them (seen as a failure of the check in ServiceInstances)
        for (int round = 0; round < 20; round++) {
            StackPorts base = StackPorts.freePorts();
            ServiceInstances instances = ServiceInstances.freePorts(base, ServiceInstances.MAX);
            java.util.Set<Integer> all =
                    new java.util.HashSet<>(List.of(base.kafka(), base.kafkaController(), base.mongo()));
            for (StackService service : StackService.values()) {
                for (int i = 1; i <= instances.count(service); i++) {
                    int port = instances.port(service, i);
                    assertThat(all.add(port)).as("port %d of %s", port, service).isTrue();
                    assertThat(all.add(port + StackService.MANAGEMENT_OFFSET))
                            .as("management port of %d", port)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void givesTheGatewayEveryInstanceAndEachInstanceItsOwnPort() {
        ServiceInstances instances = ServiceInstances.of(ports, 2);
        ChildCommands commands = new ChildCommands(Path.of("java"), () -> "cp", 1);

        List<String> gateway = commands.service(new ServiceLaunch(
                StackService.GATEWAY,
                ports,
                Path.of("g.jar"),
                Path.of("a.jar"),
                List.of(),
                List.of(),
                "127.0.0.1",
                instances,
                2));
        assertThat(gateway)
                .contains(
                        "--server.port=8180",
                        "--intl.services.student-uri=http://127.0.0.1:8082",
                        "--spring.cloud.discovery.client.simple.instances.student-service[0].uri=http://127.0.0.1:8082",
                        "--spring.cloud.discovery.client.simple.instances.student-service[1].uri=http://127.0.0.1:8182");

        List<String> news = commands.service(new ServiceLaunch(
                StackService.NEWS,
                ports,
                Path.of("n.jar"),
                Path.of("a.jar"),
                List.of(),
                List.of(),
                "127.0.0.1",
                instances,
                2));
        assertThat(news).contains("--server.port=8183").noneMatch(arg -> arg.contains("discovery"));
    }

    @Test
    void oneInstanceGivesTheGatewayNoList() {
        ChildCommands commands = new ChildCommands(Path.of("java"), () -> "cp", 1);
        assertThat(commands.service(new ServiceLaunch(
                        StackService.GATEWAY, ports, Path.of("g.jar"), Path.of("a.jar"), List.of(), List.of())))
                .noneMatch(arg -> arg.contains("discovery"));
    }

    @Test
    void commandLineTakesTheInstanceCount() {
        assertThat(CommandLineOptions.parse("--instances=2").instances()).isEqualTo(2);
        assertThat(CommandLineOptions.parse().instances()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLineOptions.parse("--instances=9"));
    }
}
