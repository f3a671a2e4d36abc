package org.openintl.faculty.document;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.openintl.platform.domain.InvalidInputException;

/**
 * A document as the office reports it, before its number is sealed. Checks everything that does not depend on the
 * date; {@link #checkDates(LocalDate)} checks the rest.
 *
 * @param number the document number; optional only for accommodation registrations
 * @param issueDate when it was issued (for an accommodation registration: the day of registration)
 * @param expiryDate when it expires; required for passports, work permits, Z visas and residence permits
 * @param entryDate for a Z visa: the day the expert entered China with it, if already entered
 */
public record DocumentFacts(
        DocumentType type, String number, LocalDate issueDate, LocalDate expiryDate, LocalDate entryDate) {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{2,29}");

    public DocumentFacts {
        if (type == null) {
            throw new InvalidInputException("type", "type is required");
        }
        if (type == DocumentType.CONTRACT) {
            throw new InvalidInputException(
                    "type", "the contract is not filed as a document: set the expert's contractStart and contractEnd");
        }
        number = number == null || number.isBlank() ? null : number.strip();
        if (number == null && type.numberRequired()) {
            throw new InvalidInputException("number", "number is required for " + type);
        }
        if (number != null && !NUMBER.matcher(number).matches()) {
            throw new InvalidInputException("number", "number must be 3 to 30 letters, digits or dashes");
        }
        if (type != DocumentType.Z_VISA && entryDate != null) {
            throw new InvalidInputException("entryDate", "entryDate is only for a Z_VISA");
        }
        if (issueDate == null) {
            throw new InvalidInputException("issueDate", "issueDate is required");
        }
        if (expiryDate == null && type.expiryRequired()) {
            throw new InvalidInputException("expiryDate", "expiryDate is required for " + type);
        }
        if (expiryDate != null && !expiryDate.isAfter(issueDate)) {
            throw new InvalidInputException("expiryDate", "expiryDate must be after issueDate");
        }
        if (entryDate != null && entryDate.isBefore(issueDate)) {
            throw new InvalidInputException("entryDate", "entryDate cannot be before the visa was issued");
        }
    }

    /** Refuses dates that lie in the future although they describe something that already happened. */
    public void checkDates(LocalDate today) {
        if (issueDate.isAfter(today)) {
            throw new InvalidInputException("issueDate", "issueDate cannot be in the future");
        }
        if (entryDate != null && entryDate.isAfter(today)) {
            throw new InvalidInputException("entryDate", "entryDate cannot be in the future");
        }
    }
}
