package org.openintl.partnership.partnership;

import java.time.LocalDate;
import org.openintl.platform.domain.InvalidInputException;

/** One MOE evaluation of a program and when the next one is due. */
public record Evaluation(int year, EvaluationResult result, LocalDate nextDueDate) {

    public Evaluation {
        if (year < 1990 || year > 2100) {
            throw new InvalidInputException("program.evaluations.year", "year " + year + " is not plausible");
        }
        if (result == null) {
            throw new InvalidInputException("program.evaluations.result", "an evaluation needs a result");
        }
    }
}
