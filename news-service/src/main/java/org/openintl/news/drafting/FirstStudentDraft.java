package org.openintl.news.drafting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.Category;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.news.article.Translation;
import org.openintl.news.article.Translations;

/**
 * The draft for the first student of a nationality to enroll: a milestone of the studying-in-China line of work
 * (students by country is one of the numbers the office is measured by). Names no student: events carry none, and an
 * article must not either.
 */
final class FirstStudentDraft {

    private FirstStudentDraft() {}

    /** What the enrolment event says, without anything personal. */
    record Enrolment(
            String nationality,
            String continent,
            Boolean beltAndRoad,
            String college,
            String program,
            UUID partnershipId,
            LocalDate date) {}

    static ArticleContent content(Enrolment e, boolean partnershipKnown, ContentLimits limits) {
        String countryZh = Texts.countryZh(e.nationality());
        String countryEn = Texts.countryEn(e.nationality());
        String continentZh = Texts.continentZh(e.continent());
        String continentEn = Texts.continentEn(e.continent());
        boolean beltAndRoad = Boolean.TRUE.equals(e.beltAndRoad());

        String zhTitle = "首位来自" + countryZh + "的留学生入学";
        String enTitle = "First student from " + countryEn + " enrols";

        StringBuilder zh =
                new StringBuilder(Texts.dateZh(e.date())).append("，首位来自").append(countryZh);
        if (continentZh != null) {
            zh.append("（").append(continentZh).append("）");
        }
        zh.append("的国际学生");
        if (!Texts.blank(e.college())) {
            zh.append("入读").append(e.college().strip());
            if (!Texts.blank(e.program())) {
                zh.append(e.program().strip()).append("专业");
            }
        } else {
            zh.append("入学");
        }
        zh.append("。");
        if (beltAndRoad) {
            zh.append(countryZh).append("是“一带一路”沿线国家。");
        }

        StringBuilder en = new StringBuilder("On ")
                .append(Texts.dateEn(e.date()))
                .append(", the first international student from ")
                .append(countryEn);
        if (continentEn != null) {
            en.append(" (").append(continentEn).append(")");
        }
        en.append(" enrolled");
        if (!Texts.blank(e.college())) {
            en.append(" at ").append(e.college().strip());
            if (!Texts.blank(e.program())) {
                en.append(", in ").append(e.program().strip());
            }
        }
        en.append('.');
        if (beltAndRoad) {
            en.append(' ').append(countryEn).append(" is a Belt and Road country.");
        }

        return new ArticleContent(
                new Translations(
                        Translation.of(
                                Language.zh,
                                Texts.clip(zhTitle, limits.titleMaxChars()),
                                Texts.clip(zh.toString(), limits.summaryMaxChars()),
                                null,
                                null,
                                null,
                                limits),
                        Translation.of(
                                Language.en,
                                Texts.clip(enTitle, limits.titleMaxChars()),
                                Texts.clip(en.toString(), limits.summaryMaxChars()),
                                null,
                                null,
                                null,
                                limits),
                        null),
                Category.STUDENT_LIFE,
                List.of(Theme.STUDY_IN_CHINA),
                e.date(),
                null,
                List.of(),
                Texts.blank(e.college()) ? List.of() : List.of(e.college().strip()),
                List.of(),
                partnershipKnown && e.partnershipId() != null ? List.of(e.partnershipId()) : List.of());
    }
}
