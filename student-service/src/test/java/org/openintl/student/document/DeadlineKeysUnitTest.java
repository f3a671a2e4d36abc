package org.openintl.student.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openintl.platform.deadlines.WarningPolicy;

/**
 * Warning keys are stored with every student; the shared engine must read the keys written before it moved to the
 * platform, or every warning would be announced a second time.
 */
class DeadlineKeysUnitTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 1);

    @Test
    void keysKeepTheirStoredForm() {
        Deadline d = new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, DUE);
        assertThat(d.warningKey(60)).isEqualTo("PASSPORT:PASSPORT_EXPIRY:2026-03-01:60");
        assertThat(WarningPolicy.DEFAULT.due(List.of(d), List.of("PASSPORT:PASSPORT_EXPIRY:2026-03-01:7"), DUE))
                .isEmpty();
    }
}
