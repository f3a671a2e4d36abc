package org.openintl.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openintl.localstack.child.ChildArgs;
import org.openintl.localstack.kafka.KafkaBrokerConfig;

/** {@code --partitions=N}: the broker's default for new topics; the services get it as {@code intl.events.partitions}. */
class TopicPartitionsUnitTest {

    private final ChildCommands commands = new ChildCommands(Path.of("java"), () -> "cp", 7);

    @Test
    void threeByDefaultAndNoExtraArgument() {
        assertThat(CommandLineOptions.parse().partitions()).isEqualTo(3);
        assertThat(commands.kafkaBroker(StackPorts.defaults(), Path.of("/d")))
                .noneMatch(arg -> arg.startsWith("--partitions"));
        assertThat(new KafkaBrokerConfig(1, 2, Path.of("/d")).toProperties().getProperty("num.partitions"))
                .isEqualTo("3");
    }

    @Test
    void anotherCountReachesTheBrokersConfiguration() {
        assertThat(CommandLineOptions.parse("--partitions=6").partitions()).isEqualTo(6);
        assertThat(commands.kafkaBroker(StackPorts.defaults(), Path.of("/d"), 6))
                .contains("--partitions=6")
                .last()
                .isEqualTo("--parent-pid=7");
        int parsed = ChildArgs.parse("--partitions=6").positive("partitions", 3);
        assertThat(new KafkaBrokerConfig(1, 2, Path.of("/d"), parsed)
                        .toProperties()
                        .getProperty("num.partitions"))
                .isEqualTo("6");
    }

    @Test
    void refusesNoPartitions() {
        assertThatIllegalArgumentException().isThrownBy(() -> CommandLineOptions.parse("--partitions=0"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStack.builder().topicPartitions(0));
    }
}
