package org.openintl.student.student;

import org.openintl.platform.domain.InvalidInputException;

/**
 * How a student is funded.
 *
 * @param program the scholarship program (e.g. "Chinese University Program"); required for CSC
 */
public record Funding(FundingType type, String program) {

    public Funding {
        if (type == null) {
            throw new InvalidInputException("funding.type", "funding.type is required");
        }
        program = Texts.optional("funding.program", program, 200);
        if (type == FundingType.CSC && program == null) {
            throw new InvalidInputException("funding.program", "a CSC scholarship needs its program");
        }
    }
}
