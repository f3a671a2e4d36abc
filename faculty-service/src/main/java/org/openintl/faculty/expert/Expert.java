package org.openintl.faculty.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openintl.faculty.document.Deadline;
import org.openintl.faculty.document.DocumentType;
import org.openintl.faculty.document.ExpertDeadlines;
import org.openintl.faculty.document.ExpertDocument;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Country;
import org.openintl.platform.deadlines.Announcements;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.privacy.Sealed;

/**
 * A foreign expert (外籍专家): the aggregate the office's commands change. Every command returns a {@link Change}
 * with the events it causes ({@link Change#unchanged} when there is nothing to do). Deadlines and the warnings already
 * announced are part of the state, so that a warning is published exactly once whoever (scheduled scan, start-up scan,
 * an update) notices it first.
 *
 * @param nationality ISO 3166-1 alpha-2; {@code continent} and {@code beltAndRoad} of it, kept for queries and events
 * @param personal the sealed {@link PersonalData}
 * @param talentId the talent-recruitment record the expert was created from on arrival, if any
 * @param deadlines derived from the documents and the contract while under contract
 * @param announcedWarnings keys of the warnings already published ({@link Deadline#warningKey(int)})
 * @param nextWarningOn the day the next warning becomes due, for the scan's query; {@code null} when none
 * @param history every move, the registration first
 */
public record Expert(
        UUID id,
        ExpertStatus status,
        ExpertProfile profile,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Sealed personal,
        UUID talentId,
        List<ExpertDocument> documents,
        List<Deadline> deadlines,
        List<String> announcedWarnings,
        LocalDate nextWarningOn,
        List<Transition> history) {

    public static final int MAX_NOTE = 500;

    public Expert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personal, "personal");
        documents = documents == null ? List.of() : List.copyOf(documents);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        announcedWarnings = announcedWarnings == null ? List.of() : List.copyOf(announcedWarnings);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * Registers an expert: a CANDIDATE, or CONTRACTED when the expert comes from a talent's arrival ({@code talentId}
     * given), the date of the registration being the arrival's.
     */
    public static Change<Expert> register(
            UUID id,
            ExpertProfile profile,
            Country country,
            Sealed personal,
            UUID talentId,
            LocalDate date,
            LocalDate today,
            WarningPolicy policy) {
        checkNationality(country);
        profile.checkDates(today);
        ExpertStatus status = talentId == null ? ExpertStatus.CANDIDATE : ExpertStatus.CONTRACTED;
        Expert expert = new Expert(
                        id,
                        status,
                        profile,
                        country.code(),
                        country.continent(),
                        country.beltAndRoad(),
                        personal,
                        talentId,
                        List.of(),
                        List.of(),
                        List.of(),
                        null,
                        List.of(new Transition(null, status, date, null)))
                .withDerivedDeadlines(policy);
        List<PendingEvent> events = new ArrayList<>();
        events.add(ExpertEvent.of(ExpertEvent.REGISTERED, ExpertPayload.of(expert)));
        return expert.announce(today, policy, events);
    }

    /** A lifecycle move; the date is when it happened (today when not given), never in the future. */
    public Change<Expert> moveTo(
            ExpertStatus target, LocalDate date, String note, LocalDate today, WarningPolicy policy) {
        Objects.requireNonNull(target, "target");
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException(status, target, status.allowedNext());
        }
        if (target == ExpertStatus.CONTRACTED && !profile.hasContract()) {
            throw new InvalidInputException(
                    "contractEnd", "set the expert's contractStart and contractEnd before moving to CONTRACTED");
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
        Transition transition = new Transition(status, target, when, optionalNote(note));
        List<Transition> moves = new ArrayList<>(history);
        moves.add(transition);
        Expert next = new Expert(
                        id,
                        target,
                        profile,
                        nationality,
                        continent,
                        beltAndRoad,
                        personal,
                        talentId,
                        documents,
                        deadlines,
                        announcedWarnings,
                        nextWarningOn,
                        moves)
                .withDerivedDeadlines(policy);
        List<PendingEvent> events = new ArrayList<>();
        events.add(ExpertEvent.of(target.eventType(), ExpertPayload.of(next).withTransition(transition)));
        return next.announce(today, policy, events);
    }

    /** Replaces what the office edits; publishes {@code updated} only when something subscribers see changed. */
    public Change<Expert> revise(
            ExpertProfile newProfile, Country country, Sealed newPersonal, LocalDate today, WarningPolicy policy) {
        checkNationality(country);
        newProfile.checkDates(today);
        if (status != ExpertStatus.CANDIDATE && !newProfile.hasContract()) {
            throw new InvalidInputException(
                    "contractEnd", "an expert who is " + status + " keeps contractStart and contractEnd");
        }
        Expert next = new Expert(
                        id,
                        status,
                        newProfile,
                        country.code(),
                        country.continent(),
                        country.beltAndRoad(),
                        newPersonal,
                        talentId,
                        documents,
                        deadlines,
                        announcedWarnings,
                        nextWarningOn,
                        history)
                .withDerivedDeadlines(policy);
        if (next.equals(this)) {
            return Change.unchanged(this);
        }
        List<PendingEvent> events = new ArrayList<>();
        ExpertPayload payload = ExpertPayload.of(next);
        if (!payload.equals(ExpertPayload.of(this))) {
            events.add(ExpertEvent.of(ExpertEvent.UPDATED, payload));
        }
        return next.announce(today, policy, events);
    }

    /** Files a document, replacing the one of the same type; its deadlines may be announced at once. */
    public Change<Expert> file(ExpertDocument document, LocalDate today, WarningPolicy policy) {
        if (status == ExpertStatus.DEPARTED) {
            throw new InvalidInputException("type", "the expert departed; their documents are closed");
        }
        List<ExpertDocument> files = new ArrayList<>();
        documents.stream().filter(d -> d.type() != document.type()).forEach(files::add);
        files.add(document);
        files.sort((a, b) -> a.type().compareTo(b.type()));
        Expert next = withDocuments(files).withDerivedDeadlines(policy);
        if (next.equals(this)) {
            return Change.unchanged(this);
        }
        return next.announce(today, policy, new ArrayList<>());
    }

    /** Publishes the warnings that became due; no change when there are none (the common case of a scan). */
    public Change<Expert> announceDueWarnings(LocalDate today, WarningPolicy policy) {
        Expert refreshed = withDerivedDeadlines(policy);
        Change<Expert> change = refreshed.announce(today, policy, new ArrayList<>());
        if (change.events().isEmpty() && change.state().equals(this)) {
            return Change.unchanged(this);
        }
        return change;
    }

    /** The same expert with every sealed value passed through the reseal functions (key rotation); no event. */
    public Expert resealed(UnaryOperator<Sealed> personalReseal, UnaryOperator<ExpertDocument> documentReseal) {
        return new Expert(
                id,
                status,
                profile,
                nationality,
                continent,
                beltAndRoad,
                personalReseal.apply(personal),
                talentId,
                documents.stream().map(documentReseal).toList(),
                deadlines,
                announcedWarnings,
                nextWarningOn,
                history);
    }

    public Optional<ExpertDocument> document(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst();
    }

    private Expert withDocuments(List<ExpertDocument> files) {
        return new Expert(
                id,
                status,
                profile,
                nationality,
                continent,
                beltAndRoad,
                personal,
                talentId,
                files,
                deadlines,
                announcedWarnings,
                nextWarningOn,
                history);
    }

    private Expert withWarnings(List<Deadline> derived, List<String> announced, LocalDate next) {
        return new Expert(
                id,
                status,
                profile,
                nationality,
                continent,
                beltAndRoad,
                personal,
                talentId,
                documents,
                derived,
                announced,
                next,
                history);
    }

    /** Recomputes the deadlines (none unless under contract) and forgets announcements of deadlines now gone. */
    private Expert withDerivedDeadlines(WarningPolicy policy) {
        List<Deadline> derived = status.hasDeadlines()
                ? ExpertDeadlines.of(documents, profile.accommodationSince(), profile.contractEnd())
                : List.of();
        Announcements<Deadline> a = policy.rederived(derived, announcedWarnings);
        return withWarnings(derived, a.announced(), a.nextWarningOn());
    }

    /** Adds the warnings due today to {@code events} and records them as announced, in one new state. */
    private Change<Expert> announce(LocalDate today, WarningPolicy policy, List<PendingEvent> events) {
        Announcements<Deadline> a = policy.announce(deadlines, announcedWarnings, today);
        Expert next = withWarnings(deadlines, a.announced(), a.nextWarningOn());
        ExpertPayload payload = ExpertPayload.of(next);
        a.due().forEach(w -> events.add(ExpertEvent.of(ExpertEvent.DOCUMENT_EXPIRING, payload.withWarning(w))));
        return new Change<>(next, events);
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String v = note.strip();
        if (v.length() > MAX_NOTE) {
            throw new InvalidInputException("note", "note must be at most " + MAX_NOTE + " characters");
        }
        return v;
    }

    private static void checkNationality(Country country) {
        if ("CN".equals(country.code())) {
            throw new InvalidInputException(
                    "nationality", "CN: citizens of the People's Republic of China are not foreign experts");
        }
    }
}
