package org.openintl.platform.input;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The strict reading of request bodies ({@link StrictRequestJson}) for a controller that first takes a body as a tree
 * (a JSON Merge Patch) and then turns the merged tree into a request value: the result must pass the same rules as
 * a body read directly.
 */
public final class RequestJson {

    private final JsonMapper mapper;

    RequestJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws tools.jackson.core.JacksonException as reading a body would (the ProblemDetails advice answers 400) */
    public <T> T read(JsonNode tree, Class<T> type) {
        return mapper.treeToValue(tree, type);
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
