package org.openintl.platform.events;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event wiring of a service ({@code intl.events.*}).
 *
 * @param source the CloudEvents source of what this service publishes, e.g. {@code /partnership-service}
 * @param topic the topic it publishes to, e.g. {@code intl.partnerships.v1}
 * @param consumes topics it subscribes to; each gets a {@code <topic>-dlt} dead-letter topic
 * @param partitions partitions of topics this service creates
 * @param replicas replication factor of topics this service creates
 * @param retries attempts after the first before a record is dead-lettered
 * @param initialBackoff pause before the first retry; doubles each time
 */
@ConfigurationProperties("intl.events")
public record EventsProperties(
        String source,
        String topic,
        @DefaultValue List<String> consumes,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("4") int retries,
        @DefaultValue("200ms") Duration initialBackoff) {}
