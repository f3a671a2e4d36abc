package org.openintl.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.domain.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

class StrictRequestJsonUnitTest {

    enum Kind {
        A,
        B
    }

    record Inner(String en) {}

    record Body(
            Inner name,
            String title,
            @Text(max = 20, multiline = true) String notes,
            List<String> tags,
            Kind kind,
            Integer count,
            Boolean flag,
            Boolean on,
            LocalDate date,
            UUID id) {}

    private final JsonMapper strict =
            StrictRequestJson.from(JsonMapper.builder().build());

    private Body read(String json) {
        return strict.readValue(json, Body.class);
    }

    @Test
    void readsWhatIsWrittenExactly() {
        Body b = read("""
                {"name":{"en":"x"},"title":"t","notes":"a\\nb","tags":["x"],"kind":"B","count":3,"flag":true,
                 "on":true,"date":"2026-01-02","id":"6f1c1b0e-2f4e-4a47-9d43-5f1b1f0f8a11"}""");
        assertThat(b.kind()).isEqualTo(Kind.B);
        assertThat(b.date()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(b.notes()).isEqualTo("a\nb");
    }

    @Test
    void refusesWrongTypesInsteadOfConvertingThem() {
        assertThatThrownBy(() -> read("{\"name\":{\"en\":1e308}}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"title\":5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"title\":{}}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"name\":\"x\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\":\"5\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"count\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"flag\":1}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"flag\":\"true\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"kind\":0}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"tags\":\"x\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"tags\":[1]}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"date\":20260102}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"id\":\"nope\"}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void refusesUnknownAndDuplicateFields() {
        assertThatThrownBy(() -> read("{\"unit\":\"x\"}"))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> read("{\"$where\":\"x\"}")).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\",\"title\":\"b\"}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\"} {}")).isInstanceOf(JacksonException.class);
    }

    @Test
    void refusesUncleanAndOverlongText() {
        assertThatThrownBy(() -> read("{\"title\":\"a\\u0000b\"}")).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"title\":\"a\\nb\"}")).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"title\":\"\\ud800\"}")).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"tags\":[\"\\u0007\"]}")).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"title\":\"" + "x".repeat(1001) + "\"}"))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"notes\":\"" + "x".repeat(21) + "\"}"))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        assertThat(read("{\"title\":\"" + "x".repeat(1000) + "\"}").title()).hasSize(1000);
    }

    @Test
    void refusesImplausibleDates() {
        assertThatThrownBy(() -> read("{\"date\":\"+99999-01-01\"}")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> read("{\"date\":\"1899-12-31\"}")).hasRootCauseInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("{\"date\":\"2026-02-30\"}")).isInstanceOf(JacksonException.class);
        assertThat(read("{\"date\":\"2200-12-31\"}").date()).isEqualTo(DateRules.MAX);
    }
}
