package org.openintl.news.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.Category;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Generation;
import org.openintl.news.article.Theme;
import org.openintl.news.article.TranslationStatus;
import org.openintl.news.partnership.LocalizedName;
import org.openintl.news.partnership.PartnerSnapshot;
import org.openintl.news.partnership.PartnershipSnapshot;

class GeneratedDraftsUnitTest {

    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 5, 20);
    private final UUID partner = UUID.randomUUID();

    private PartnershipSnapshot partnership(String type, LocalizedName title, String unit) {
        return new PartnershipSnapshot(
                UUID.randomUUID(),
                "SIGNED",
                type,
                title,
                List.of(new PartnerSnapshot(
                        partner, new LocalizedName(null, "University of Edinburgh", null), "GB", "EUROPE", false)),
                unit,
                SIGNED_ON,
                null,
                false,
                SIGNED_ON);
    }

    @Test
    void writesASigningDraftInChineseAndEnglishLinkedToThePartnership() {
        PartnershipSnapshot p = partnership(
                "JOINT_PROGRAM",
                new LocalizedName("中英计算机科学本科合作办学项目", "BSc Computer Science joint program", null),
                "计算机学院");
        ArticleContent c = SigningDraft.content(p, SIGNED_ON, ContentLimits.DEFAULT);

        assertThat(c.category()).isEqualTo(Category.SIGNING);
        assertThat(c.translations().zh().title()).isEqualTo("我校与University of Edinburgh签署《中英计算机科学本科合作办学项目》");
        assertThat(c.translations().zh().summary())
                .isEqualTo("2026年5月20日，我校与英国的University of Edinburgh签署《中英计算机科学本科合作办学项目》，由计算机学院负责实施。");
        assertThat(c.translations().en().title())
                .isEqualTo("Agreement signed with University of Edinburgh: BSc Computer Science joint program");
        assertThat(c.translations().en().summary()).startsWith("On 20 May 2026, the university signed");
        assertThat(c.translations().ko().status()).isEqualTo(TranslationStatus.MISSING);
        assertThat(c.partnershipIds()).containsExactly(p.id());
        assertThat(c.partnerIds()).containsExactly(partner);
        assertThat(c.units()).containsExactly("计算机学院");
        assertThat(c.eventDate()).isEqualTo(SIGNED_ON);
        assertThat(c.themes()).containsExactly(Theme.SINO_FOREIGN_COOPERATION);
    }

    @Test
    void writesADraftEvenFromASparsePartnership() {
        ArticleContent c = SigningDraft.content(partnership("MOU", null, null), SIGNED_ON, ContentLimits.DEFAULT);
        assertThat(c.translations().zh().title()).isEqualTo("我校与University of Edinburgh签署合作协议");
        assertThat(c.themes()).isEmpty();
        assertThat(c.units()).isEmpty();
    }

    @Test
    void shortensGeneratedTextsToTheLimitsInsteadOfFailing() {
        String longTitle = "协".repeat(400);
        ArticleContent c = SigningDraft.content(
                partnership("RESEARCH_PLATFORM", new LocalizedName(longTitle, null, null), null),
                SIGNED_ON,
                ContentLimits.DEFAULT);
        assertThat(c.translations().zh().title()).hasSize(300).endsWith("…");
        assertThat(c.themes()).containsExactly(Theme.RESEARCH_COOPERATION);
    }

    @Test
    void mapsEveryPartnershipTypeToItsLineOfWork() {
        assertThat(SigningDraft.themes(partnership("SCHOOL_ABROAD", null, null)))
                .containsExactly(Theme.SCHOOLS_ABROAD);
        assertThat(SigningDraft.themes(partnership("TALENT_PROGRAM", null, null)))
                .containsExactly(Theme.INTERNATIONAL_FACULTY);
        assertThat(SigningDraft.themes(partnership("STUDENT_EXCHANGE", null, null)))
                .containsExactly(Theme.TALENT_TRAINING);
        assertThat(SigningDraft.themes(partnership("JOINT_INSTITUTE", null, null)))
                .containsExactly(Theme.SINO_FOREIGN_COOPERATION);
    }

    @Test
    void writesTheFirstStudentDraftWithoutAnythingPersonal() {
        UUID partnershipId = UUID.randomUUID();
        var enrolment = new FirstStudentDraft.Enrolment(
                "KZ", "ASIA", true, "土木工程学院", "土木工程", partnershipId, LocalDate.of(2026, 9, 1));
        ArticleContent c = FirstStudentDraft.content(enrolment, true, ContentLimits.DEFAULT);

        assertThat(c.category()).isEqualTo(Category.STUDENT_LIFE);
        assertThat(c.themes()).containsExactly(Theme.STUDY_IN_CHINA);
        assertThat(c.translations().zh().title()).isEqualTo("首位来自哈萨克斯坦的留学生入学");
        assertThat(c.translations().zh().summary())
                .isEqualTo("2026年9月1日，首位来自哈萨克斯坦（亚洲）的国际学生入读土木工程学院土木工程专业。哈萨克斯坦是“一带一路”沿线国家。");
        assertThat(c.translations().en().title()).isEqualTo("First student from Kazakhstan enrols");
        assertThat(c.partnershipIds()).containsExactly(partnershipId);
        assertThat(FirstStudentDraft.content(enrolment, false, ContentLimits.DEFAULT)
                        .partnershipIds())
                .isEmpty();
    }

    @Test
    void derivesOneArticleIdPerOccasion() {
        var first = new Generation(Generation.Reason.PARTNERSHIP_SIGNED, "p-1", "intl.partnership.signed.v1", "e-1");
        var redelivered =
                new Generation(Generation.Reason.PARTNERSHIP_SIGNED, "p-1", "intl.partnership.signed.v1", "e-2");
        var other = new Generation(Generation.Reason.FIRST_STUDENT_OF_NATIONALITY, "p-1", "x", "e-1");
        assertThat(first.articleId()).isEqualTo(redelivered.articleId()).isNotEqualTo(other.articleId());
    }
}
