package org.openintl.platform.events;

/**
 * A service's consumer of one topic, the one shape of every listener: a {@code @Component} in the feature's package
 * that says what it consumes and what applying an event means. The platform runs its {@link #subscription()}: it
 * decodes each record, checks source, type, subject and payload, dead-letters what is malformed, restores the trace
 * context and only then calls the handler ({@link EventIntake}).
 *
 * <pre>{@code
 * @Component
 * class PartnershipListener implements EventConsumer<PartnershipSnapshot> {
 *     public EventSubscription<PartnershipSnapshot> subscription() {
 *         return EventSubscription.on("intl.partnerships.v1")
 *                 .group("student-service.partnerships")
 *                 .from("/partnership-service")
 *                 .typesStartingWith("intl.partnership.")
 *                 .apply(PartnershipSnapshot.class, projection::apply);
 *     }
 * }
 * }</pre>
 *
 * @param <T> the service's view of the payload
 */
@FunctionalInterface
public interface EventConsumer<T> {

    EventSubscription<T> subscription();
}
