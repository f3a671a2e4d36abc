package org.openintl.partnership.partnership;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;

/** Registers partnerships, moves them through their lifecycle and raises their deadline warnings. */
public class PartnershipService {

    private final AggregateStore<Partnership> partnerships;
    private final PartnerService partners;
    private final ExpiryRules expiry;
    private final ToLongFunction<UUID> enrolledStudents;
    private final TransitionCounter transitions;
    private final Clock clock;
    private final PartnershipsProperties properties;

    public PartnershipService(
            AggregateStore<Partnership> partnerships,
            PartnerService partners,
            ExpiryRules expiry,
            ToLongFunction<UUID> enrolledStudents,
            TransitionCounter transitions,
            Clock clock,
            PartnershipsProperties properties) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.expiry = expiry;
        this.enrolledStudents = enrolledStudents;
        this.transitions = transitions;
        this.clock = clock;
        this.properties = properties;
    }

    public PartnershipView create(PartnershipDetails details, String idempotencyKey, String requestJson) {
        Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
        UUID id = IdempotencyKeys.aggregateId("partnerships", idempotencyKey);
        Partnership p = Partnership.propose(id, details);
        var created = partnerships.create(
                id,
                Change.of(p, new PendingEvent(PartnershipEvent.CREATED, PartnershipEvent.of(p, known, null, null))),
                IdempotencyKeys.fingerprint(idempotencyKey, requestJson));
        return view(created);
    }

    public PartnershipView get(UUID id) {
        return view(partnerships.get(id));
    }

    public PartnershipView update(UUID id, long ifMatch, PartnershipDetails details) {
        Map<UUID, Partner> known = partners.requireAll("partnerIds", details.partnerIds());
        return view(partnerships.modify(id, ifMatch, current -> {
            Partnership next = current.state().withDetails(details);
            List<PendingEvent> events = new ArrayList<>();
            events.add(new PendingEvent(PartnershipEvent.UPDATED, PartnershipEvent.of(next, known, null, null)));
            next = withDueWarnings(next, known, events);
            return new Change<>(next, events);
        }));
    }

    public PartnershipView transition(UUID id, Long ifMatch, TransitionRequest request) {
        LocalDate date = request.date() != null ? request.date() : today();
        Versioned<Partnership> result = partnerships.modify(id, ifMatch, current -> {
            Partnership next =
                    current.state().moveTo(request.to(), date, request.note(), request.endDate(), clock.instant());
            Map<UUID, Partner> known = partners.findAll(next.details().partnerIds());
            List<PendingEvent> events = new ArrayList<>();
            events.add(moved(next, known));
            next = withDueWarnings(next, known, events);
            return new Change<>(next, events);
        });
        transitions.count(request.to());
        return view(result);
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
            Map<UUID, Partner> known = partners.findAll(p.details().partnerIds());
            List<PendingEvent> events = new ArrayList<>();
            DueWarnings due = expiry.due(p, today());
            if (due.endDatePassed()) {
                p = expireOrRenew(p, known, events);
            }
            p = withDueWarnings(p, known, events);
            written[0] = events.size();
            return events.isEmpty() ? null : new Change<>(p, events);
        });
        return written[0];
    }

    /** Ids of partnerships whose deadlines are watched (in force), for the scanner. */
    public List<UUID> inForce() {
        return partnerships.find(in("state.status", "ACTIVE", "SUSPENDED"), null, 0, Integer.MAX_VALUE).stream()
                .map(Versioned::id)
                .toList();
    }

    public PageResult<PartnershipView> list(PartnershipFilter filter, PageRequest page) {
        Bson query = query(filter);
        var items = partnerships.find(query, Sorts.descending("createdAt"), page.skip(), page.size()).stream()
                .map(this::view)
                .toList();
        return PageResult.of(items, page, partnerships.count(query));
    }

    /** Every partnership, for statistics (a university has hundreds, not millions). */
    public List<Partnership> all() {
        return partnerships.find(Filters.empty(), null, 0, Integer.MAX_VALUE).stream()
                .map(Versioned::state)
                .toList();
    }

    public long referring(UUID partnerId) {
        return partnerships.count(eq("state.details.partnerIds", partnerId));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private Partnership expireOrRenew(Partnership p, Map<UUID, Partner> known, List<PendingEvent> events) {
        PartnershipDetails d = p.details();
        Partnership next;
        if (d.autoRenewal()) {
            LocalDate start =
                    d.startDate() != null ? d.startDate() : d.endDate().minusYears(1);
            LocalDate newEnd = d.endDate().plus(Period.between(start, d.endDate()));
            if (!newEnd.isAfter(d.endDate())) {
                newEnd = d.endDate().plusYears(1);
            }
            next = p.moveTo(PartnershipStatus.RENEWED, d.endDate(), "renewed automatically", newEnd, clock.instant());
            transitions.count(PartnershipStatus.RENEWED);
        } else {
            next = p.moveTo(
                    PartnershipStatus.EXPIRED, d.endDate().plusDays(1), "end date passed", null, clock.instant());
            transitions.count(PartnershipStatus.EXPIRED);
        }
        events.add(moved(next, known));
        return next;
    }

    private Partnership withDueWarnings(Partnership p, Map<UUID, Partner> known, List<PendingEvent> events) {
        DueWarnings due = expiry.due(p, today());
        if (due.warnings().isEmpty() && due.keysToRecord().isEmpty()) {
            return p;
        }
        Partnership next = p.withWarningsSent(due.keysToRecord());
        for (ExpiryWarning w : due.warnings()) {
            events.add(new PendingEvent(PartnershipEvent.EXPIRING, PartnershipEvent.of(next, known, null, w)));
        }
        return next;
    }

    private static PendingEvent moved(Partnership p, Map<UUID, Partner> known) {
        Transition t = p.lastTransition();
        return new PendingEvent(PartnershipEvent.typeOf(t), PartnershipEvent.of(p, known, t, null));
    }

    private PartnershipView view(Versioned<Partnership> v) {
        Partnership p = v.state();
        Map<UUID, Partner> known = partners.findAll(p.details().partnerIds());
        var event = PartnershipEvent.of(p, known, null, null);
        Integer quota =
                p.details().program() == null ? null : p.details().program().annualQuota();
        return new PartnershipView(
                p.id(),
                p.status(),
                p.details(),
                event.partners(),
                p.status().allowedMoves(),
                p.history(),
                p.warningsSent(),
                new PartnershipView.Enrolment(enrolledStudents.applyAsLong(p.id()), quota),
                v.version());
    }

    private Bson query(PartnershipFilter f) {
        List<Bson> conditions = new ArrayList<>();
        if (f.status() != null) {
            conditions.add(eq("state.status", f.status().name()));
        }
        if (f.type() != null) {
            conditions.add(eq("state.details.type", f.type().name()));
        }
        if (f.partnerId() != null) {
            conditions.add(eq("state.details.partnerIds", f.partnerId()));
        }
        if (f.country() != null) {
            conditions.add(in("state.details.partnerIds", partners.idsMatching(f.country(), null)));
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            conditions.add(regex(
                    "state.details.responsibleUnit", Pattern.quote(f.unit().strip()), "i"));
        }
        if (f.expiringWithinDays() != null) {
            if (f.expiringWithinDays() < 0 || f.expiringWithinDays() > 3650) {
                throw new InvalidInputException("expiringWithinDays", "expiringWithinDays must be between 0 and 3650");
            }
            LocalDate today = today();
            conditions.add(in("state.status", "ACTIVE", "SUSPENDED"));
            conditions.add(gte("state.details.endDate", today));
            conditions.add(lte("state.details.endDate", today.plusDays(f.expiringWithinDays())));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String pattern = Pattern.quote(f.q().strip());
            conditions.add(or(
                    regex("state.details.title.zh", pattern, "i"),
                    regex("state.details.title.en", pattern, "i"),
                    regex("state.details.title.ko", pattern, "i"),
                    in("state.details.partnerIds", partners.idsMatching(null, f.q()))));
        }
        return conditions.isEmpty() ? Filters.empty() : and(conditions);
    }
}
