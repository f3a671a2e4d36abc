package org.openintl.platform.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Widens the rule every text of a request body follows (at most {@value TextRules#DEFAULT_MAX_LENGTH} characters on
 * one line, no control characters): this field may be longer and, with {@code multiline}, hold line breaks and tabs.
 * Bean Validation's {@code @Size} may still narrow it; the service's documentation lists every limit.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** The most characters (UTF-16 code units, as {@code String.length()} counts) the field may hold. */
    int max();

    /** Whether line feeds, carriage returns and tabs are allowed (prose such as notes and article bodies). */
    boolean multiline() default false;
}
