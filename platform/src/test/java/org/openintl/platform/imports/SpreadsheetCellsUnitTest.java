package org.openintl.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP CSV injection: every formula trigger is neutralised on export and restored on import. */
class SpreadsheetCellsUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+82 10 1234 5678", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"})
    void cellsStartingWithAFormulaCharacterBecomeTextAndComeBackUnchanged(String value) {
        Object cell = SpreadsheetCells.neutralise(value);
        assertThat(cell).isEqualTo("'" + value);
        assertThat(SpreadsheetCells.restore((String) cell)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim", "金敏智", "O'Brien", "'quoted", "a=b", ""})
    void otherCellsAreLeftAlone(String value) {
        assertThat(SpreadsheetCells.neutralise(value)).isEqualTo(value);
        assertThat(SpreadsheetCells.restore(value)).isEqualTo(value);
    }

    @Test
    void valuesThatAreNotTextAreLeftAlone() {
        LocalDate date = LocalDate.of(2001, 2, 3);
        assertThat(SpreadsheetCells.neutralise(date)).isSameAs(date);
        assertThat(SpreadsheetCells.neutralise(null)).isNull();
    }
}
