package org.openintl.partnership.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openintl.platform.domain.InvalidInputException;

/**
 * A partnership's current status as the office recorded it before it used this system, with the dates of the moves
 * that led there: {@code negotiatingOn}, {@code signedOn}, {@code inForceFrom} (ACTIVE), {@code suspendedOn},
 * {@code expiredOn}, {@code terminatedOn}. {@link #moves} checks them (each required one given, none that does not
 * belong to the status, none in the future, in lifecycle order) and returns the moves that rebuild the history.
 */
public record StatusAsItIs(
        PartnershipStatus status,
        LocalDate negotiatingOn,
        LocalDate signedOn,
        LocalDate inForceFrom,
        LocalDate suspendedOn,
        LocalDate expiredOn,
        LocalDate terminatedOn) {

    /** One move of the rebuilt history: where it led, on which day, and the field that gave the day. */
    public record Move(PartnershipStatus to, LocalDate date, String field) {}

    /** Nothing given: a new partnership, PROPOSED today. */
    public boolean isEmpty() {
        return status == null
                && negotiatingOn == null
                && signedOn == null
                && inForceFrom == null
                && suspendedOn == null
                && expiredOn == null
                && terminatedOn == null;
    }

    /** {@code status}, or else the first date given: the field to name when none may be given. */
    public Optional<String> firstGivenField() {
        if (status != null) {
            return Optional.of("status");
        }
        return given().entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The moves from PROPOSED to {@link #status}, in order.
     *
     * @throws InvalidInputException naming the field that is missing, does not belong, lies in the future or breaks
     *     the lifecycle order
     */
    public List<Move> moves(LocalDate today) {
        if (status == null) {
            throw new InvalidInputException("status", "the status is required when dates of past moves are given");
        }
        if (status == PartnershipStatus.RENEWED) {
            throw new InvalidInputException(
                    "status",
                    "RENEWED is a move, not a status: record a renewed agreement as ACTIVE with its new end date");
        }
        Map<String, LocalDate> given = given();
        List<String> path = path(given);
        for (Map.Entry<String, LocalDate> e : given.entrySet()) {
            if (e.getValue() != null && !path.contains(e.getKey())) {
                throw new InvalidInputException(
                        e.getKey(), e.getKey() + " does not belong to a " + status + " partnership");
            }
        }
        List<Move> moves = new ArrayList<>();
        Move previous = null;
        for (String field : path) {
            LocalDate date = given.get(field);
            if (date == null) {
                continue;
            }
            if (date.isAfter(today)) {
                throw new InvalidInputException(
                        field, field + " " + date + " is in the future (today is " + today + ")");
            }
            if (previous != null && date.isBefore(previous.date())) {
                throw new InvalidInputException(
                        field, field + " " + date + " is before " + previous.field() + " " + previous.date());
            }
            previous = new Move(target(field), date, field);
            moves.add(previous);
        }
        return moves;
    }

    /** The dates in lifecycle order, by field name. */
    private Map<String, LocalDate> given() {
        Map<String, LocalDate> m = new LinkedHashMap<>();
        m.put("negotiatingOn", negotiatingOn);
        m.put("signedOn", signedOn);
        m.put("inForceFrom", inForceFrom);
        m.put("suspendedOn", suspendedOn);
        m.put("expiredOn", expiredOn);
        m.put("terminatedOn", terminatedOn);
        return m;
    }

    /**
     * The fields that may lead to {@link #status}, in order; the required ones must be given. NEGOTIATING is optional
     * before SIGNED; a TERMINATED agreement may have ended at any stage, so all its earlier moves are optional but must
     * form a path (in force only after signed, suspended only after in force).
     */
    private List<String> path(Map<String, LocalDate> given) {
        List<String> path = switch (status) {
            case PROPOSED -> List.of();
            case NEGOTIATING -> List.of("negotiatingOn");
            case SIGNED -> List.of("negotiatingOn", "signedOn");
            case ACTIVE -> List.of("negotiatingOn", "signedOn", "inForceFrom");
            case SUSPENDED -> List.of("negotiatingOn", "signedOn", "inForceFrom", "suspendedOn");
            case EXPIRED -> List.of("negotiatingOn", "signedOn", "inForceFrom", "suspendedOn", "expiredOn");
            case TERMINATED -> List.of("negotiatingOn", "signedOn", "inForceFrom", "suspendedOn", "terminatedOn");
            case RENEWED -> throw new IllegalStateException("checked before");
        };
        List<String> required = switch (status) {
            case PROPOSED -> List.of();
            case NEGOTIATING -> List.of("negotiatingOn");
            case SIGNED -> List.of("signedOn");
            case ACTIVE -> List.of("signedOn", "inForceFrom");
            case SUSPENDED -> List.of("signedOn", "inForceFrom", "suspendedOn");
            case EXPIRED -> List.of("signedOn", "inForceFrom", "expiredOn");
            case TERMINATED -> terminatedPrerequisites(given);
            case RENEWED -> throw new IllegalStateException("checked before");
        };
        for (String field : required) {
            if (given.get(field) == null) {
                throw new InvalidInputException(field, field + " is required for a " + status + " partnership");
            }
        }
        return path;
    }

    private static List<String> terminatedPrerequisites(Map<String, LocalDate> given) {
        List<String> required = new ArrayList<>();
        if (given.get("suspendedOn") != null) {
            required.add("inForceFrom");
        }
        if (given.get("inForceFrom") != null || given.get("suspendedOn") != null) {
            required.add("signedOn");
        }
        required.add("terminatedOn");
        return required;
    }

    private static PartnershipStatus target(String field) {
        return switch (field) {
            case "negotiatingOn" -> PartnershipStatus.NEGOTIATING;
            case "signedOn" -> PartnershipStatus.SIGNED;
            case "inForceFrom" -> PartnershipStatus.ACTIVE;
            case "suspendedOn" -> PartnershipStatus.SUSPENDED;
            case "expiredOn" -> PartnershipStatus.EXPIRED;
            case "terminatedOn" -> PartnershipStatus.TERMINATED;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
