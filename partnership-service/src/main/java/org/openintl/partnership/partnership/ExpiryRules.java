package org.openintl.partnership.partnership;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which expiry warnings an ACTIVE partnership is due, given the configured windows (e.g. 180, 90, 30 days).
 * Per deadline only the narrowest window entered raises a warning: a partnership activated 20 days before its end
 * gets the 30-day warning, not three at once. Pure logic, so it can be tested with any date.
 */
public final class ExpiryRules {

    private final List<Integer> windows;

    public ExpiryRules(List<Integer> windowDays) {
        if (windowDays.isEmpty() || windowDays.stream().anyMatch(w -> w <= 0)) {
            throw new IllegalArgumentException("warning windows must be positive days: " + windowDays);
        }
        this.windows =
                windowDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public List<Integer> windows() {
        return windows;
    }

    public DueWarnings due(Partnership p, LocalDate today) {
        List<ExpiryWarning> warnings = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        boolean passed = false;
        if (p.status().isInForce()
                && p.details().endDate() != null
                && today.isAfter(p.details().endDate())) {
            passed = true;
        }
        if (p.status() == PartnershipStatus.ACTIVE && !passed) {
            check(p, Deadline.END_DATE, p.details().endDate(), today, warnings, keys);
            MoeRecord program = p.details().program();
            if (program != null) {
                check(p, Deadline.APPROVAL_EXPIRY, program.approvalExpiry(), today, warnings, keys);
                check(p, Deadline.EVALUATION_DUE, program.nextEvaluationDue().orElse(null), today, warnings, keys);
            }
        }
        return new DueWarnings(warnings, keys, passed);
    }

    private void check(
            Partnership p,
            Deadline deadline,
            LocalDate date,
            LocalDate today,
            List<ExpiryWarning> warnings,
            List<String> keys) {
        if (date == null || date.isBefore(today)) {
            return;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, date);
        List<Integer> entered = windows.stream().filter(w -> daysLeft <= w).toList();
        if (entered.isEmpty()) {
            return;
        }
        int narrowest = entered.get(entered.size() - 1);
        String narrowestKey = ExpiryWarning.key(deadline, date, narrowest);
        if (p.warningsSent().contains(narrowestKey)) {
            return;
        }
        warnings.add(new ExpiryWarning(deadline, date, narrowest, daysLeft));
        entered.stream()
                .map(w -> ExpiryWarning.key(deadline, date, w))
                .filter(k -> !p.warningsSent().contains(k))
                .forEach(keys::add);
    }
}
