package org.openintl.student.student;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.country.Country;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.StaleVersionException;
import org.openintl.platform.privacy.FieldCipher;
import org.openintl.platform.privacy.Sealed;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.openintl.student.document.DocumentFacts;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.ImmigrationDocument;
import org.openintl.student.partnership.Partnerships;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The student commands: checks what needs the outside world (countries, the partnership projection, today's date),
 * seals personal data, lets the {@link Student} decide, and stores the change with its events in one update. Also the
 * one way to read students: controllers, scanners and metrics come here, never to the {@link StudentRepository}.
 */
@Service
public class StudentService {

    /** Scope of the ids derived from {@code Idempotency-Key}s. */
    static final String IDEMPOTENCY_SCOPE = "students";

    private final StudentRepository students;
    private final Partnerships partnerships;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final Clock clock;
    private final StudentProperties properties;
    private final WarningPolicy policy;
    private final StudentAccess access;
    private final PassportKeyRepository passportKeys;
    private static final int MAX_PATCH_ATTEMPTS = 5;

    private final Countries countries = Countries.load();

    StudentService(
            StudentRepository students,
            Partnerships partnerships,
            FieldCipher cipher,
            JsonMapper json,
            Clock clock,
            StudentProperties properties,
            StudentAccess access,
            PassportKeyRepository passportKeys) {
        this.students = students;
        this.passportKeys = passportKeys;
        this.partnerships = partnerships;
        this.cipher = cipher;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.policy = new WarningPolicy(properties.warningDays());
        this.access = access;
    }

    /** Today in the university's time zone: the day deadlines and transition dates are reckoned in. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), properties.timeZone());
    }

    /** Registers a student; with an {@code Idempotency-Key} a retried request returns the first result. */
    public Versioned<Student> register(StudentForm form, String idempotencyKey) {
        access.requireMayRegister(form.profile().counselor());
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        return register(id, form, IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(form)));
    }

    /** Registers a student under a given id (derived from the client's {@code Idempotency-Key}). */
    public Versioned<Student> register(UUID id, StudentForm form, String fingerprint) {
        Change<Student> change = registration(id, form, List.of(), today());
        Versioned<Student> created = students.create(id, change, fingerprint);
        // an import then matches this student; a second student with the same passport (allowed here) is not claimed
        passportKeys.claim(created.state().passportKey(), id);
        return afterCreate(form, created);
    }

    /** What {@link #importStudents} did with one row: created, matched, or refused with the reason. */
    public record ImportedStudent(boolean created, DomainException refusal) {}

    /**
     * Brings in students as they are, with their documents, unless a student with the same nationality and passport
     * number is there already (then nothing changes: importing the same file twice adds nothing). A new student's id
     * is derived from the natural key, so two rows with the same key, or a row imported again after a restart, never
     * make two students. A batch of rows takes one round trip for their natural keys, one for the students
     * already there, one command for the new natural keys and one for the new students: on the embedded database a
     * command costs a commit, so a batch is several times faster than its rows one by one
     * (docs/embedded-database.md). The answers are those the rows one after the other would get: a row whose student
     * is there, or is created by an earlier row of the batch, is matched; a row that cannot be registered is refused
     * and the others are stored.
     */
    public List<ImportedStudent> importStudents(List<StudentImport> rows) {
        LocalDate today = today();
        List<String> indexes = new ArrayList<>(rows.size());
        List<List<String>> allIndexes = new ArrayList<>(rows.size());
        for (StudentImport row : rows) {
            String key = naturalKey(row.form());
            indexes.add(cipher.blindIndex(key));
            allIndexes.add(cipher.blindIndexes(key));
        }
        Map<String, UUID> claimed =
                passportKeys.findAll(allIndexes.stream().flatMap(List::stream).collect(Collectors.toSet()));
        List<UUID> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ids.add(allIndexes.get(i).stream()
                    .map(claimed::get)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(IdempotencyKeys.aggregateId("student-natural-key", indexes.get(i))));
        }
        Set<UUID> existing = students.existing(ids);

        ImportedStudent[] answers = new ImportedStudent[rows.size()];
        Map<UUID, Integer> creatingRow = new HashMap<>();
        Map<String, UUID> claims = new LinkedHashMap<>();
        List<AggregateStore.New<Student>> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID id = ids.get(i);
            if (existing.contains(id) || creatingRow.containsKey(id)) {
                answers[i] = new ImportedStudent(false, null);
                continue;
            }
            try {
                created.add(new AggregateStore.New<>(
                        id, registration(id, rows.get(i).form(), rows.get(i).documents(), today)));
            } catch (DomainException e) {
                answers[i] = new ImportedStudent(false, e);
                continue;
            }
            creatingRow.put(id, i);
            claims.putIfAbsent(indexes.get(i), id);
        }
        // claimed before the students are written, as for one row: a crash in between leaves claims whose students
        // the next import of the rows creates, under the same ids
        passportKeys.claimAll(claims);
        Set<UUID> inserted = students.createAllUnlessPresent(created);
        creatingRow.forEach((id, i) -> {
            // not inserted: another import created the student meanwhile
            answers[i] = new ImportedStudent(inserted.contains(id), null);
            if (inserted.contains(id)) {
                flagIfProgramAtRisk(rows.get(i).form(), id);
            }
        });
        return List.of(answers);
    }

    /**
     * Checks a student as {@link #importStudents} would bring them in, storing nothing: true when they would be
     * matched.
     *
     * @throws org.openintl.platform.domain.DomainException as the import would
     */
    public boolean checkImport(StudentForm form, List<DocumentFacts> documents) {
        var claimed = passportKeys.find(cipher.blindIndexes(naturalKey(form)));
        if (claimed.isPresent() && students.find(claimed.get()).isPresent()) {
            return true;
        }
        registration(UUID.randomUUID(), form, documents, today());
        return false;
    }

    private static String naturalKey(StudentForm form) {
        return form.nationality().strip().toUpperCase(Locale.ROOT) + ":"
                + form.passportNumber().strip().toUpperCase(Locale.ROOT);
    }

    /** Checks everything a registration needs and answers the new student with its events, storing nothing. */
    private Change<Student> registration(UUID id, StudentForm form, List<DocumentFacts> documents, LocalDate today) {
        StudentProfile profile = form.profile();
        PersonalData personal = form.personalData();
        personal.checkAge(today);
        Country country = countries.require("nationality", form.nationality());
        if (profile.partnershipId() != null) {
            partnerships.requireUsable(profile.partnershipId());
        }
        List<ImmigrationDocument> files = new ArrayList<>();
        for (DocumentFacts facts : documents) {
            facts.checkDates(today);
            Sealed number =
                    facts.number() == null ? null : cipher.seal(facts.number(), documentContext(id, facts.type()));
            files.add(ImmigrationDocument.of(facts, number));
        }
        return Student.register(
                id,
                form.status(),
                form.dates(),
                profile,
                country,
                seal(id, personal),
                cipher.blindIndex(country.code() + ":" + personal.passportNumber()),
                files,
                today,
                policy);
    }

    private Versioned<Student> afterCreate(StudentForm form, Versioned<Student> created) {
        return flagIfProgramAtRisk(form, created.id()).orElse(created);
    }

    /** The partnership may have become unusable between the check and the insert: then the student is flagged. */
    private Optional<Versioned<Student>> flagIfProgramAtRisk(StudentForm form, UUID id) {
        UUID partnershipId = form.profile().partnershipId();
        if (partnershipId == null) {
            return Optional.empty();
        }
        String status = partnerships.status(partnershipId).orElse(null);
        return Partnerships.isAtRisk(status)
                ? Optional.of(flagProgramAtRisk(id, partnershipId, status))
                : Optional.empty();
    }

    public Versioned<Student> get(UUID id) {
        return students.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return students.changes(id);
    }

    /** A page of the students the filter matches, by family and given name. */
    public PageResult<Versioned<Student>> page(StudentFilter filter, PageRequest page) {
        return students.page(filter, page);
    }

    /** Every matching student in list order (the export), a batch at a time. */
    public void forEach(StudentFilter filter, Consumer<Student> consumer) {
        students.forEach(filter, consumer);
    }

    /** Every matching student in no particular order (statistics, metrics), a batch at a time. */
    public void forEachInAnyOrder(StudentFilter filter, Consumer<Student> consumer) {
        students.forEachInAnyOrder(filter, consumer);
    }

    /** Current students with a deadline due on or before {@code limit}. */
    public void forEachWithDeadlinesUntil(LocalDate limit, Consumer<Student> consumer) {
        students.forEachWithDeadlinesUntil(limit, consumer);
    }

    /** Students whose next warning is due by {@code today}: what the deadline scan looks at. */
    public List<UUID> idsDueForWarning(LocalDate today) {
        return students.idsDueForWarning(today);
    }

    /** Current students tied to a partnership, flagged at risk or not. */
    public List<UUID> idsDependingOn(UUID partnershipId, boolean programAtRisk) {
        return students.idsDependingOn(partnershipId, programAtRisk);
    }

    /** Students with a value sealed by another key than {@code keyId}. */
    public List<UUID> idsSealedWithOtherKeyThan(String keyId) {
        return students.idsSealedWithOtherKeyThan(keyId);
    }

    public Versioned<Student> transition(UUID id, Long ifMatch, TransitionRequest request) {
        LocalDate today = today();
        return students.modify(id, ifMatch, current -> {
            access.requireMayChange(current.state());
            return current.state().moveTo(request.to(), request.date(), request.note(), today, policy);
        });
    }

    /** Replaces what the office edits; the status only changes through transitions. */
    public Versioned<Student> revise(UUID id, Long ifMatch, StudentForm form) {
        LocalDate today = today();
        StudentProfile profile = form.profile();
        PersonalData personal = form.personalData();
        personal.checkAge(today);
        Country country = countries.require("nationality", form.nationality());
        return students.modify(id, ifMatch, current -> {
            Student s = current.state();
            access.requireMayChange(s);
            if (form.dates().any()) {
                throw new InvalidInputException(
                        "status",
                        "the dates of past moves are given only when a student is created; later moves are "
                                + "POST /api/students/{id}/transitions");
            }
            if (form.status() != null && form.status() != s.status()) {
                throw new InvalidInputException("status", "status changes through POST /api/students/{id}/transitions");
            }
            if (profile.partnershipId() != null
                    && !profile.partnershipId().equals(s.profile().partnershipId())) {
                partnerships.requireUsable(profile.partnershipId());
            }
            Sealed sealed = personal.equals(open(s)) ? s.personal() : seal(id, personal);
            return s.revise(profile, country, sealed, today, policy);
        });
    }

    /**
     * Applies {@code patch} to the current form and stores the result. Without {@code If-Match} a concurrent change
     * makes the patch be merged again into the newer version, never overwrite it.
     */
    public Versioned<Student> patch(UUID id, Long ifMatch, UnaryOperator<StudentForm> patch) {
        for (int attempt = 0; ; attempt++) {
            Versioned<Student> current = students.get(id);
            if (ifMatch != null && ifMatch != current.version()) {
                throw new StaleVersionException(ifMatch, current.version());
            }
            StudentForm merged = patch.apply(form(current.state()));
            try {
                return revise(id, current.version(), merged);
            } catch (StaleVersionException e) {
                if (ifMatch != null || attempt >= MAX_PATCH_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public Versioned<Student> file(UUID id, Long ifMatch, DocumentFacts facts) {
        LocalDate today = today();
        facts.checkDates(today);
        return students.modify(id, ifMatch, current -> {
            access.requireMayChange(current.state());
            Sealed number =
                    facts.number() == null ? null : cipher.seal(facts.number(), documentContext(id, facts.type()));
            return current.state().file(ImmigrationDocument.of(facts, number), today, policy);
        });
    }

    /** Publishes the warnings of one student that became due; safe to call from any number of scanners. */
    public Versioned<Student> announceDueWarnings(UUID id) {
        LocalDate today = today();
        return students.modify(id, null, current -> current.state().announceDueWarnings(today, policy));
    }

    public Versioned<Student> flagProgramAtRisk(UUID id, UUID partnershipId, String partnershipStatus) {
        return students.modify(
                id, null, current -> current.state().flagProgramAtRisk(partnershipId, partnershipStatus));
    }

    public Versioned<Student> clearProgramRisk(UUID id, UUID partnershipId, String partnershipStatus) {
        return students.modify(id, null, current -> current.state().clearProgramRisk(partnershipId, partnershipStatus));
    }

    /** Re-seals every value sealed with a retired key (key rotation, ADR 0100); no event, the version moves on. */
    public Versioned<Student> reseal(UUID id) {
        return students.modify(id, null, current -> {
            Student s = current.state();
            Student resealed = s.resealed(
                    p -> cipher.isStale(p) ? seal(id, open(s)) : p,
                    d -> d.number() == null || !cipher.isStale(d.number())
                            ? d
                            : d.withNumber(cipher.seal(
                                    cipher.open(d.number(), documentContext(id, d.type())),
                                    documentContext(id, d.type()))),
                    k -> k != null && k.startsWith(cipher.activeKeyId() + ":")
                            ? k
                            : cipher.blindIndex(s.nationality() + ":" + open(s).passportNumber()));
            if (resealed.passportKey() != null) {
                passportKeys.claim(resealed.passportKey(), id);
            }
            return resealed.equals(s) ? Change.unchanged(s) : new Change<>(resealed, List.of());
        });
    }

    public PersonalData open(Student s) {
        return json.readValue(cipher.open(s.personal(), personalContext(s.id())), PersonalData.class);
    }

    public StudentForm form(Student s) {
        return StudentForm.of(s, open(s));
    }

    /**
     * The student as the caller may see it (docs/security.md, "Students: need to know"): names, personal data
     * (passport number, date of birth, gender, contact, accommodation), immigration documents and deadlines, and the
     * notes of the history only for ADMIN and STUDENT_COUNSELOR (and, under the assigned scope, only the counselor's
     * own students); the other roles get the non-personal fields, the absent ones left out of the JSON.
     */
    public StudentView view(Student s) {
        return access.mayReadPersonalData(s) ? fullView(s) : StudentView.withoutPersonalData(s);
    }

    private StudentView fullView(Student s) {
        PersonalData personal = open(s);
        StudentProfile p = s.profile();
        List<StudentView.DocumentView> documents = s.documents().stream()
                .sorted(Comparator.comparing(ImmigrationDocument::type))
                .map(d -> new StudentView.DocumentView(
                        d.type(),
                        d.visaCategory(),
                        d.number() == null ? null : cipher.open(d.number(), documentContext(s.id(), d.type())),
                        d.issueDate(),
                        d.expiryDate(),
                        d.entryDate()))
                .toList();
        return new StudentView(
                s.id(),
                s.status(),
                p.familyName(),
                p.givenName(),
                p.chineseName(),
                s.nationality(),
                s.continent(),
                s.beltAndRoad(),
                p.gender(),
                personal.dateOfBirth(),
                personal.passportNumber(),
                p.category(),
                p.college(),
                p.program(),
                p.funding(),
                p.partnershipId(),
                p.counselor(),
                p.expectedGraduation(),
                personal.contact(),
                p.accommodationSince(),
                s.programAtRisk(),
                documents,
                s.deadlines(),
                s.history());
    }

    private Sealed seal(UUID id, PersonalData personal) {
        return cipher.seal(json.writeValueAsString(personal), personalContext(id));
    }

    private static String personalContext(UUID id) {
        return "student/" + id + "/personal";
    }

    private static String documentContext(UUID id, DocumentType type) {
        return "student/" + id + "/document/" + type;
    }
}
