package org.openintl.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Every string of a request body: only a JSON string is a string (a number or an object where text is expected is
 * refused, not converted), and {@link TextRules} hold, with the limits of the field's {@link Text} if it has one.
 * Errors name the field through Jackson's path.
 */
final class TextDeserializer extends ValueDeserializer<String> {

    static final TextDeserializer DEFAULT = new TextDeserializer(TextRules.DEFAULT_MAX_LENGTH, false);

    private final int maxLength;
    private final boolean multiline;

    private TextDeserializer(int maxLength, boolean multiline) {
        this.maxLength = maxLength;
        this.multiline = multiline;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        Text text = property == null ? null : property.getAnnotation(Text.class);
        return text == null ? DEFAULT : new TextDeserializer(text.max(), text.multiline());
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String value = p.getString();
        TextRules.check(null, value, maxLength, multiline);
        return value;
    }
}
