package org.openintl.partnership.partnership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openintl.platform.domain.InvalidInputException;

/**
 * The Ministry of Education's record of a cooperative program or institute (中外合作办学): approval number, level,
 * majors, annual quota, enrolment years, when the approval expires, and its evaluations.
 */
public record MoeRecord(
        String approvalNumber,
        ProgramLevel level,
        List<String> majors,
        Integer annualQuota,
        Integer enrolmentStartYear,
        Integer enrolmentEndYear,
        LocalDate approvalExpiry,
        List<Evaluation> evaluations) {

    public MoeRecord {
        if (approvalNumber == null || approvalNumber.isBlank()) {
            throw new InvalidInputException("program.approvalNumber", "the MOE approval number is required");
        }
        if (level == null) {
            throw new InvalidInputException("program.level", "the program level is required");
        }
        if (annualQuota != null && annualQuota < 0) {
            throw new InvalidInputException("program.annualQuota", "the annual quota cannot be negative");
        }
        if (enrolmentStartYear != null && enrolmentEndYear != null && enrolmentEndYear < enrolmentStartYear) {
            throw new InvalidInputException("program.enrolmentEndYear", "the last enrolment year is before the first");
        }
        majors = majors == null ? List.of() : List.copyOf(majors);
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    /** When the next evaluation is due: that of the most recent evaluation. */
    public Optional<LocalDate> nextEvaluationDue() {
        return evaluations.stream()
                .max(Comparator.comparingInt(Evaluation::year))
                .map(Evaluation::nextDueDate);
    }
}
