package org.openintl.faculty.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.openintl.faculty.access.FacultyAccess;
import org.openintl.faculty.calendar.FacultyCalendar;
import org.openintl.faculty.partnership.Partnerships;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.IdempotencyKeys;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.country.Countries;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff trips' commands: checks the countries and, against the projection of partnership-service's events, the
 * host partner and the agreement; lets the {@link StaffTrip} decide; stores the change with its events.
 */
@Service
public class TripService {

    static final String IDEMPOTENCY_SCOPE = "staff-trips";

    private final TripRepository trips;
    private final Partnerships partnerships;
    private final FacultyCalendar calendar;
    private final TripProperties properties;
    private final FacultyAccess access;
    private final JsonMapper json;
    private final Countries countries = Countries.load();

    TripService(
            TripRepository trips,
            Partnerships partnerships,
            FacultyCalendar calendar,
            TripProperties properties,
            FacultyAccess access,
            JsonMapper json) {
        this.trips = trips;
        this.partnerships = partnerships;
        this.calendar = calendar;
        this.properties = properties;
        this.access = access;
        this.json = json;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public Versioned<StaffTrip> draft(TripForm form, String idempotencyKey) {
        UUID id = IdempotencyKeys.aggregateId(IDEMPOTENCY_SCOPE, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(idempotencyKey, json.writeValueAsString(form));
        TripPlan plan = plan(form);
        partnerships.requireUsableForTrip(plan.hostPartnerId(), plan.partnershipId());
        return trips.create(id, StaffTrip.draft(id, plan, today()), fingerprint);
    }

    public Versioned<StaffTrip> revise(UUID id, Long ifMatch, TripForm form) {
        TripPlan plan = plan(form);
        return trips.modify(id, ifMatch, current -> {
            TripPlan before = current.state().plan();
            if (!Objects.equals(before.hostPartnerId(), plan.hostPartnerId())
                    || !Objects.equals(before.partnershipId(), plan.partnershipId())) {
                partnerships.requireUsableForTrip(plan.hostPartnerId(), plan.partnershipId());
            }
            return current.state().revise(plan);
        });
    }

    public Versioned<StaffTrip> transition(UUID id, Long ifMatch, TripTransitionRequest request) {
        LocalDate today = today();
        return trips.modify(
                id,
                ifMatch,
                current -> current.state()
                        .moveTo(
                                request.to(),
                                request.date(),
                                request.note(),
                                request.approvalNumber(),
                                request.report(),
                                today,
                                properties.reportDueDays()));
    }

    /** Publishes the overdue of one trip's report if it is late and was not announced; safe from any number of scans. */
    public Versioned<StaffTrip> announceOverdueReport(UUID id) {
        LocalDate today = today();
        return trips.modify(id, null, current -> current.state().announceOverdueReport(today));
    }

    public List<UUID> idsWithReportOverdue(LocalDate today) {
        return trips.idsWithReportOverdue(today);
    }

    public Versioned<StaffTrip> get(UUID id) {
        return trips.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return trips.changes(id);
    }

    public PageResult<Versioned<StaffTrip>> page(TripFilter filter, PageRequest page) {
        if (filter.staffId() != null && !access.mayReadPersonalData()) {
            throw new AccessDeniedException("searching trips by staffId needs one of the roles ADMIN, FACULTY_OFFICER");
        }
        return trips.page(filter, page);
    }

    public void forEach(TripFilter filter, Consumer<StaffTrip> consumer) {
        trips.forEach(filter, consumer);
    }

    public TripView view(StaffTrip t) {
        return TripView.of(t, access.mayReadPersonalData(), today());
    }

    private TripPlan plan(TripForm form) {
        List<String> codes = form.countries().stream()
                .map(c -> countries.require("countries", c).code())
                .toList();
        return new TripPlan(
                form.staffId(),
                form.staffName(),
                form.college(),
                codes,
                form.hostPartnerId(),
                form.hostInstitution(),
                form.partnershipId(),
                form.purpose(),
                form.startDate(),
                form.endDate(),
                form.fundingSource(),
                form.fundingAmount());
    }
}
