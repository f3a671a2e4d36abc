package org.openintl.platform.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas of the event types a service knows, one file per type at {@code events/schemas/<ce_type>.json} on
 * the classpath: its own and, copied in at build time, those of the producers it consumes (ADR 0440).
 *
 * <p>A consumer checks the payload against the producer's schema but tolerates members the schema does not name:
 * the event contract adds optional fields without a new version and tells subscribers to ignore unknown ones, while
 * the producers' schemas say {@code additionalProperties: false} to keep the producers honest.
 */
public final class EventSchemaCatalog {

    /** Keywords that only forbid unknown members; a consumer does not hold them against a producer. */
    private static final Set<String> TOLERATED = Set.of("additionalProperties", "unevaluatedProperties");

    private static final int MAX_REPORTED = 5;

    private final Map<String, Schema> schemas;

    private EventSchemaCatalog(Map<String, Schema> schemas) {
        this.schemas = Map.copyOf(schemas);
    }

    /** Every {@code events/schemas/*.json} on the classpath. */
    public static EventSchemaCatalog fromClasspath(ClassLoader classLoader) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<String, Schema> schemas = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:events/schemas/*.json");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                try (InputStream in = resource.getInputStream()) {
                    schemas.put(name.substring(0, name.length() - ".json".length()), registry.getSchema(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the event schemas on the classpath", e);
        }
        return new EventSchemaCatalog(schemas);
    }

    public boolean knows(String type) {
        return schemas.containsKey(type);
    }

    public Set<String> types() {
        return schemas.keySet();
    }

    /** What is wrong with a payload of a known type, at most a few messages; empty when it is valid. */
    public List<String> violations(String type, JsonNode payload) {
        Schema schema = Optional.ofNullable(schemas.get(type))
                .orElseThrow(() -> new IllegalArgumentException("no schema for " + type));
        return schema.validate(payload).stream()
                .filter(error -> !TOLERATED.contains(error.getKeyword()))
                .limit(MAX_REPORTED)
                .map(Error::toString)
                .toList();
    }
}
