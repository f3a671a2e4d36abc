package org.openintl.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Starts, once per test JVM, a real Kafka broker (KRaft) and the MongoDB-wire server in memory, and points Spring
 * Boot at them through system properties. Use with {@code @ExtendWith(EmbeddedInfrastructure.class)} before the
 * Spring extension; everything stops when the JVM exits.
 */
public final class EmbeddedInfrastructure implements BeforeAllCallback {

    private static EmbeddedKafkaKraftBroker kafka;
    private static MongoServer mongo;
    private static String mongoUri;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    public static synchronized void start() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
            kafka.afterPropertiesSet();
            mongo = new MongoServer(new MemoryBackend());
            mongo.bind("127.0.0.1", 0);
            InetSocketAddress address = mongo.getLocalAddress();
            mongoUri = "mongodb://127.0.0.1:" + address.getPort() + "/";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.destroy();
                mongo.shutdownNow();
            }));
        }
        System.setProperty("spring.kafka.bootstrap-servers", kafka.getBrokersAsString());
        System.setProperty("spring.mongodb.uri", mongoUri);
    }

    public static String kafkaBootstrap() {
        start();
        return kafka.getBrokersAsString();
    }

    public static String mongoUri() {
        start();
        return mongoUri;
    }
}
