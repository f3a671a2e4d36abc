package org.openintl.platform.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers {@code intl.events.dead.lettered} at 0 for every topic the service consumes, at start-up. Prometheus'
 * {@code increase()} cannot see the first increment of a series that appears with it, so a counter registered only
 * when the first record is dead-lettered would never raise the alert for that record.
 */
final class DeadLetterCounters {

    private DeadLetterCounters() {}

    static Counter of(MeterRegistry meters, String topic) {
        return Counter.builder("intl.events.dead.lettered")
                .description("Records sent to a dead-letter topic: invalid ones at once, failing ones after retries")
                .tag("topic", topic)
                .register(meters);
    }

    static void registerAll(MeterRegistry meters, EventsProperties properties) {
        properties.consumes().forEach(topic -> of(meters, topic));
    }
}
