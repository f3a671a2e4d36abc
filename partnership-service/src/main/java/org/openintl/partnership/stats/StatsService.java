package org.openintl.partnership.stats;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.partnership.student.EnrolmentRepository;
import org.springframework.stereotype.Service;

/** Gathers what the statistics need and computes them. */
@Service
public class StatsService {

    private final PartnershipService partnerships;
    private final PartnerService partners;
    private final EnrolmentRepository enrolments;

    StatsService(PartnershipService partnerships, PartnerService partners, EnrolmentRepository enrolments) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.enrolments = enrolments;
    }

    public PartnershipStats current() {
        List<Partnership> all = partnerships.all();
        List<UUID> partnerIds = all.stream()
                .flatMap(p -> p.details().partnerIds().stream())
                .distinct()
                .toList();
        Map<UUID, Long> enrolled =
                enrolments.enrolled(all.stream().map(Partnership::id).toList());
        return StatsCalculator.compute(
                all, partners.findAll(partnerIds), id -> enrolled.getOrDefault(id, 0L), partnerships.today());
    }
}
