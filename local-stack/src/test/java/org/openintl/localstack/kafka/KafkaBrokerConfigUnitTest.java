package org.openintl.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigUnitTest {

    private final KafkaBrokerConfig config = new KafkaBrokerConfig(19092, 19093, Path.of("/data/kafka"));

    @Test
    void runsOneCombinedNodeWithAStaticQuorumOnLoopback() {
        Properties properties = config.toProperties();

        assertThat(properties)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", Path.of("/data/kafka/kraft-logs").toString());
    }

    @Test
    void needsNoMoreThanOneReplicaAndCreatesTopicsOnDemand() {
        assertThat(config.toProperties())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("auto.create.topics.enable", "true")
                .containsEntry("num.partitions", "3")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void rejectsTheSamePortForBrokerAndController() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KafkaBrokerConfig(9092, 9092, Path.of("d")));
    }
}
