package org.openintl.platform.events;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventSubscriptionsUnitTest {

    private final EventSchemaCatalog schemas =
            EventSchemaCatalog.fromClasspath(getClass().getClassLoader());

    private EventSubscription<Object> subscription(String group, String typePrefix) {
        return EventSubscription.on("platform.samples.v1")
                .group(group)
                .from("/platform-sample")
                .typesStartingWith(typePrefix)
                .apply(Object.class, (event, id, data) -> {});
    }

    @Test
    void refusesOneConsumerGroupDeclaredTwice() {
        // e.g. a listener component and a leftover @Bean of the same subscription: every event would apply twice
        List<EventSubscription<?>> twice = List.of(
                subscription("sample-projection", "intl.sample."), subscription("sample-projection", "intl.sample."));
        assertThatThrownBy(() -> new EventSubscriptions(twice, schemas, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("share a consumer group");
    }

    @Test
    void refusesASubscriptionWithoutAnyKnownSchema() {
        List<EventSubscription<?>> unknown = List.of(subscription("g", "intl.nothing."));
        assertThatThrownBy(() -> new EventSubscriptions(unknown, schemas, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("applies no type");
    }
}
