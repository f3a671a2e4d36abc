package org.openintl.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON for event payloads, with the application's mapper so events and the API agree on dates and names. */
public final class EventJson {

    private final JsonMapper mapper;

    public EventJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object payload) {
        return mapper.writeValueAsString(payload);
    }

    /**
     * @throws InvalidEventException when the data does not fit the type: retrying cannot help
     */
    public <T> T read(ReceivedEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JacksonException e) {
            throw new InvalidEventException(
                    "event " + event.id() + " of type " + event.type() + " has unreadable data: "
                            + e.getOriginalMessage(),
                    e);
        }
    }
}
