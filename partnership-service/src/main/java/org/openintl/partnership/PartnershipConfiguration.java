package org.openintl.partnership;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.openintl.partnership.enrolment.Enrolments;
import org.openintl.partnership.enrolment.StudentEnrolment;
import org.openintl.partnership.expiry.ExpiryScanner;
import org.openintl.partnership.partner.Partner;
import org.openintl.partnership.partner.PartnerService;
import org.openintl.partnership.partnership.ExpiryRules;
import org.openintl.partnership.partnership.Partnership;
import org.openintl.partnership.partnership.PartnershipService;
import org.openintl.partnership.partnership.PartnershipsProperties;
import org.openintl.partnership.stats.PartnershipMetrics;
import org.openintl.partnership.stats.StatsService;
import org.openintl.platform.aggregate.AggregateStore;
import org.openintl.platform.aggregate.PendingEventsSignal;
import org.openintl.platform.country.Countries;
import org.openintl.platform.events.EventChannel;
import org.openintl.platform.events.EventJson;
import org.openintl.platform.events.ProjectionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the domain services explicitly, so that they stay free of Spring annotations. */
@Configuration(proxyBeanMethods = false)
class PartnershipConfiguration {

    @Bean
    AggregateStore<Partner> partnerStore(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>("Partner", db, "partners", Partner.class, channel, json::write, wakeup, clock);
    }

    @Bean
    AggregateStore<Partnership> partnershipStore(
            MongoDatabase db, EventChannel channel, EventJson json, PendingEventsSignal wakeup, Clock clock) {
        return new AggregateStore<>(
                "Partnership", db, "partnerships", Partnership.class, channel, json::write, wakeup, clock);
    }

    @Bean
    Countries countries() {
        return Countries.load();
    }

    @Bean
    Enrolments enrolments(MongoDatabase db) {
        return new Enrolments(new ProjectionStore<>(db, "student_enrolments", StudentEnrolment.class));
    }

    @Bean
    PartnerService partnerService(
            AggregateStore<Partner> partnerStore, Countries countries, @Lazy PartnershipService partnerships) {
        return new PartnerService(partnerStore, countries, partnerships::referring);
    }

    @Bean
    ExpiryRules expiryRules(PartnershipsProperties properties) {
        return new ExpiryRules(properties.expiryWindows());
    }

    @Bean
    PartnershipService partnershipService(
            AggregateStore<Partnership> partnershipStore,
            PartnerService partners,
            ExpiryRules rules,
            Enrolments enrolments,
            MeterRegistry meters,
            Clock clock,
            PartnershipsProperties properties) {
        return new PartnershipService(
                partnershipStore,
                partners,
                rules,
                enrolments::enrolled,
                PartnershipMetrics.transitionCounter(meters),
                clock,
                properties);
    }

    @Bean
    StatsService statsService(PartnershipService partnerships, PartnerService partners, Enrolments enrolments) {
        return new StatsService(partnerships, partners, enrolments);
    }

    @Bean
    PartnershipMetrics partnershipMetrics(
            StatsService stats, PartnershipService partnerships, PartnerService partners, MeterRegistry meters) {
        return new PartnershipMetrics(stats, partnerships, partners, meters);
    }

    @Bean
    ExpiryScanner expiryScanner(PartnershipService partnerships) {
        return new ExpiryScanner(partnerships);
    }
}
