package org.openintl.partnership.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openintl.partnership.partnership.PartnershipStatus.ACTIVE;
import static org.openintl.partnership.partnership.PartnershipStatus.EXPIRED;
import static org.openintl.partnership.partnership.PartnershipStatus.NEGOTIATING;
import static org.openintl.partnership.partnership.PartnershipStatus.PROPOSED;
import static org.openintl.partnership.partnership.PartnershipStatus.RENEWED;
import static org.openintl.partnership.partnership.PartnershipStatus.SIGNED;
import static org.openintl.partnership.partnership.PartnershipStatus.SUSPENDED;
import static org.openintl.partnership.partnership.PartnershipStatus.TERMINATED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;
import org.openintl.platform.domain.MultilingualText;

class PartnershipStatusUnitTest {

    /** The lifecycle of the issue, written out independently of the implementation. */
    private static final Map<PartnershipStatus, Set<PartnershipStatus>> LEGAL = Map.of(
            PROPOSED, EnumSet.of(NEGOTIATING, SIGNED, TERMINATED),
            NEGOTIATING, EnumSet.of(SIGNED, TERMINATED),
            SIGNED, EnumSet.of(ACTIVE, TERMINATED),
            ACTIVE, EnumSet.of(SUSPENDED, RENEWED, EXPIRED, TERMINATED),
            SUSPENDED, EnumSet.of(ACTIVE, RENEWED, EXPIRED, TERMINATED),
            EXPIRED, EnumSet.of(RENEWED),
            TERMINATED, EnumSet.noneOf(PartnershipStatus.class));

    static Stream<Arguments> everyMove() {
        return LEGAL.keySet().stream()
                .flatMap(from -> Stream.of(PartnershipStatus.values())
                        .map(to -> Arguments.of(from, to, LEGAL.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1} legal={2}")
    @MethodSource("everyMove")
    void allowsExactlyTheLifecycleMoves(PartnershipStatus from, PartnershipStatus to, boolean legal) {
        Partnership p = in(from);
        if (legal) {
            Partnership moved = p.moveTo(to, LocalDate.of(2026, 1, 10), "n", endFor(to), Instant.EPOCH);
            assertThat(moved.status()).isEqualTo(to == RENEWED ? ACTIVE : to);
            assertThat(moved.lastTransition().from()).isEqualTo(from);
            assertThat(moved.lastTransition().to()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> p.moveTo(to, LocalDate.of(2026, 1, 10), null, endFor(to), Instant.EPOCH))
                    .isInstanceOfSatisfying(
                            IllegalTransitionException.class,
                            e -> assertThat(e.allowed())
                                    .containsExactlyInAnyOrderElementsOf(LEGAL.get(from).stream()
                                            .map(Enum::name)
                                            .toList()));
        }
    }

    @Test
    void rejectsActivationOfAProposal() {
        assertThatThrownBy(() -> in(PROPOSED).moveTo(ACTIVE, LocalDate.now(), null, null, Instant.EPOCH))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void renewalMovesTheEndDateAndReturnsToActive() {
        Partnership renewed =
                in(ACTIVE).moveTo(RENEWED, LocalDate.of(2026, 6, 1), null, LocalDate.of(2030, 12, 31), Instant.EPOCH);
        assertThat(renewed.status()).isEqualTo(ACTIVE);
        assertThat(renewed.details().endDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void rejectsRenewalWithoutALaterEndDate() {
        assertThatThrownBy(() -> in(ACTIVE).moveTo(RENEWED, LocalDate.now(), null, null, Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() ->
                        in(ACTIVE).moveTo(RENEWED, LocalDate.now(), null, LocalDate.of(2026, 1, 1), Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsAnEndDateOnAnyOtherMove() {
        assertThatThrownBy(
                        () -> in(SIGNED).moveTo(ACTIVE, LocalDate.now(), null, LocalDate.of(2031, 1, 1), Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlySignedAndActiveAdmitStudents() {
        assertThat(Stream.of(PartnershipStatus.values()).filter(PartnershipStatus::admitsStudents))
                .containsExactlyInAnyOrder(SIGNED, ACTIVE);
    }

    static Partnership in(PartnershipStatus status) {
        return new Partnership(UUID.randomUUID(), details(), status, List.of(), List.of());
    }

    static PartnershipDetails details() {
        return new PartnershipDetails(
                new MultilingualText("交换协议", "Exchange agreement", null),
                PartnershipType.STUDENT_EXCHANGE,
                List.of(UUID.randomUUID()),
                "International College",
                null,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31),
                false,
                90,
                List.of(),
                null,
                null,
                null);
    }

    private static LocalDate endFor(PartnershipStatus to) {
        return to == RENEWED ? LocalDate.of(2032, 12, 31) : null;
    }
}
