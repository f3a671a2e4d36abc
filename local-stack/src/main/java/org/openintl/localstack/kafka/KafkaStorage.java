package org.openintl.localstack.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/** Formats the KRaft log directory once, with a cluster id that is kept so that restarts reuse the data. */
final class KafkaStorage {

    private final KafkaBrokerConfig config;

    KafkaStorage(KafkaBrokerConfig config) {
        this.config = config;
    }

    boolean isFormatted() {
        return Files.exists(config.logDir().resolve("meta.properties"));
    }

    void formatIfNeeded(Path serverProperties) throws IOException {
        if (isFormatted()) {
            return;
        }
        String clusterId = clusterId();
        String[] args = {
            "format", "--config", serverProperties.toString(), "--cluster-id", clusterId, "--ignore-formatted"
        };
        int exitCode = StorageTool.execute(args, System.out);
        if (exitCode != 0) {
            throw new IllegalStateException("kafka-storage format failed with exit code " + exitCode);
        }
    }

    private String clusterId() throws IOException {
        Path file = config.dataDir().resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(file, clusterId + System.lineSeparator(), StandardCharsets.UTF_8);
        return clusterId;
    }
}
