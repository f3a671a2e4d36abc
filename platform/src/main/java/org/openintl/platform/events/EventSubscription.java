package org.openintl.platform.events;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a service consumes from one topic, as one consumer group: whose events it expects there ({@code ce_source}),
 * which types it applies, its view of the payload and what it does with it. A service declares one bean per
 * subscription; the platform runs the listener, the checks and the dead-lettering ({@link EventIntake}).
 *
 * <pre>{@code
 * EventSubscription.on("intl.partnerships.v1")
 *         .group("student-service.partnerships")
 *         .from("/partnership-service")
 *         .types(type -> type.startsWith("intl.partnership."))
 *         .apply(PartnershipSnapshot.class, (event, id, snapshot) -> ...);
 * }</pre>
 *
 * @param topic the topic read
 * @param group the consumer group, also how this service's dead letters are told apart on the shared
 *     {@code <topic>-dlt}
 * @param source the only {@code ce_source} accepted on the topic
 * @param types the types applied; others (and types without a known schema) are skipped, as the contract says
 * @param dataType the payload's class, read with the application's JSON mapper after the schema check
 * @param handler what applying means
 */
public record EventSubscription<T>(
        String topic,
        String group,
        String source,
        Predicate<String> types,
        Class<T> dataType,
        EventHandler<T> handler) {

    public EventSubscription {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(dataType, "dataType");
        Objects.requireNonNull(handler, "handler");
    }

    public static Builder on(String topic) {
        return new Builder(topic);
    }

    /** Names the parts in the order one reads them; {@link #apply} builds the subscription. */
    public static final class Builder {

        private final String topic;
        private String group;
        private String source;
        private Predicate<String> types = type -> true;

        private Builder(String topic) {
            this.topic = topic;
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder from(String source) {
            this.source = source;
            return this;
        }

        public Builder types(Predicate<String> types) {
            this.types = types;
            return this;
        }

        /** The types of one producer's aggregate, e.g. {@code "intl.partnership."}; its other types are skipped. */
        public Builder typesStartingWith(String prefix) {
            return types(type -> type.startsWith(prefix));
        }

        public <T> EventSubscription<T> apply(Class<T> dataType, EventHandler<T> handler) {
            return new EventSubscription<>(topic, group, source, types, dataType, handler);
        }
    }
}
