package org.openintl.partnership.partnership;

import java.util.List;

/**
 * What a partnership's deadlines call for today: warnings to raise, the window keys to record as handled (a wider
 * window entered at the same time as a narrower one is recorded without its own warning), and whether the agreement
 * has run out.
 */
public record DueWarnings(List<ExpiryWarning> warnings, List<String> keysToRecord, boolean endDatePassed) {

    public boolean isEmpty() {
        return warnings.isEmpty() && keysToRecord.isEmpty() && !endDatePassed;
    }
}
