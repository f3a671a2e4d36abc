package org.openintl.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group of the stack has committed the end of every partition it reads: what an earlier
 * load left queued (a backlog, a warm-up) is applied before the next measurement starts, so that it does not compete
 * with that measurement for the same two cores.
 */
final class ConsumersCaughtUp {

    private ConsumersCaughtUp() {}

    /** @return the records still not committed when {@code max} ran out (0 when all groups caught up) */
    static long await(String bootstrap, Duration max) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long deadline = System.nanoTime() + max.toNanos();
        try (Admin admin = Admin.create(config)) {
            while (true) {
                long lag = lag(admin);
                if (lag == 0 || System.nanoTime() > deadline) {
                    if (lag > 0) {
                        System.err.printf("[bench] consumers still %d records behind after %s%n", lag, max);
                    }
                    return lag;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the consumer groups' offsets", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The records the groups have not yet committed, summed over every group and partition it reads. */
    private static long lag(Admin admin) throws ExecutionException, InterruptedException {
        List<Map.Entry<TopicPartition, Long>> committed = new ArrayList<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata()
                    .get()
                    .forEach((partition, offset) -> {
                        if (offset != null) {
                            committed.add(Map.entry(partition, offset.offset()));
                        }
                    });
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.forEach(c -> latest.put(c.getKey(), OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get();
        return committed.stream()
                .mapToLong(c -> Math.max(0, ends.get(c.getKey()).offset() - c.getValue()))
                .sum();
    }
}
