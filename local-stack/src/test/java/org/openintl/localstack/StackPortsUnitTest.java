package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StackPortsUnitTest {

    @Test
    void defaultsMatchTheDesign() {
        assertThat(StackPorts.defaults())
                .isEqualTo(new StackPorts(8080, 8081, 8082, 8083, 9092, 9093, 27017, 8085, 8084));
    }

    @Test
    void offsetShiftsEveryPort() {
        assertThat(StackPorts.withOffset(10000))
                .isEqualTo(new StackPorts(18080, 18081, 18082, 18083, 19092, 19093, 37017, 18085, 18084));
    }

    @Test
    void rejectsDuplicatePorts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StackPorts(8080, 8080, 8082, 8083, 9092, 9093, 27017, 8085, 8084))
                .withMessageContaining("distinct");
    }

    @Test
    void rejectsPortsOutsideTheTcpRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> StackPorts.withOffset(40000));
    }

    @Test
    void freePortsAreDistinct() {
        StackPorts ports = StackPorts.freePorts();

        assertThat(ports.kafka()).isNotEqualTo(ports.kafkaController());
    }

    @Test
    void putsEachServicesManagementPortAThousandAboveItsPort() {
        assertThat(StackService.GATEWAY.managementPort(StackPorts.defaults())).isEqualTo(9080);
        assertThat(StackService.NEWS.managementPort(StackPorts.withOffset(10000)))
                .isEqualTo(19083);
        StackPorts free = StackPorts.freePorts();
        for (StackService service : StackService.values()) {
            assertThat(service.managementPort(free)).isLessThanOrEqualTo(65535);
        }
    }
}
