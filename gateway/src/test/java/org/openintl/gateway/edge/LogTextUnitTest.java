package org.openintl.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextUnitTest {

    @Test
    void escapesLineBreaksAndControlCharacters() {
        assertThat(LogText.escape("mei\r\nINFO admin logged in\u001b[31m\u2028"))
                .isEqualTo("mei\\r\\nINFO admin logged in\\u001b[31m\\u2028")
                .doesNotContain("\n", "\r");
        assertThat(LogText.escape("back\\slash\ttab")).isEqualTo("back\\\\slash\\ttab");
    }

    @Test
    void cutsLongText() {
        assertThat(LogText.escape("x".repeat(500))).hasSize(100 + "...(500 chars)".length());
    }
}
