package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineOptionsUnitTest {

    @Test
    void readsItsOwnOptions() {
        CommandLineOptions options = CommandLineOptions.parse(
                "--infra-only", "--data-dir=/tmp/d", "--home=/src", "--port-offset=100", "--readiness-timeout=30");

        assertThat(options.infraOnly()).isTrue();
        assertThat(options.dataDir()).contains(Path.of("/tmp/d"));
        assertThat(options.home()).contains(Path.of("/src"));
        assertThat(options.portOffset()).isEqualTo(100);
        assertThat(options.readinessTimeout()).contains(Duration.ofSeconds(30));
        assertThat(options.allServicesArgs()).isEmpty();
    }

    @Test
    void forwardsUnknownArgumentsToEveryService() {
        CommandLineOptions options = CommandLineOptions.parse("--logging.level.org.openintl=DEBUG");

        assertThat(options.allServicesArgs()).containsExactly("--logging.level.org.openintl=DEBUG");
        assertThat(options.infraOnly()).isFalse();
        assertThat(options.demo()).isFalse();
    }

    @Test
    void demoLoadsDataInsteadOfGoingToTheServices() {
        CommandLineOptions options = CommandLineOptions.parse("--demo");

        assertThat(options.demo()).isTrue();
        assertThat(options.allServicesArgs()).isEmpty();
    }

    @Test
    void routesServiceArgumentsToOneService() {
        CommandLineOptions options = CommandLineOptions.parse(
                "--service-arg=gateway:--debug", "--service-arg=gateway:--a=b:c", "--service-arg=news-service:--x=1");

        assertThat(options.serviceArgs())
                .isEqualTo(Map.of(
                        StackService.GATEWAY, List.of("--debug", "--a=b:c"), StackService.NEWS, List.of("--x=1")));
    }

    @Test
    void rejectsUnknownServices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CommandLineOptions.parse("--service-arg=billing:--x=1"))
                .withMessageContaining("billing");
    }

    @Test
    void rejectsServiceArgumentsWithoutAModule() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLineOptions.parse("--service-arg=--x=1"));
    }

    @Test
    void bindsTheGatewayWhereToldAndRefusesAnEmptyAddress() {
        assertThat(CommandLineOptions.parse("--bind=0.0.0.0").bind()).contains("0.0.0.0");
        assertThat(CommandLineOptions.parse().bind()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLineOptions.parse("--bind="));
    }
}
