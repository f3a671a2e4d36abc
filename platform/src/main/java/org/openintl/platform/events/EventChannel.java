package org.openintl.platform.events;

import java.net.URI;
import java.util.Objects;

/** Where a service's events go: the CloudEvents {@code source} it signs them with and the Kafka topic. */
public record EventChannel(URI source, String topic) {

    public EventChannel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(topic, "topic");
    }

    public static EventChannel of(String source, String topic) {
        return new EventChannel(URI.create(source), topic);
    }
}
