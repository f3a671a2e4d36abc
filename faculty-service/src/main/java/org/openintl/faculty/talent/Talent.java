package org.openintl.faculty.talent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.country.Continent;
import org.openintl.platform.country.Country;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.privacy.Sealed;

/**
 * A candidate of the high-end overseas talent recruitment (海外高层次人才引进): the pipeline from first identified to
 * arrived (or declined). On arrival the expert record exists ({@code expertId}); the talent record stays as the
 * history of the recruitment.
 *
 * @param personal the sealed {@link TalentPersonal}
 * @param expertId the expert created on arrival; {@code null} before
 */
public record Talent(
        UUID id,
        TalentStage stage,
        TalentProfile profile,
        String nationality,
        Continent continent,
        boolean beltAndRoad,
        Sealed personal,
        UUID expertId,
        List<TalentTransition> history) {

    public static final int MAX_NOTE = 500;

    public Talent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personal, "personal");
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Change<Talent> identify(
            UUID id, TalentProfile profile, Country country, Sealed personal, LocalDate today) {
        checkNationality(country);
        Talent talent = new Talent(
                id,
                TalentStage.IDENTIFIED,
                profile,
                country.code(),
                country.continent(),
                country.beltAndRoad(),
                personal,
                null,
                List.of(new TalentTransition(null, TalentStage.IDENTIFIED, today, null)));
        return Change.of(talent, TalentEvent.of(TalentEvent.IDENTIFIED, TalentPayload.of(talent)));
    }

    /**
     * Refuses a move the pipeline does not allow, before anything else is done for it (the arrival creates the expert
     * first). The date rules are checked here too.
     */
    public LocalDate checkMove(TalentStage target, LocalDate date, LocalDate today) {
        Objects.requireNonNull(target, "target");
        if (!stage.allowedNext().contains(target)) {
            throw new IllegalTransitionException(stage, target, stage.allowedNext());
        }
        LocalDate when = date == null ? today : date;
        if (when.isAfter(today)) {
            throw new InvalidInputException("date", "date cannot be in the future");
        }
        LocalDate previous = history.get(history.size() - 1).date();
        if (when.isBefore(previous)) {
            throw new InvalidInputException("date", "date cannot be before the previous move on " + previous);
        }
        return when;
    }

    /** A move to the next stage or DECLINED; ARRIVED needs the expert created for it ({@link #arrive}). */
    public Change<Talent> moveTo(TalentStage target, LocalDate date, String note, LocalDate today) {
        if (target == TalentStage.ARRIVED) {
            throw new IllegalStateException("an arrival creates the expert record: use arrive()");
        }
        return move(target, checkMove(target, date, today), note, null);
    }

    /** ACCEPTED -> ARRIVED, with the expert record created for the arrival. */
    public Change<Talent> arrive(UUID expert, LocalDate date, String note, LocalDate today) {
        Objects.requireNonNull(expert, "expert");
        return move(TalentStage.ARRIVED, checkMove(TalentStage.ARRIVED, date, today), note, expert);
    }

    public Change<Talent> revise(TalentProfile newProfile, Country country, Sealed newPersonal) {
        checkNationality(country);
        if (stage == TalentStage.ARRIVED && !country.code().equals(nationality)) {
            throw new InvalidInputException(
                    "nationality", "the talent arrived; the nationality is kept on the expert record now");
        }
        Talent next = new Talent(
                id,
                stage,
                newProfile,
                country.code(),
                country.continent(),
                country.beltAndRoad(),
                newPersonal,
                expertId,
                history);
        if (next.equals(this)) {
            return Change.unchanged(this);
        }
        TalentPayload payload = TalentPayload.of(next);
        return payload.equals(TalentPayload.of(this))
                ? new Change<>(next, List.of())
                : Change.of(next, TalentEvent.of(TalentEvent.UPDATED, payload));
    }

    private Change<Talent> move(TalentStage target, LocalDate when, String note, UUID expert) {
        TalentTransition transition = new TalentTransition(stage, target, when, optionalNote(note));
        List<TalentTransition> moves = new ArrayList<>(history);
        moves.add(transition);
        Talent next = new Talent(
                id,
                target,
                profile,
                nationality,
                continent,
                beltAndRoad,
                personal,
                expert == null ? expertId : expert,
                moves);
        return Change.of(
                next, TalentEvent.of(target.eventType(), TalentPayload.of(next).withTransition(transition, expert)));
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
                    "nationality",
                    "CN: the pipeline recruits foreign nationals, who become foreign experts on arrival;"
                            + " Chinese citizens are recruited through the university's own staff process");
        }
    }
}
