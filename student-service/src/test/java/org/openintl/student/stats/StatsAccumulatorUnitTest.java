package org.openintl.student.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.platform.country.Countries;
import org.openintl.platform.privacy.Sealed;
import org.openintl.student.document.Deadline;
import org.openintl.student.document.DeadlineRule;
import org.openintl.student.document.DocumentType;
import org.openintl.student.student.Category;
import org.openintl.student.student.Funding;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Gender;
import org.openintl.student.student.Student;
import org.openintl.student.student.StudentProfile;
import org.openintl.student.student.StudentStatus;

/** The figures of the statistics endpoint. */
class StatsAccumulatorUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    @Test
    void countsSharesAndDueDocuments() {
        StatsAccumulator stats = new StatsAccumulator(TODAY);
        stats.add(student(
                "KR",
                Category.BACHELOR,
                FundingType.CSC,
                StudentStatus.ENROLLED,
                List.of(due(TODAY.minusDays(1)), due(TODAY.plusDays(7)), due(TODAY.plusDays(45)))));
        stats.add(student(
                "US",
                Category.LANGUAGE,
                FundingType.SELF_FUNDED,
                StudentStatus.ENROLLED,
                List.of(due(TODAY.plusDays(30)), due(TODAY.plusDays(61)))));
        stats.add(student("RU", Category.DOCTORAL, FundingType.PARTNER, StudentStatus.GRADUATED, List.of()));

        StudentStats s = stats.result();
        assertThat(s.total()).isEqualTo(3);
        assertThat(s.byStatus())
                .containsEntry("ENROLLED", 2L)
                .containsEntry("GRADUATED", 1L)
                .containsEntry("APPLIED", 0L);
        assertThat(s.byNationality())
                .containsExactlyEntriesOf(new java.util.TreeMap<>(java.util.Map.of("KR", 1L, "RU", 1L, "US", 1L)));
        assertThat(s.byContinent())
                .containsEntry("ASIA", 1L)
                .containsEntry("EUROPE", 1L)
                .containsEntry("AFRICA", 0L);
        assertThat(s.byCategory()).containsEntry("LANGUAGE", 1L);
        assertThat(s.byFunding()).containsEntry("SELF_FUNDED", 1L);
        assertThat(s.byCollege()).containsEntry("Economics", 3L);
        assertThat(s.beltAndRoad()).isEqualTo(new StudentStats.Share(2, 0.6667));
        assertThat(s.degree()).isEqualTo(new StudentStats.DegreeSplit(2, 1));
        assertThat(s.funding()).isEqualTo(new StudentStats.FundingSplit(2, 1));
        assertThat(s.documentsDue()).isEqualTo(new StudentStats.DocumentsDue(1, 2, 3, 4));
    }

    @Test
    void noStudentsMeansNoShare() {
        assertThat(new StatsAccumulator(TODAY).result().beltAndRoad()).isEqualTo(new StudentStats.Share(0, 0.0));
    }

    private static Deadline due(LocalDate date) {
        return new Deadline(DocumentType.PASSPORT, DeadlineRule.PASSPORT_EXPIRY, date);
    }

    private static Student student(
            String nationality,
            Category category,
            FundingType funding,
            StudentStatus status,
            List<Deadline> deadlines) {
        var country = Countries.load().require("nationality", nationality);
        return new Student(
                UUID.randomUUID(),
                status,
                new StudentProfile(
                        "Name",
                        null,
                        null,
                        Gender.UNSPECIFIED,
                        category,
                        "Economics",
                        null,
                        new Funding(funding, funding == FundingType.CSC ? "CUP" : null),
                        null,
                        null,
                        null,
                        null),
                country.code(),
                country.continent(),
                country.beltAndRoad(),
                new Sealed("k", "x"),
                false,
                List.of(),
                deadlines,
                List.of(),
                null,
                List.of(),
                null);
    }
}
