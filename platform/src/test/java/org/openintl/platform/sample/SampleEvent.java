package org.openintl.platform.sample;

import java.util.UUID;

/** The payload of the sample's events: the state a subscriber needs. */
public record SampleEvent(UUID id, String status, String title) {

    static SampleEvent of(Sample s) {
        return new SampleEvent(s.id(), s.status().name(), s.title().any());
    }
}
