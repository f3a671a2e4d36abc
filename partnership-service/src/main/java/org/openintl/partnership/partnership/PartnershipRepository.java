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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.conversions.Bson;
import org.openintl.partnership.partner.PartnerReferences;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.ChangeRecord;
import org.openintl.platform.aggregate.Versioned;
import org.openintl.platform.domain.MultilingualText;
import org.openintl.platform.web.PageRequest;
import org.openintl.platform.web.PageResult;
import org.springframework.stereotype.Repository;

/**
 * Partnerships in MongoDB (collection {@code partnerships}): writes go through the {@link AggregateStore} (state,
 * version and outbox in one update); {@link PartnershipFilter} is translated into a query here, so no other class
 * knows the document layout. Tells the partners' side how many partnerships refer to a partner.
 */
@Repository
public class PartnershipRepository implements PartnerReferences {

    private static final String S = "state.";
    private static final String D = "state.details.";
    private static final List<String> IN_FORCE = List.of("ACTIVE", "SUSPENDED");

    private final AggregateStore<Partnership> store;

    PartnershipRepository(AggregateStore<Partnership> store) {
        this.store = store;
    }

    public Versioned<Partnership> create(UUID id, Change<Partnership> change, String fingerprint) {
        return store.create(id, change, fingerprint);
    }

    /** Reads, applies the command and writes with the version guard; an unchanged outcome writes nothing. */
    public Versioned<Partnership> modify(
            UUID id, Long ifMatch, Function<Versioned<Partnership>, Change<Partnership>> command) {
        return store.modify(id, ifMatch, command);
    }

    /** Inserts the partnerships whose ids do not exist yet, in one command; answers the ids inserted. */
    public Set<UUID> createAllUnlessPresent(List<AggregateStore.New<Partnership>> partnerships) {
        return store.createAll(partnerships);
    }

    /** The program with this MOE approval number (ignoring case and surrounding spaces), if any. */
    public Optional<Versioned<Partnership>> findByApprovalNumber(String approvalNumber) {
        String pattern = "^\\s*" + Pattern.quote(approvalNumber.strip()) + "\\s*$";
        return store
                .find(regex(D + "program.approvalNumber", pattern, "i"), Sorts.ascending("createdAt"), 0, 1)
                .stream()
                .findFirst();
    }

    /**
     * The partnership with exactly these partners and this start date whose title equals one of {@code titles} in the
     * same language, ignoring case (the natural key of a partnership without an MOE approval number).
     */
    public Optional<Versioned<Partnership>> findByTitlePartnersAndStart(
            MultilingualText title, List<UUID> partnerIds, LocalDate startDate) {
        Bson start = startDate == null ? eq(D + "startDate", null) : eq(D + "startDate", startDate);
        return store
                .find(and(Filters.all(D + "partnerIds", partnerIds), start), Sorts.ascending("createdAt"), 0, 1000)
                .stream()
                .filter(v -> v.state().details().partnerIds().size() == partnerIds.size())
                .filter(v -> sameTitle(v.state().details().title(), title))
                .findFirst();
    }

    private static boolean sameTitle(MultilingualText a, MultilingualText b) {
        return (a.zh() != null && a.zh().equalsIgnoreCase(b.zh()))
                || (a.en() != null && a.en().equalsIgnoreCase(b.en()))
                || (a.ko() != null && a.ko().equalsIgnoreCase(b.ko()));
    }

    public Versioned<Partnership> get(UUID id) {
        return store.get(id);
    }

    public List<ChangeRecord> changes(UUID id) {
        return store.changes(id);
    }

    /** Ids of partnerships whose deadlines are watched (in force). */
    public List<UUID> idsInForce() {
        return store.find(in(S + "status", IN_FORCE), null, 0, Integer.MAX_VALUE).stream()
                .map(Versioned::id)
                .toList();
    }

    /**
     * A page, newest first. {@code partnersMatching} resolves the filter's country and free text to partner ids (the
     * partners live in their own collection).
     */
    public PageResult<Versioned<Partnership>> page(
            PartnershipFilter filter, LocalDate today, PartnersMatching partnersMatching, PageRequest page) {
        // one pass for the page and its total, as for partners and students
        var found = store.findWithTotal(
                query(filter, today, partnersMatching), Sorts.descending("createdAt"), page.skip(), page.size());
        return PageResult.of(found.items(), page, found.total());
    }

    /** Every partnership (a university has hundreds, not millions). */
    public List<Partnership> all() {
        return store.find(Filters.empty(), null, 0, Integer.MAX_VALUE).stream()
                .map(Versioned::state)
                .toList();
    }

    @Override
    public long partnershipsReferring(UUID partnerId) {
        return store.count(eq(D + "partnerIds", partnerId));
    }

    /** Resolves a country or a name fragment to the ids of the matching partners. */
    @FunctionalInterface
    public interface PartnersMatching {
        List<UUID> ids(String country, String nameFragment);
    }

    private static Bson query(PartnershipFilter f, LocalDate today, PartnersMatching partners) {
        List<Bson> conditions = new ArrayList<>();
        if (f.status() != null) {
            conditions.add(eq(S + "status", f.status().name()));
        }
        if (f.type() != null) {
            conditions.add(eq(D + "type", f.type().name()));
        }
        if (f.partnerId() != null) {
            conditions.add(eq(D + "partnerIds", f.partnerId()));
        }
        if (f.country() != null) {
            conditions.add(in(D + "partnerIds", partners.ids(f.country(), null)));
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            conditions.add(regex(D + "responsibleUnit", Pattern.quote(f.unit().strip()), "i"));
        }
        if (f.expiringWithinDays() != null) {
            conditions.add(in(S + "status", IN_FORCE));
            conditions.add(gte(D + "endDate", today));
            conditions.add(lte(D + "endDate", today.plusDays(f.expiringWithinDays())));
        }
        if (f.q() != null && !f.q().isBlank()) {
            String pattern = Pattern.quote(f.q().strip());
            conditions.add(or(
                    regex(D + "title.zh", pattern, "i"),
                    regex(D + "title.en", pattern, "i"),
                    regex(D + "title.ko", pattern, "i"),
                    in(D + "partnerIds", partners.ids(null, f.q()))));
        }
        return conditions.isEmpty() ? Filters.empty() : and(conditions);
    }
}
