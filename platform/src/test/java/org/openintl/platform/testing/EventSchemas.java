package org.openintl.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks published records against the JSON Schema of their type, read from the classpath at
 * {@code events/schemas/<ce_type>.json} (each service ships its own schemas there).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventSchemas() {}

    public static void assertValid(ConsumerRecord<String, byte[]> record) {
        var typeHeader = record.headers().lastHeader("ce_type");
        assertThat(typeHeader).as("ce_type header").isNotNull();
        String type = new String(typeHeader.value(), StandardCharsets.UTF_8);
        assertValid(type, new String(record.value(), StandardCharsets.UTF_8));
    }

    public static void assertValid(String type, String json) {
        List<com.networknt.schema.Error> errors = schema(type).validate(JSON.readTree(json));
        assertThat(errors).as("payload of %s: %s", type, json).isEmpty();
    }

    private static Schema schema(String type) {
        String path = "events/schemas/" + type + ".json";
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("JSON Schema " + path + " on the classpath").isNotNull();
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
