package org.openintl.partnership.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.PartnershipEvent.PartnerSummary;
import org.openintl.partnership.stafftrip.StaffTripRepository;
import org.openintl.partnership.student.EnrolmentRepository;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.DomainException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partnership commands: looks up what the aggregate needs from outside (its partners, the rules, today), lets the
 * {@link Partnership} decide, and stores the change with its events in one update. Registers partnerships, moves them
 * through their lifecycle and raises their deadline warnings.
 */
@Service
public class PartnershipService {

    /** Scope of the ids derived from {@code Idempotency-Key}s. */
    static final String IDEMPOTENCY_SCOPE = "partnerships";

    /** Scope of the ids derived from imported partnerships' natural keys. */
    static final String NATURAL_KEY_SCOPE = "partnership-natural-key";

    private final PartnershipRepository partnerships;
    private final PartnerService partners;
    private final EnrolmentRepository enrolments;
    private final StaffTripRepository staffTrips;
    private final TransitionCounter transitions;
    private final JsonMapper json;
    private final Clock clock;
    private final PartnershipsProperties properties;
    private final ExpiryRules rules;

    PartnershipService(
            PartnershipRepository partnerships,
            PartnerService partners,
            EnrolmentRepository enrolments,
            StaffTripRepository staffTrips,
            TransitionCounter transitions,
            JsonMapper json,
            Clock clock,
            PartnershipsProperties properties) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.enrolments = enrolments;
        this.staffTrips = staffTrips;
        this.transitions = transitions;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.rules = new ExpiryRules(properties.expiryWindows());
    }

    /** Registers a partnership; with an {@code Idempotency-Key} a retried request returns the first result. */
    public PartnershipView create(PartnershipRequest request, String idempotencyKey) {
        PartnershipDetails details = request.toDetails();
        Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        StatusAsItIs asItIs = request.asItIs();
        CommandContext context = context(known);
        var created = partnerships.create(
                id,
                asItIs.isEmpty()
                        ? Partnership.propose(id, details, context)
                        : Partnership.migrate(id, details, asItIs, context),
                IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(request)));
        return view(created, known);
    }

    /** What importing a row did: created, matched (neither created nor refused), or refused with the reason. */
    public record ImportedPartnership(boolean created, DomainException refusal) {}

    /**
     * Brings partnerships in as they are (their status and past dates, migrated events), each unless one with the
     * same natural key exists, stored before or in an earlier row of {@code requests}: its MOE approval number, or
     * else its title (in one of its languages), partners and start date. A new partnership's id is derived from the
     * key, so the same row imported twice (also in parallel, also after a restart) creates it once. The new
     * partnerships are stored in one command (on the embedded database a command costs a commit).
     */
    public List<ImportedPartnership> importPartnerships(List<PartnershipRequest> requests) {
        ImportedPartnership[] answers = new ImportedPartnership[requests.size()];
        Set<String> keysInBatch = new HashSet<>();
        Map<UUID, Integer> creatingRow = new LinkedHashMap<>();
        List<AggregateStore.New<Partnership>> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PartnershipRequest request = requests.get(i);
            try {
                PartnershipDetails details = request.toDetails();
                Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
                List<String> keys = batchKeys(details);
                UUID id = IdempotencyKeys.aggregateId(NATURAL_KEY_SCOPE, naturalKey(details));
                if (keys.stream().anyMatch(keysInBatch::contains)
                        || creatingRow.containsKey(id)
                        || findByNaturalKey(details).isPresent()) {
                    answers[i] = new ImportedPartnership(false, null);
                    continue;
                }
                created.add(new AggregateStore.New<>(
                        id, Partnership.migrate(id, details, request.asItIs(), context(known))));
                creatingRow.put(id, i);
                keysInBatch.addAll(keys);
            } catch (DomainException e) {
                answers[i] = new ImportedPartnership(false, e);
            }
        }
        Set<UUID> inserted = partnerships.createAllUnlessPresent(created);
        // not inserted: a partnership with the id was there already (a replay, or another batch created it meanwhile)
        creatingRow.forEach((id, i) -> answers[i] = new ImportedPartnership(inserted.contains(id), null));
        return List.of(answers);
    }

    /** The keys under which {@link #findByNaturalKey} would find this partnership, for rows not yet stored. */
    private static List<String> batchKeys(PartnershipDetails d) {
        if (d.program() != null) {
            return List.of(naturalKey(d));
        }
        String rest = ":" + d.partnerIds().stream().map(UUID::toString).sorted().toList() + ":" + d.startDate();
        MultilingualText t = d.title();
        List<String> keys = new ArrayList<>(3);
        for (String[] title : new String[][] {{"zh", t.zh()}, {"en", t.en()}, {"ko", t.ko()}}) {
            if (title[1] != null) {
                keys.add("title:" + title[0] + ":"
                        + title[1].toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT) + rest);
            }
        }
        return keys;
    }

    /** Checks a partnership as {@link #importPartnerships} would, storing nothing: true when it would be matched. */
    public boolean checkImport(PartnershipRequest request) {
        PartnershipDetails details = request.toDetails();
        Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
        if (findByNaturalKey(details).isPresent()) {
            return true;
        }
        Partnership.migrate(UUID.randomUUID(), details, request.asItIs(), context(known));
        return false;
    }

    private java.util.Optional<Versioned<Partnership>> findByNaturalKey(PartnershipDetails d) {
        if (d.program() != null) {
            return partnerships.findByApprovalNumber(d.program().approvalNumber());
        }
        return partnerships.findByTitlePartnersAndStart(d.title(), d.partnerIds(), d.startDate());
    }

    private static String naturalKey(PartnershipDetails d) {
        if (d.program() != null) {
            return "moe:" + d.program().approvalNumber().strip().toUpperCase(java.util.Locale.ROOT);
        }
        MultilingualText t = d.title();
        String title = t.en() != null ? t.en() : t.zh() != null ? t.zh() : t.ko();
        return "title:" + title.strip().toLowerCase(java.util.Locale.ROOT) + ":"
                + d.partnerIds().stream().map(UUID::toString).sorted().toList() + ":" + d.startDate();
    }

    public PartnershipView get(UUID id) {
        return view(partnerships.get(id));
    }

    public List<ChangeRecord> changes(UUID id) {
        return partnerships.changes(id);
    }

    public PartnershipView update(UUID id, long ifMatch, PartnershipRequest request) {
        refuseStatusAsItIs(request.asItIs());
        PartnershipDetails details = request.toDetails();
        Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
        return view(
                partnerships.modify(id, ifMatch, current -> current.state().revise(details, context(known))), known);
    }

    public PartnershipView transition(UUID id, Long ifMatch, TransitionRequest request) {
        PartnershipView moved = modifyKeepingPartners(id, ifMatch, (p, context) -> p.transition(request, context));
        transitions.count(request.to());
        return moved;
    }

    /** Records (or replaces) one intake's counts of a cooperative program, guarded by the version. */
    public PartnershipView recordCohort(UUID id, long ifMatch, int intakeYear, CohortRequest request) {
        Cohort cohort = request.toCohort(intakeYear);
        return modifyKeepingPartners(id, ifMatch, (p, context) -> p.recordCohort(cohort, context));
    }

    /**
     * Records an intake of the program with this MOE approval number, as an import does: true when it changed
     * something (a new intake, or other counts for a recorded one), false when the same counts were there.
     *
     * @throws UnknownReferenceException (field {@code programApprovalNumber}) when no program has the number
     */
    public boolean importCohort(String approvalNumber, Cohort cohort, boolean dryRun) {
        Versioned<Partnership> program = partnerships
                .findByApprovalNumber(approvalNumber)
                .orElseThrow(() -> new org.openintl.platform.domain.UnknownReferenceException(
                        "programApprovalNumber",
                        "no program has the approval number " + approvalNumber + ": import the partnerships first"));
        if (dryRun) {
            return program.state()
                    .recordCohort(cohort, context(program.state()), true)
                    .changed();
        }
        boolean[] changed = {false};
        partnerships.modify(program.id(), null, current -> {
            Change<Partnership> change = current.state().recordCohort(cohort, context(current.state()), true);
            changed[0] = change.changed();
            return change;
        });
        return changed[0];
    }

    public PartnershipView removeCohort(UUID id, long ifMatch, int intakeYear) {
        return modifyKeepingPartners(id, ifMatch, (p, context) -> p.removeCohort(intakeYear, context));
    }

    /**
     * A command that keeps the partnership's partners: they are read once, for the decision and for the answer, which
     * shows those the command was decided with.
     */
    private PartnershipView modifyKeepingPartners(
            UUID id, Long ifMatch, BiFunction<Partnership, CommandContext, Change<Partnership>> command) {
        AtomicReference<Map<UUID, Partner>> known = new AtomicReference<>();
        Versioned<Partnership> result = partnerships.modify(id, ifMatch, current -> {
            known.set(partners.findAll(current.state().details().partnerIds()));
            return command.apply(current.state(), context(known.get()));
        });
        return view(result, known.get());
    }

    /**
     * Raises the warnings a partnership is due today and expires (or renews, when it renews itself) one whose end
     * date has passed. Safe to run from several instances at once: the first guarded update wins and the others find
     * nothing left to do.
     *
     * @return the number of events written
     */
    public int applyDeadlines(UUID id) {
        int[] written = {0};
        partnerships.modify(id, null, current -> {
            Partnership p = current.state();
            Change<Partnership> change = p.applyDeadlines(context(p));
            if (change.state().history().size() > p.history().size()) {
                transitions.count(change.state().lastTransition().to());
            }
            written[0] = change.events().size();
            return change;
        });
        return written[0];
    }

    /** Ids of partnerships whose deadlines are watched (in force), for the scanner. */
    public List<UUID> inForce() {
        return partnerships.idsInForce();
    }

    public PageResult<PartnershipView> list(PartnershipFilter filter, PageRequest page) {
        if (filter.expiringWithinDays() != null
                && (filter.expiringWithinDays() < 0 || filter.expiringWithinDays() > 3650)) {
            throw new InvalidInputException("expiringWithinDays", "expiringWithinDays must be between 0 and 3650");
        }
        var found = partnerships.page(filter, today(), partners::idsMatching, page);
        // the partners of the whole page in one query, not one per partnership
        Map<UUID, Partner> known = partners.findAll(found.items().stream()
                .flatMap(v -> v.state().details().partnerIds().stream())
                .distinct()
                .toList());
        // and their enrolled students in one pass
        Map<UUID, Long> enrolled =
                enrolments.enrolled(found.items().stream().map(Versioned::id).toList());
        return new PageResult<>(
                found.items().stream()
                        .map(v -> view(v, known, enrolled.getOrDefault(v.id(), 0L)))
                        .toList(),
                found.page(),
                found.size(),
                found.total());
    }

    /** Every partnership, for statistics (a university has hundreds, not millions). */
    public List<Partnership> all() {
        return partnerships.all();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** The status and past dates are taken only on create; later the status changes by transitions. */
    private static void refuseStatusAsItIs(StatusAsItIs asItIs) {
        asItIs.firstGivenField().ifPresent(field -> {
            throw new InvalidInputException(
                    field, field + " is given only when registering; change the status with POST .../transitions");
        });
    }

    private CommandContext context(Partnership p) {
        return context(partners.findAll(p.details().partnerIds()));
    }

    private CommandContext context(Map<UUID, Partner> known) {
        return new CommandContext(known, rules, today(), clock.instant());
    }

    private PartnershipView view(Versioned<Partnership> v) {
        return view(v, partners.findAll(v.state().details().partnerIds()));
    }

    /** @param known the partnership's partners (and maybe others); one not among them shows as unknown */
    private PartnershipView view(Versioned<Partnership> v, Map<UUID, Partner> known) {
        return view(v, known, enrolments.enrolled(v.id()));
    }

    /** @param registered the students registered under the partnership (ENROLLED) */
    private PartnershipView view(Versioned<Partnership> v, Map<UUID, Partner> known, long registered) {
        Partnership p = v.state();
        Integer quota =
                p.details().program() == null ? null : p.details().program().annualQuota();
        return new PartnershipView(
                p.id(),
                p.status(),
                p.details(),
                PartnerSummary.of(p.details().partnerIds(), known),
                p.status().allowedMoves(),
                p.history(),
                p.warningsSent(),
                p.cohorts(),
                PartnershipView.Enrolment.of(p, registered, quota),
                staffTrips.mobility(p.id()),
                v.version());
    }
}
