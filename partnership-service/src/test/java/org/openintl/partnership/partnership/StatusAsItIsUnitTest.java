package org.openintl.partnership.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.aggregate.PendingEvent;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.MultilingualText;

/** A partnership registered as it is: which dates each status needs, their order, and the history they build. */
class StatusAsItIsUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final ExpiryRules RULES = new ExpiryRules(List.of(180, 90, 30));

    @Test
    void anActiveAgreementIsRebuiltFromItsSigningAndEntryIntoForceWithMigratedEvents() {
        var asItIs = new StatusAsItIs(
                PartnershipStatus.ACTIVE, null, LocalDate.of(2021, 5, 20), LocalDate.of(2021, 9, 1), null, null, null);
        Change<Partnership> change =
                Partnership.migrate(UUID.randomUUID(), details(TODAY.plusDays(20)), asItIs, context());

        Partnership p = change.state();
        assertThat(p.status()).isEqualTo(PartnershipStatus.ACTIVE);
        assertThat(p.history())
                .extracting(Transition::from, Transition::to, Transition::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                PartnershipStatus.PROPOSED, PartnershipStatus.SIGNED, LocalDate.of(2021, 5, 20)),
                        org.assertj.core.groups.Tuple.tuple(
                                PartnershipStatus.SIGNED, PartnershipStatus.ACTIVE, LocalDate.of(2021, 9, 1)));
        assertThat(change.events())
                .extracting(PendingEvent::type, PendingEvent::migrated)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("intl.partnership.created.v1", true),
                        org.assertj.core.groups.Tuple.tuple("intl.partnership.signed.v1", true),
                        org.assertj.core.groups.Tuple.tuple("intl.partnership.activated.v1", true),
                        // the deadline is real and near: a live warning, news to whoever watches deadlines
                        org.assertj.core.groups.Tuple.tuple("intl.partnership.expiring.v1", false));
        assertThat(p.warningsSent()).contains("END_DATE:" + TODAY.plusDays(20) + ":30");
    }

    @Test
    void eachStatusNamesTheDateItNeeds() {
        assertField(new StatusAsItIs(PartnershipStatus.SIGNED, null, null, null, null, null, null), "signedOn");
        assertField(
                new StatusAsItIs(PartnershipStatus.ACTIVE, null, LocalDate.of(2020, 1, 1), null, null, null, null),
                "inForceFrom");
        assertField(
                new StatusAsItIs(
                        PartnershipStatus.EXPIRED,
                        null,
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 2, 1),
                        null,
                        null,
                        null),
                "expiredOn");
        assertField(
                new StatusAsItIs(
                        PartnershipStatus.TERMINATED,
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 1, 1),
                        null,
                        LocalDate.of(2021, 1, 1)),
                "inForceFrom");
        assertField(new StatusAsItIs(null, null, LocalDate.of(2020, 1, 1), null, null, null, null), "status");
        assertField(
                new StatusAsItIs(PartnershipStatus.RENEWED, null, LocalDate.of(2020, 1, 1), null, null, null, null),
                "status");
    }

    @Test
    void aDateThatDoesNotBelongToTheStatusIsNamed() {
        assertField(
                new StatusAsItIs(
                        PartnershipStatus.SIGNED,
                        null,
                        LocalDate.of(2020, 1, 1),
                        null,
                        null,
                        null,
                        LocalDate.of(2020, 2, 1)),
                "terminatedOn");
        assertField(
                new StatusAsItIs(PartnershipStatus.PROPOSED, LocalDate.of(2020, 1, 1), null, null, null, null, null),
                "negotiatingOn");
    }

    @Test
    void datesInTheFutureOrOutOfLifecycleOrderAreNamed() {
        assertField(
                new StatusAsItIs(PartnershipStatus.SIGNED, null, TODAY.plusDays(1), null, null, null, null),
                "signedOn");
        assertField(
                new StatusAsItIs(
                        PartnershipStatus.ACTIVE,
                        null,
                        LocalDate.of(2021, 5, 20),
                        LocalDate.of(2021, 5, 19),
                        null,
                        null,
                        null),
                "inForceFrom");
        assertField(
                new StatusAsItIs(
                        PartnershipStatus.SIGNED,
                        LocalDate.of(2021, 6, 1),
                        LocalDate.of(2021, 5, 20),
                        null,
                        null,
                        null,
                        null),
                "signedOn");
    }

    @Test
    void aTerminatedProposalNeedsOnlyItsEnd() {
        var moves = new StatusAsItIs(PartnershipStatus.TERMINATED, null, null, null, null, null, TODAY).moves(TODAY);
        assertThat(moves).extracting(StatusAsItIs.Move::to).containsExactly(PartnershipStatus.TERMINATED);
    }

    @Test
    void anAgreementInForcePastItsEndIsRefused() {
        var asItIs = new StatusAsItIs(
                PartnershipStatus.ACTIVE, null, LocalDate.of(2021, 5, 20), LocalDate.of(2021, 9, 1), null, null, null);
        assertThatThrownBy(() -> Partnership.migrate(UUID.randomUUID(), details(TODAY.minusDays(1)), asItIs, context()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
    }

    private static void assertField(StatusAsItIs asItIs, String field) {
        assertThatThrownBy(() -> asItIs.moves(TODAY))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static CommandContext context() {
        return new CommandContext(Map.of(), RULES, TODAY, Instant.EPOCH);
    }

    private static PartnershipDetails details(LocalDate end) {
        return new PartnershipDetails(
                new MultilingualText(null, "Exchange agreement", null),
                PartnershipType.STUDENT_EXCHANGE,
                List.of(UUID.randomUUID()),
                null,
                null,
                LocalDate.of(2021, 9, 1),
                end,
                false,
                null,
                List.of(),
                null,
                null,
                null);
    }
}
