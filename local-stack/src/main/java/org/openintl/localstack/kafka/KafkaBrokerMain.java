package org.openintl.localstack.kafka;

import java.nio.file.Path;
import org.openintl.localstack.child.ChildArgs;
import org.openintl.localstack.child.ChildWatchdog;

/**
 * Runs a Kafka broker in this JVM until SIGTERM.
 *
 * <p>Arguments: {@code --port=9092 --controller-port=9093 --data-dir=./data/kafka [--partitions=3]
 * [--parent-pid=<pid>]}.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {}

    public static void main(String[] args) throws Exception {
        ChildArgs arguments = ChildArgs.parse(args);
        arguments.parentPid().ifPresent(ChildWatchdog::install);
        KafkaBrokerConfig config = new KafkaBrokerConfig(
                arguments.port("port", 9092),
                arguments.port("controller-port", 9093),
                arguments.path("data-dir", Path.of("data", "kafka")),
                arguments.positive("partitions", KafkaBrokerConfig.DEFAULT_PARTITIONS));

        Path serverProperties = config.writeServerProperties();
        new KafkaStorage(config).formatIfNeeded(serverProperties);
        System.out.println("[local-stack] starting Kafka broker on " + config.bootstrapServers() + " with data in "
                + config.logDir());
        // kafka.Kafka installs its own shutdown hook (controlled shutdown) and exits when the broker stops
        kafka.Kafka.main(new String[] {serverProperties.toString()});
    }
}
