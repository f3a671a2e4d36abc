package org.openintl.student.student;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openintl.platform.domain.InvalidInputException;

/**
 * The dates of the moves that led a student to the status they are created in ({@code appliedOn}, {@code admittedOn},
 * {@code enrolledOn}, {@code suspendedOn}, {@code graduatedOn}, {@code withdrawnOn}): how an office brings in a
 * student who enrolled long ago, as they are. Without any date a student is registered today, APPLIED or ADMITTED,
 * as before.
 *
 * <p>Rules (each broken one is a 400 naming the field): no date in the future; the dates follow the lifecycle ({@code
 * appliedOn <= admittedOn <= enrolledOn <= suspendedOn | graduatedOn | withdrawnOn}); a date only for a status on the
 * way to the current one ({@code graduatedOn} only for a GRADUATED student, {@code suspendedOn} only for a SUSPENDED
 * one); the current status's own date is required when it is later than ADMITTED. Missing earlier dates are simply
 * not in the history (an office rarely knows the day of the application).
 */
public record StatusDates(
        LocalDate appliedOn,
        LocalDate admittedOn,
        LocalDate enrolledOn,
        LocalDate suspendedOn,
        LocalDate graduatedOn,
        LocalDate withdrawnOn) {

    public static final StatusDates NONE = new StatusDates(null, null, null, null, null, null);

    /** Whether any date was given: then the student is created as they were, not as news of today. */
    public boolean any() {
        return !dates().isEmpty();
    }

    /** The date of each status given, in lifecycle order. */
    private Map<StudentStatus, LocalDate> dates() {
        Map<StudentStatus, LocalDate> dates = new EnumMap<>(StudentStatus.class);
        put(dates, StudentStatus.APPLIED, appliedOn);
        put(dates, StudentStatus.ADMITTED, admittedOn);
        put(dates, StudentStatus.ENROLLED, enrolledOn);
        put(dates, StudentStatus.SUSPENDED, suspendedOn);
        put(dates, StudentStatus.GRADUATED, graduatedOn);
        put(dates, StudentStatus.WITHDRAWN, withdrawnOn);
        return dates;
    }

    private static void put(Map<StudentStatus, LocalDate> dates, StudentStatus status, LocalDate date) {
        if (date != null) {
            dates.put(status, date);
        }
    }

    /** The field name of a status's date, e.g. {@code enrolledOn}. */
    public static String field(StudentStatus status) {
        return status.name().toLowerCase(Locale.ROOT) + "On";
    }

    /**
     * The history of a student created in {@code status}: one registration, then a move per later date given.
     *
     * @throws InvalidInputException naming the field that breaks a rule
     */
    List<Transition> history(StudentStatus status, LocalDate today) {
        Map<StudentStatus, LocalDate> dates = dates();
        if (dates.isEmpty()) {
            if (status != StudentStatus.APPLIED && status != StudentStatus.ADMITTED) {
                throw new InvalidInputException(
                        field(status),
                        field(status) + " is required for a student created as " + status
                                + " (the date they became " + status + "); without dates a new student is APPLIED or "
                                + "ADMITTED today");
            }
            return List.of(new Transition(null, status, today, null));
        }
        List<StudentStatus> path = pathTo(status);
        for (var e : dates.entrySet()) {
            if (!path.contains(e.getKey())) {
                throw new InvalidInputException(
                        field(e.getKey()),
                        field(e.getKey()) + " is only for a student who is or was " + e.getKey() + "; status is "
                                + status);
            }
            if (e.getValue().isAfter(today)) {
                throw new InvalidInputException(field(e.getKey()), field(e.getKey()) + " cannot be in the future");
            }
        }
        if (status != StudentStatus.APPLIED && status != StudentStatus.ADMITTED && !dates.containsKey(status)) {
            throw new InvalidInputException(
                    field(status), field(status) + " is required for a student created as " + status);
        }
        List<Transition> history = new ArrayList<>();
        StudentStatus previous = null;
        LocalDate previousDate = null;
        for (StudentStatus s : path) {
            LocalDate date = dates.get(s);
            if (date == null) {
                continue;
            }
            if (previousDate != null && date.isBefore(previousDate)) {
                throw new InvalidInputException(
                        field(s), field(s) + " cannot be before " + field(previous) + " (" + previousDate + ")");
            }
            history.add(new Transition(previous, s, date, null));
            previous = s;
            previousDate = date;
        }
        if (previous != status) {
            // ADMITTED or APPLIED without its own date, after an earlier one: that move happened by today
            history.add(new Transition(previous, status, today, null));
        }
        return history;
    }

    /** The statuses a student passes on the way to {@code status}, in order: those whose dates it accepts. */
    public static List<StudentStatus> pathTo(StudentStatus status) {
        return switch (status) {
            case APPLIED -> List.of(StudentStatus.APPLIED);
            case ADMITTED -> List.of(StudentStatus.APPLIED, StudentStatus.ADMITTED);
            case ENROLLED -> List.of(StudentStatus.APPLIED, StudentStatus.ADMITTED, StudentStatus.ENROLLED);
            case SUSPENDED ->
                List.of(StudentStatus.APPLIED, StudentStatus.ADMITTED, StudentStatus.ENROLLED, StudentStatus.SUSPENDED);
            case GRADUATED ->
                List.of(StudentStatus.APPLIED, StudentStatus.ADMITTED, StudentStatus.ENROLLED, StudentStatus.GRADUATED);
            case WITHDRAWN ->
                List.of(
                        StudentStatus.APPLIED,
                        StudentStatus.ADMITTED,
                        StudentStatus.ENROLLED,
                        StudentStatus.SUSPENDED,
                        StudentStatus.WITHDRAWN);
        };
    }
}
