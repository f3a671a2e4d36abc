package org.openintl.boot.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ManagementPortEnvironmentUnitTest {

    @Test
    void derivesTheManagementPortFromTheHttpPort() {
        assertThat(ManagementPortEnvironment.defaults("8080", null, false, false))
                .containsEntry("management.server.port", 9080);
        assertThat(ManagementPortEnvironment.defaults("18080", "127.0.0.1", false, false))
                .containsEntry("management.server.port", 19080)
                .containsEntry("management.server.address", "127.0.0.1");
        assertThat(ManagementPortEnvironment.defaults("0", null, false, false))
                .containsEntry("management.server.port", 0);
        assertThat(ManagementPortEnvironment.defaults("8080", "0.0.0.0", true, true))
                .isEmpty();
    }

    @Test
    void refusesAnHttpPortThatLeavesNoRoomForTheManagementPort() {
        assertThatThrownBy(() -> ManagementPortEnvironment.defaults("65000", null, false, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set management.server.port");
    }
}
