package org.openintl.faculty.expert;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openintl.faculty.access.FacultyAccess;
import org.openintl.faculty.calendar.FacultyCalendar;
import org.openintl.faculty.document.DocumentFacts;
import org.openintl.faculty.document.DocumentType;
import org.openintl.faculty.document.ExpertDocument;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expert commands: checks what needs the outside world (countries, today's date), seals personal data, lets the
 * {@link Expert} decide, and stores the change with its events in one update. Also the one way to read experts:
 * controllers, scanners, the talent pipeline and metrics come here, never to the {@link ExpertRepository}.
 */
@Service
public class ExpertService {

    /** Scope of the ids derived from {@code Idempotency-Key}s. */
    static final String IDEMPOTENCY_SCOPE = "experts";
    /** Scope of the ids of experts created on a talent's arrival: one expert per talent record, whoever asks. */
    static final String FROM_TALENT_SCOPE = "experts/from-talent";

    private final ExpertRepository experts;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final FacultyCalendar calendar;
    private final WarningPolicy policy;
    private final FacultyAccess access;
    private final Countries countries = Countries.load();

    ExpertService(
            ExpertRepository experts,
            FieldCipher cipher,
            JsonMapper json,
            FacultyCalendar calendar,
            ExpertProperties properties,
            FacultyAccess access) {
        this.experts = experts;
        this.cipher = cipher;
        this.json = json;
        this.calendar = calendar;
        this.policy = new WarningPolicy(properties.warningDays());
        this.access = access;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /** Registers a CANDIDATE; with an {@code Idempotency-Key} a retried request returns the first result. */
    public Versioned<Expert> register(ExpertForm form, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(form));
        LocalDate today = today();
        PersonalData personal = form.personalData();
        personal.checkAge(today);
        Country country = countries.require("nationality", form.nationality());
        Change<Expert> change =
                Expert.register(id, form.profile(), country, seal(id, personal), null, today, today, policy);
        return experts.create(id, change, fingerprint);
    }

    /** The id of the expert created for a talent's arrival (whether created yet or not). */
    public static UUID idForTalent(UUID talentId) {
        return IdempotencyKeys.aggregateId(FROM_TALENT_SCOPE, talentId.toString());
    }

    /**
     * Creates the expert of an arrived talent, CONTRACTED, once: a repeated call (a retried arrival) returns the
     * expert created the first time.
     */
    public Versioned<Expert> registerArrival(ArrivedTalent talent) {
        UUID id = idForTalent(talent.talentId());
        var existing = experts.find(id);
        if (existing.isPresent()) {
            return existing.get();
        }
        LocalDate today = today();
        Country country = countries.require("nationality", talent.nationality());
        ExpertProfile profile = new ExpertProfile(
                talent.name(),
                talent.chineseName(),
                talent.gender(),
                null,
                talent.college(),
                talent.position(),
                null,
                null,
                null,
                talent.talentProgram(),
                null);
        Sealed personal = seal(id, new PersonalData(null, talent.dateOfBirth()));
        Change<Expert> change =
                Expert.register(id, profile, country, personal, talent.talentId(), talent.arrivedOn(), today, policy);
        return experts.create(id, change, "talent:" + talent.talentId());
    }

    public Versioned<Expert> get(UUID id) {
        return experts.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return experts.changes(id);
    }

    public PageResult<Versioned<Expert>> page(ExpertFilter filter, PageRequest page) {
        access.requireMaySearchByName(filter.name(), "experts");
        return experts.page(filter, page);
    }

    /** Every matching expert in no particular order (statistics, metrics). */
    public void forEach(ExpertFilter filter, Consumer<Expert> consumer) {
        experts.forEach(filter, consumer);
    }

    /** Experts under contract with a deadline due on or before {@code limit}. */
    public void forEachWithDeadlinesUntil(LocalDate limit, Consumer<Expert> consumer) {
        experts.forEachWithDeadlinesUntil(limit, consumer);
    }

    public List<UUID> idsDueForWarning(LocalDate today) {
        return experts.idsDueForWarning(today);
    }

    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return experts.idsSealedWithOtherKeyThan(keyId);
    }

    public Versioned<Expert> transition(UUID id, Long ifMatch, TransitionRequest request) {
        LocalDate today = today();
        return experts.modify(
                id,
                ifMatch,
                current -> current.state().moveTo(request.to(), request.date(), request.note(), today, policy));
    }

    /** Replaces what the office edits; the status only changes through transitions. */
    public Versioned<Expert> revise(UUID id, Long ifMatch, ExpertForm form) {
        LocalDate today = today();
        PersonalData personal = form.personalData();
        personal.checkAge(today);
        Country country = countries.require("nationality", form.nationality());
        ExpertProfile profile = form.profile();
        return experts.modify(id, ifMatch, current -> {
            Expert e = current.state();
            Sealed sealed = personal.equals(open(e)) ? e.personal() : seal(id, personal);
            return e.revise(profile, country, sealed, today, policy);
        });
    }

    public Versioned<Expert> file(UUID id, Long ifMatch, DocumentFacts facts) {
        LocalDate today = today();
        facts.checkDates(today);
        return experts.modify(id, ifMatch, current -> {
            Expert e = current.state();
            var previous = e.document(facts.type());
            if (previous.isPresent() && sameFacts(id, previous.get(), facts)) {
                return Change.unchanged(e); // a repeated PUT changes nothing
            }
            Sealed number =
                    facts.number() == null ? null : cipher.seal(facts.number(), documentContext(id, facts.type()));
            return e.file(ExpertDocument.of(facts, number), today, policy);
        });
    }

    /** Publishes the warnings of one expert that became due; safe to call from any number of scanners. */
    public Versioned<Expert> announceDueWarnings(UUID id) {
        LocalDate today = today();
        return experts.modify(id, null, current -> current.state().announceDueWarnings(today, policy));
    }

    /** Re-seals every value sealed with a retired key (key rotation); no event, the version moves on. */
    public Versioned<Expert> reseal(UUID id) {
        return experts.modify(id, null, current -> {
            Expert e = current.state();
            Expert resealed = e.resealed(
                    p -> cipher.isStale(p) ? seal(id, open(e)) : p,
                    d -> d.number() == null || !cipher.isStale(d.number())
                            ? d
                            : d.withNumber(cipher.seal(
                                    cipher.open(d.number(), documentContext(id, d.type())),
                                    documentContext(id, d.type()))));
            return resealed.equals(e) ? Change.unchanged(e) : new Change<>(resealed, List.of());
        });
    }

    public String activeKeyId() {
        return cipher.activeKeyId();
    }

    PersonalData open(Expert e) {
        return json.readValue(cipher.open(e.personal(), personalContext(e.id())), PersonalData.class);
    }

    /** Whether the caller sees this expert's names and personal data. */
    public boolean mayReadPersonalData() {
        return access.mayReadPersonalData();
    }

    /** The expert as the caller may see it (docs/faculty-service.md, "Need to know"). */
    public ExpertView view(Expert e) {
        return access.mayReadPersonalData() ? fullView(e) : ExpertView.withoutPersonalData(e);
    }

    private ExpertView fullView(Expert e) {
        PersonalData personal = open(e);
        ExpertProfile p = e.profile();
        List<ExpertView.DocumentView> documents = e.documents().stream()
                .sorted(Comparator.comparing(ExpertDocument::type))
                .map(d -> new ExpertView.DocumentView(
                        d.type(),
                        d.number() == null ? null : cipher.open(d.number(), documentContext(e.id(), d.type())),
                        d.issueDate(),
                        d.expiryDate(),
                        d.entryDate()))
                .toList();
        return new ExpertView(
                e.id(),
                e.status(),
                p.name(),
                p.chineseName(),
                e.nationality(),
                e.continent(),
                e.beltAndRoad(),
                p.gender(),
                personal.dateOfBirth(),
                personal.passportNumber(),
                p.permitCategory(),
                p.college(),
                p.position(),
                p.contractStart(),
                p.contractEnd(),
                p.teachingLoad(),
                p.talentProgram(),
                e.talentId(),
                p.accommodationSince(),
                documents,
                e.deadlines(),
                e.history());
    }

    private boolean sameFacts(UUID id, ExpertDocument stored, DocumentFacts facts) {
        String number =
                stored.number() == null ? null : cipher.open(stored.number(), documentContext(id, stored.type()));
        return java.util.Objects.equals(number, facts.number())
                && stored.issueDate().equals(facts.issueDate())
                && java.util.Objects.equals(stored.expiryDate(), facts.expiryDate())
                && java.util.Objects.equals(stored.entryDate(), facts.entryDate());
    }

    private Sealed seal(UUID id, PersonalData personal) {
        return cipher.seal(json.writeValueAsString(personal), personalContext(id));
    }

    private static String personalContext(UUID id) {
        return "expert/" + id + "/personal";
    }

    private static String documentContext(UUID id, DocumentType type) {
        return "expert/" + id + "/document/" + type;
    }
}
