package org.openintl.student.student;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Country;
import org.openintl.platform.deadlines.Announcements;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.privacy.Sealed;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DeadlineRules;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.ImmigrationDocument;

/**
 * An international student: the aggregate the office's commands change. Every command returns a {@link Change} with
 * the events it causes ({@link Change#unchanged} when there is nothing to do); deadlines and the announcements already made are part of the state, so that a warning
 * is published exactly once whoever (scheduled scan, start-up scan, an update) notices it first.
 *
 * @param nationality ISO 3166-1 alpha-2
 * @param continent and {@code beltAndRoad}: of the nationality, kept for queries and events
 * @param personal the sealed {@link PersonalData}
 * @param programAtRisk the partnership the student depends on is suspended, terminated or expired
 * @param deadlines derived from the documents (empty once the student left)
 * @param announcedWarnings keys of the warnings already published ({@link Deadline#warningKey(int)})
 * @param nextWarningOn the day the next warning becomes due, for the scan's query; {@code null} when none
 * @param history every move, the registration first
 * @param passportKey the blind index of nationality + passport number ({@code <keyId>:<hmac>}), by which an import
 *     finds a student that is there already without the passport number being readable in the database; {@code null}
 *     for students registered before it existed until they are re-sealed
 */
public record Student(
        UUID id,
        StudentStatus status,
        StudentProfile profile,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Sealed personal,
        boolean programAtRisk,
        List<ImmigrationDocument> documents,
        List<Deadline> deadlines,
        List<String> announcedWarnings,
        LocalDate nextWarningOn,
        List<Transition> history,
        String passportKey) {

    public static final int MAX_NOTE = 500;

    public Student {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personal, "personal");
        documents = documents == null ? List.of() : List.copyOf(documents);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        announcedWarnings = announcedWarnings == null ? List.of() : List.copyOf(announcedWarnings);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** Registers a student as APPLIED or ADMITTED (the office registers admitted students by default), today. */
    public static Change<Student> register(
            UUID id,
            StudentStatus initial,
            StudentProfile profile,
            Country country,
            Sealed personal,
            LocalDate today,
            WarningPolicy policy) {
        return register(id, initial, StatusDates.NONE, profile, country, personal, null, List.of(), today, policy);
    }

    /**
     * Registers a student as they are: without dates as APPLIED or ADMITTED today (a live registration); with the
     * dates of the moves that led to their current status (e.g. ADMITTED on 2025-06-20, ENROLLED on 2025-09-01), in any
     * status, with the history built from those dates and its event marked migrated (docs/events.md). The documents'
     * deadlines count from their real dates, so a warning that is due is published at once (as a live event).
     *
     * @throws InvalidInputException (400) naming the field of a date in the future, out of lifecycle order, for a
     *     status not on the way to the current one, or missing for the current one
     */
    public static Change<Student> register(
            UUID id,
            StudentStatus initial,
            StatusDates dates,
            StudentProfile profile,
            Country country,
            Sealed personal,
            String passportKey,
            List<ImmigrationDocument> documents,
            LocalDate today,
            WarningPolicy policy) {
        StudentStatus status = initial == null ? StudentStatus.ADMITTED : initial;
        List<Transition> history = dates.history(status, today);
        boolean migrated = dates.any();
        checkNationality(country);
        profile.checkDates(today);
        Student student = new Student(
                        id,
                        status,
                        profile,
                        country.code(),
                        country.continent(),
                        country.beltAndRoad(),
                        personal,
                        false,
                        sorted(documents),
                        List.of(),
                        List.of(),
                        null,
                        history,
                        passportKey)
                .withDerivedDeadlines(policy);
        List<PendingEvent> events = new ArrayList<>();
        StudentPayload payload = StudentPayload.of(student);
        if (migrated) {
            Transition last = history.get(history.size() - 1);
            events.add(PendingEvent.migrated(status.eventType(), payload.withTransition(last)));
        } else {
            events.add(StudentEvent.of(status.eventType(), payload));
        }
        return student.announce(today, policy, events);
    }

    private static List<ImmigrationDocument> sorted(List<ImmigrationDocument> documents) {
        List<ImmigrationDocument> files = new ArrayList<>(documents);
        files.sort((a, b) -> a.type().compareTo(b.type()));
        return files;
    }

    /** A lifecycle move; the date is when it happened (today when not given), never in the future. */
    public Change<Student> moveTo(
            StudentStatus target, LocalDate date, String note, LocalDate today, WarningPolicy policy) {
        Objects.requireNonNull(target, "target");
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException(status, target, status.allowedNext());
        }
        LocalDate when = date == null ? today : date;
        if (when.isAfter(today)) {
            throw new InvalidInputException("date", "date cannot be in the future");
        }
        LocalDate previous =
                history.isEmpty() ? null : history.get(history.size() - 1).date();
        if (previous != null && when.isBefore(previous)) {
            throw new InvalidInputException("date", "date cannot be before the previous move on " + previous);
        }
        Transition transition = new Transition(status, target, when, Texts.optional("note", note, MAX_NOTE));
        List<Transition> moves = new ArrayList<>(history);
        moves.add(transition);
        Student next = copy().status(target).history(moves).build().withDerivedDeadlines(policy);
        List<PendingEvent> events = new ArrayList<>();
        events.add(StudentEvent.of(target.eventType(), StudentPayload.of(next).withTransition(transition)));
        return next.announce(today, policy, events);
    }

    /**
     * Replaces what the office edits. A changed partnership ends the risk flag of the old one (the caller checked
     * that the new one is usable). Publishes {@code updated} only when something subscribers see changed.
     */
    public Change<Student> revise(
            StudentProfile newProfile, Country country, Sealed newPersonal, LocalDate today, WarningPolicy policy) {
        checkNationality(country);
        newProfile.checkDates(today);
        boolean samePartnership = Objects.equals(profile.partnershipId(), newProfile.partnershipId());
        Student next = copy().profile(newProfile)
                .country(country)
                .personal(newPersonal)
                .programAtRisk(samePartnership && programAtRisk)
                .build()
                .withDerivedDeadlines(policy);
        if (next.equals(this)) {
            return Change.unchanged(this);
        }
        List<PendingEvent> events = new ArrayList<>();
        StudentPayload payload = StudentPayload.of(next);
        if (!payload.equals(StudentPayload.of(this))) {
            events.add(StudentEvent.of(StudentEvent.UPDATED, payload));
        }
        return next.announce(today, policy, events);
    }

    /** Files a document, replacing the one of the same type; its deadlines may be announced at once. */
    public Change<Student> file(ImmigrationDocument document, LocalDate today, WarningPolicy policy) {
        List<ImmigrationDocument> files = new ArrayList<>();
        documents.stream().filter(d -> d.type() != document.type()).forEach(files::add);
        files.add(document);
        files.sort((a, b) -> a.type().compareTo(b.type()));
        Student next = copy().documents(files).build().withDerivedDeadlines(policy);
        return next.announce(today, policy, new ArrayList<>());
    }

    /** Publishes the warnings that became due; no change when there are none (the common case of a scan). */
    public Change<Student> announceDueWarnings(LocalDate today, WarningPolicy policy) {
        Student refreshed = withDerivedDeadlines(policy);
        Change<Student> change = refreshed.announce(today, policy, new ArrayList<>());
        if (change.events().isEmpty() && change.state().equals(this)) {
            return Change.unchanged(this);
        }
        return change;
    }

    /**
     * Flags the student when the partnership they depend on became unusable; once per at-risk episode because an
     * already flagged student is left alone.
     */
    public Change<Student> flagProgramAtRisk(UUID partnershipId, String partnershipStatus) {
        if (!status.isCurrent() || programAtRisk || !partnershipId.equals(profile.partnershipId())) {
            return Change.unchanged(this);
        }
        Student next = copy().programAtRisk(true).build();
        return Change.of(
                next,
                StudentEvent.of(
                        StudentEvent.PROGRAM_AT_RISK,
                        StudentPayload.of(next).withPartnershipStatus(partnershipStatus)));
    }

    /** Ends an at-risk episode when the partnership is usable again (e.g. reactivated after a suspension). */
    public Change<Student> clearProgramRisk(UUID partnershipId, String partnershipStatus) {
        if (!programAtRisk || !partnershipId.equals(profile.partnershipId())) {
            return Change.unchanged(this);
        }
        Student next = copy().programAtRisk(false).build();
        return Change.of(
                next,
                StudentEvent.of(
                        StudentEvent.PROGRAM_RESTORED,
                        StudentPayload.of(next).withPartnershipStatus(partnershipStatus)));
    }

    /** The same student with every sealed value passed through {@code reseal} (key rotation); no event. */
    public Student resealed(
            UnaryOperator<Sealed> personalReseal,
            UnaryOperator<ImmigrationDocument> documentReseal,
            UnaryOperator<String> passportKeyReseal) {
        return copy().personal(personalReseal.apply(personal))
                .passportKey(passportKeyReseal.apply(passportKey))
                .documents(documents.stream().map(documentReseal).toList())
                .build();
    }

    public java.util.Optional<ImmigrationDocument> document(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }

    /** Recomputes the deadlines (none once the student left) and forgets announcements of deadlines now gone. */
    private Student withDerivedDeadlines(WarningPolicy policy) {
        List<Deadline> derived =
                status.isCurrent() ? DeadlineRules.of(documents, profile.accommodationSince()) : List.of();
        Announcements<Deadline> kept = policy.rederived(derived, announcedWarnings);
        return copy().deadlines(derived)
                .announcedWarnings(kept.announced())
                .nextWarningOn(kept.nextWarningOn())
                .build();
    }

    /** Adds the warnings due today to {@code events} and records them as announced, in one new state. */
    private Change<Student> announce(LocalDate today, WarningPolicy policy, List<PendingEvent> events) {
        Announcements<Deadline> announcements = policy.announce(deadlines, announcedWarnings, today);
        Student next = copy().announcedWarnings(announcements.announced())
                .nextWarningOn(announcements.nextWarningOn())
                .build();
        StudentPayload payload = StudentPayload.of(next);
        announcements
                .due()
                .forEach(w -> events.add(StudentEvent.of(StudentEvent.DOCUMENT_EXPIRING, payload.withWarning(w))));
        return new Change<>(next, events);
    }

    private static void checkNationality(Country country) {
        if ("CN".equals(country.code())) {
            throw new InvalidInputException(
                    "nationality", "CN: citizens of the People's Republic of China are not international students");
        }
    }

    private Copy copy() {
        return new Copy(this);
    }

    /** A copy with some fields replaced: the one place besides {@link #register} that lists them all. */
    private static final class Copy {
        private final UUID id;
        private StudentStatus status;
        private StudentProfile profile;
        private String nationality;
        private Continent continent;
        private boolean beltAndRoad;
        private Sealed personal;
        private boolean programAtRisk;
        private List<ImmigrationDocument> documents;
        private List<Deadline> deadlines;
        private List<String> announcedWarnings;
        private LocalDate nextWarningOn;
        private List<Transition> history;
        private String passportKey;

        private Copy(Student s) {
            id = s.id;
            status = s.status;
            profile = s.profile;
            nationality = s.nationality;
            continent = s.continent;
            beltAndRoad = s.beltAndRoad;
            personal = s.personal;
            programAtRisk = s.programAtRisk;
            documents = s.documents;
            deadlines = s.deadlines;
            announcedWarnings = s.announcedWarnings;
            nextWarningOn = s.nextWarningOn;
            history = s.history;
            passportKey = s.passportKey;
        }

        Copy passportKey(String value) {
            passportKey = value;
            return this;
        }

        Copy status(StudentStatus value) {
            status = value;
            return this;
        }

        Copy profile(StudentProfile value) {
            profile = value;
            return this;
        }

        Copy country(Country value) {
            nationality = value.code();
            continent = value.continent();
            beltAndRoad = value.beltAndRoad();
            return this;
        }

        Copy personal(Sealed value) {
            personal = value;
            return this;
        }

        Copy programAtRisk(boolean value) {
            programAtRisk = value;
            return this;
        }

        Copy documents(List<ImmigrationDocument> value) {
            documents = value;
            return this;
        }

        Copy deadlines(List<Deadline> value) {
            deadlines = value;
            return this;
        }

        Copy announcedWarnings(List<String> value) {
            announcedWarnings = value;
            return this;
        }

        Copy nextWarningOn(LocalDate value) {
            nextWarningOn = value;
            return this;
        }

        Copy history(List<Transition> value) {
            history = value;
            return this;
        }

        Student build() {
            return new Student(
                    id,
                    status,
                    profile,
                    nationality,
                    continent,
                    beltAndRoad,
                    personal,
                    programAtRisk,
                    documents,
                    deadlines,
                    announcedWarnings,
                    nextWarningOn,
                    history,
                    passportKey);
        }
    }
}
