package org.openintl.platform.input;

import java.time.LocalDate;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read: what the client wrote is taken exactly or refused with a 400 naming the field, never
 * silently converted or dropped. Applied only to the HTTP message converter's reading; responses are written as
 * before and events are read by {@code EventJson}'s own, tolerant mapper (new fields must not break subscribers).
 */
public final class StrictRequestJson {

    private StrictRequestJson() {}

    /** The application's mapper with strict reading: same modules and writing settings. */
    public static JsonMapper from(JsonMapper base) {
        SimpleModule rules = new SimpleModule("intl-request-rules");
        rules.addDeserializer(String.class, TextDeserializer.DEFAULT);
        rules.addDeserializer(LocalDate.class, new DateDeserializer());
        return base.rebuild()
                .addModule(rules)
                // a misspelt field ("unit" for "responsibleUnit") would otherwise lose what the user typed
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // "5" is no number, 1 is no boolean, 1.5 is no integer, 0 is no enum constant
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // {"a":1,"a":2}: which one did the client mean?
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
