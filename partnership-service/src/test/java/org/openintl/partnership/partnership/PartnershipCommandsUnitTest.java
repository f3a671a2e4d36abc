package org.openintl.partnership.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.MultilingualText;

/** The deadline command: the change and its events, or unchanged when nothing is due. */
class PartnershipCommandsUnitTest {

    private static final ExpiryRules RULES = new ExpiryRules(List.of(180, 90, 30));
    private static final LocalDate END = LocalDate.of(2027, 6, 30);

    @Test
    void nothingDueIsUnchanged() {
        Partnership p = active(false);
        Change<Partnership> change = p.applyDeadlines(context(END.minusDays(200)));
        assertThat(change.changed()).isFalse();
        assertThat(change.events()).isEmpty();
        assertThat(change.state()).isSameAs(p);
    }

    @Test
    void aPassedEndDateExpiresThePartnershipAndAnnouncesIt() {
        Change<Partnership> change = active(false).applyDeadlines(context(END.plusDays(1)));
        assertThat(change.state().status()).isEqualTo(PartnershipStatus.EXPIRED);
        assertThat(change.events()).extracting(PendingEvent::type).containsExactly("intl.partnership.expired.v1");
    }

    @Test
    void aPartnershipThatRenewsItselfGetsTheSameTermAgain() {
        Change<Partnership> change = active(true).applyDeadlines(context(END.plusDays(1)));
        assertThat(change.state().status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(change.state().details().endDate()).isEqualTo(END.plusYears(5));
        assertThat(change.state().lastTransition().to()).isEqualTo(PartnershipStatus.RENEWED);
        assertThat(change.events()).extracting(PendingEvent::type).containsExactly("intl.partnership.renewed.v1");
    }

    private static CommandContext context(LocalDate today) {
        return new CommandContext(Map.of(), RULES, today, Instant.EPOCH);
    }

    private static Partnership active(boolean autoRenewal) {
        var details = new PartnershipDetails(
                new MultilingualText(null, "Exchange agreement", null),
                PartnershipType.MOU,
                List.of(UUID.randomUUID()),
                null,
                null,
                LocalDate.of(2022, 6, 30),
                END,
                autoRenewal,
                null,
                List.of(),
                null,
                null,
                null);
        return new Partnership(UUID.randomUUID(), details, PartnershipStatus.ACTIVE, List.of(), List.of());
    }
}
