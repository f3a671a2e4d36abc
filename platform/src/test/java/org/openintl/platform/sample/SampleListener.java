package org.openintl.platform.sample;

import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openintl.platform.events.CloudEventRecords;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ProjectionStore;
import org.openintl.platform.events.ReceivedEvent;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects the sample's own events back, as another service would. */
@Component
class SampleListener {

    private final ProjectionStore<SampleEvent> projection;
    private final EventJson json;

    SampleListener(ProjectionStore<SampleEvent> projection, EventJson json) {
        this.projection = projection;
        this.json = json;
    }

    @KafkaListener(topics = "platform.samples.v1", groupId = "sample-projection")
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = CloudEventRecords.fromRecord(record);
        projection.apply(UUID.fromString(event.subject()), event.sequence(), json.read(event, SampleEvent.class));
    }
}
