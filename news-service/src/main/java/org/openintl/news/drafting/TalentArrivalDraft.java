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
 * The draft for a high-end overseas talent's arrival (海外高层次人才引进), the international-faculty line of work.
 * Names nobody: the event carries no name, and the editor adds the person once they agree to be named.
 */
final class TalentArrivalDraft {

    private TalentArrivalDraft() {}

    /** What the arrival event says, without anything personal. */
    record Arrival(
            UUID talentId,
            String nationality,
            String continent,
            Boolean beltAndRoad,
            String program,
            String college,
            String field,
            LocalDate date) {}

    static ArticleContent content(Arrival a, ContentLimits limits) {
        String countryZh = Texts.isCountryCode(a.nationality()) ? Texts.countryZh(a.nationality()) : null;
        String countryEn = Texts.isCountryCode(a.nationality()) ? Texts.countryEn(a.nationality()) : null;
        boolean hasCollege = !Texts.blank(a.college());
        boolean hasField = !Texts.blank(a.field());
        boolean hasProgram = !Texts.blank(a.program());

        String zhTitle = "海外高层次人才加盟" + (hasCollege ? a.college().strip() : "我校");
        String enTitle =
                "High-level overseas talent joins " + (hasCollege ? a.college().strip() : "the university");

        StringBuilder zh = new StringBuilder(Texts.dateZh(a.date())).append("，一位");
        if (countryZh != null) {
            zh.append("来自").append(countryZh).append("的");
        }
        if (hasField) {
            zh.append(a.field().strip()).append("领域");
        }
        zh.append("海外高层次人才到校履职");
        if (hasCollege) {
            zh.append("，加盟").append(a.college().strip());
        }
        zh.append("。");
        if (hasProgram) {
            zh.append("其入选").append(a.program().strip()).append("。");
        }
        if (Boolean.TRUE.equals(a.beltAndRoad()) && countryZh != null) {
            zh.append(countryZh).append("是“一带一路”沿线国家。");
        }

        StringBuilder en =
                new StringBuilder("On ").append(Texts.dateEn(a.date())).append(", a high-level ");
        if (hasField) {
            en.append("expert in ").append(a.field().strip()).append(' ');
        } else {
            en.append("overseas expert ");
        }
        if (countryEn != null) {
            en.append("from ").append(countryEn).append(' ');
        }
        en.append("arrived to join ")
                .append(hasCollege ? a.college().strip() : "the university")
                .append('.');
        if (hasProgram) {
            en.append(" The appointment is under the ")
                    .append(a.program().strip())
                    .append('.');
        }
        if (Boolean.TRUE.equals(a.beltAndRoad()) && countryEn != null) {
            en.append(' ').append(countryEn).append(" is a Belt and Road country.");
        }

        return new ArticleContent(
                new Translations(
                        translation(Language.zh, zhTitle, zh.toString(), limits),
                        translation(Language.en, enTitle, en.toString(), limits),
                        null),
                Category.ANNOUNCEMENT,
                List.of(Theme.INTERNATIONAL_FACULTY),
                a.date(),
                null,
                List.of(),
                hasCollege ? List.of(a.college().strip()) : List.of(),
                List.of(),
                List.of());
    }

    static Translation translation(Language l, String title, String lead, ContentLimits limits) {
        return Translation.of(
                l,
                Texts.clip(title, limits.titleMaxChars()),
                Texts.clip(lead, limits.summaryMaxChars()),
                null,
                null,
                null,
                limits);
    }
}
