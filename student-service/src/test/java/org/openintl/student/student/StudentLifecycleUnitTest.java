package org.openintl.student.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openintl.student.student.StudentStatus.ADMITTED;
import static org.openintl.student.student.StudentStatus.APPLIED;
import static org.openintl.student.student.StudentStatus.ENROLLED;
import static org.openintl.student.student.StudentStatus.GRADUATED;
import static org.openintl.student.student.StudentStatus.SUSPENDED;
import static org.openintl.student.student.StudentStatus.WITHDRAWN;
import static org.openintl.student.student.Students.TODAY;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openintl.platform.aggregate.Change;
import org.openintl.platform.deadlines.WarningPolicy;
import org.openintl.platform.domain.IllegalTransitionException;
import org.openintl.platform.domain.InvalidInputException;

/** The lifecycle state machine: every pair of states, legal or not. */
class StudentLifecycleUnitTest {

    static final Map<StudentStatus, Set<StudentStatus>> LEGAL = Map.of(
            APPLIED, EnumSet.of(ADMITTED, WITHDRAWN),
            ADMITTED, EnumSet.of(ENROLLED, WITHDRAWN),
            ENROLLED, EnumSet.of(SUSPENDED, GRADUATED, WITHDRAWN),
            SUSPENDED, EnumSet.of(ENROLLED, WITHDRAWN),
            GRADUATED, EnumSet.noneOf(StudentStatus.class),
            WITHDRAWN, EnumSet.noneOf(StudentStatus.class));

    static Stream<Arguments> legalMoves() {
        return LEGAL.entrySet().stream().flatMap(e -> e.getValue().stream().map(to -> Arguments.of(e.getKey(), to)));
    }

    static Stream<Arguments> illegalMoves() {
        return Stream.of(StudentStatus.values())
                .flatMap(from -> Stream.of(StudentStatus.values())
                        .filter(to -> !LEGAL.get(from).contains(to))
                        .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalMoves")
    void legalMoveChangesTheStatusAndPublishesIt(StudentStatus from, StudentStatus to) {
        Student student = Students.in(from);
        Change<Student> outcome = student.moveTo(to, TODAY, "because", TODAY, WarningPolicy.DEFAULT);
        assertThat(outcome.state().status()).isEqualTo(to);
        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.student." + to.name().toLowerCase() + ".v1");
            assertThat(Students.payload(e).status()).isEqualTo(to);
            assertThat(Students.payload(e).transition().from()).isEqualTo(from);
            assertThat(Students.payload(e).transition().to()).isEqualTo(to);
        });
        Transition last =
                outcome.state().history().get(outcome.state().history().size() - 1);
        assertThat(last).isEqualTo(new Transition(from, to, TODAY, "because"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalMoves")
    void illegalMoveIsRefusedNamingTheAllowedOnes(StudentStatus from, StudentStatus to) {
        Student student = Students.in(from);
        assertThatThrownBy(() -> student.moveTo(to, TODAY, null, TODAY, WarningPolicy.DEFAULT))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from.name());
                    assertThat(e.to()).isEqualTo(to.name());
                    assertThat(e.allowed())
                            .containsExactlyInAnyOrderElementsOf(
                                    LEGAL.get(from).stream().map(Enum::name).toList());
                });
    }

    @Test
    void theMatrixCoversEveryPairOfStates() {
        assertThat(legalMoves().count() + illegalMoves().count()).isEqualTo(36);
        assertThat(legalMoves().count()).isEqualTo(9);
    }

    @Test
    void onlyGraduatedAndWithdrawnStudentsAreNoLongerCurrent() {
        assertThat(Stream.of(StudentStatus.values()).filter(s -> !s.isCurrent()))
                .containsExactly(GRADUATED, WITHDRAWN);
    }

    @Test
    void aNewStudentIsAdmittedUnlessAppliedOrGivenTheDateOfALaterStatus() {
        assertThat(Students.registered(null, null).status()).isEqualTo(ADMITTED);
        assertThat(Students.registered(APPLIED, null).status()).isEqualTo(APPLIED);
        for (StudentStatus later : List.of(ENROLLED, SUSPENDED, GRADUATED, WITHDRAWN)) {
            // without the date the student reached it, a later status is refused naming that date's field
            assertThatThrownBy(() -> Students.registered(later, null))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo(StatusDates.field(later)));
        }
    }

    @Test
    void aStudentAsTheyAreHasTheHistoryOfTheirDatesAndAMigratedEvent() {
        var dates = new StatusDates(null, TODAY.minusDays(100), TODAY.minusDays(60), null, null, null);
        var change = Student.register(
                java.util.UUID.randomUUID(),
                ENROLLED,
                dates,
                Students.registered(null, null).profile(),
                org.openintl.platform.country.Countries.load().require("nationality", "KR"),
                new org.openintl.platform.privacy.Sealed("k", "x"),
                "k:index",
                List.of(),
                TODAY,
                WarningPolicy.DEFAULT);
        assertThat(change.state().history())
                .extracting(Transition::to, Transition::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ADMITTED, TODAY.minusDays(100)),
                        org.assertj.core.groups.Tuple.tuple(ENROLLED, TODAY.minusDays(60)));
        assertThat(change.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("intl.student.enrolled.v1");
            assertThat(e.migrated()).isTrue();
        });
        assertThat(Students.registered(null, null).history()).hasSize(1);
    }

    @Test
    void aMoveCannotBeDatedInTheFutureOrBeforeThePreviousOne() {
        Student admitted = Students.in(ADMITTED);
        assertThatThrownBy(() -> admitted.moveTo(ENROLLED, TODAY.plusDays(1), null, TODAY, WarningPolicy.DEFAULT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> admitted.moveTo(ENROLLED, TODAY.minusDays(1), null, TODAY, WarningPolicy.DEFAULT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the previous move");
        assertThat(admitted.moveTo(ENROLLED, null, null, TODAY, WarningPolicy.DEFAULT)
                        .state()
                        .history()
                        .get(2)
                        .date())
                .isEqualTo(TODAY);
    }
}
