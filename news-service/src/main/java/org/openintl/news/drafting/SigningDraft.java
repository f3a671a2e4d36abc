package org.openintl.news.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.Category;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.news.article.Translation;
import org.openintl.news.article.Translations;
import org.openintl.news.partnership.PartnerSnapshot;
import org.openintl.news.partnership.PartnershipSnapshot;

/**
 * The draft for a signing: category SIGNING, linked to the partnership and its partners, title and lead in Chinese
 * and English written from the event; Korean is left MISSING for the editor.
 */
final class SigningDraft {

    private SigningDraft() {}

    static ArticleContent content(PartnershipSnapshot p, LocalDate signedOn, ContentLimits limits) {
        String titleZh = p.title() == null ? null : p.title().prefer("zh", "en", "ko");
        String titleEn = p.title() == null ? null : p.title().prefer("en", "zh", "ko");
        String partnersZh = names(p.partners(), "zh", "、", "合作伙伴");
        String partnersEn = names(p.partners(), "en", ", ", "a partner institution");
        Set<String> countries = new LinkedHashSet<>();
        p.partners().forEach(pa -> {
            if (pa.country() != null) {
                countries.add(pa.country());
            }
        });
        String countriesZh = countries.stream().map(Texts::countryZh).collect(Collectors.joining("、"));
        String countriesEn = countries.stream().map(Texts::countryEn).collect(Collectors.joining(", "));

        String agreementZh = Texts.blank(titleZh) ? "合作协议" : "《" + titleZh + "》";
        String agreementEn = Texts.blank(titleEn) ? "a cooperation agreement" : "“" + titleEn + "”";
        String zhTitle = "我校与" + partnersZh + "签署" + agreementZh;
        String enTitle = "Agreement signed with " + partnersEn + (Texts.blank(titleEn) ? "" : ": " + titleEn);

        StringBuilder zhLead = new StringBuilder(Texts.dateZh(signedOn)).append("，我校与");
        if (!countriesZh.isEmpty()) {
            zhLead.append(countriesZh).append("的");
        }
        zhLead.append(partnersZh).append("签署").append(agreementZh);
        if (!Texts.blank(p.responsibleUnit())) {
            zhLead.append("，由").append(p.responsibleUnit().strip()).append("负责实施");
        }
        zhLead.append("。");
        StringBuilder enLead = new StringBuilder("On ")
                .append(Texts.dateEn(signedOn))
                .append(", the university signed ")
                .append(agreementEn)
                .append(" with ")
                .append(partnersEn);
        if (!countriesEn.isEmpty()) {
            enLead.append(" (").append(countriesEn).append(")");
        }
        enLead.append('.');
        if (!Texts.blank(p.responsibleUnit())) {
            enLead.append(' ').append(p.responsibleUnit().strip()).append(" is responsible for its implementation.");
        }

        List<UUID> partnerIds = new ArrayList<>();
        p.partners().forEach(pa -> {
            if (pa.id() != null && !partnerIds.contains(pa.id())) {
                partnerIds.add(pa.id());
            }
        });
        return new ArticleContent(
                new Translations(
                        translation(Language.zh, zhTitle, zhLead.toString(), limits),
                        translation(Language.en, enTitle, enLead.toString(), limits),
                        null),
                Category.SIGNING,
                themes(p),
                signedOn,
                null,
                List.of(),
                Texts.blank(p.responsibleUnit())
                        ? List.of()
                        : List.of(p.responsibleUnit().strip()),
                partnerIds,
                List.of(p.id()));
    }

    /**
     * The line of work a partnership belongs to, from its type (partnership-service's {@code PartnershipType}); a
     * type this service does not know, with a cooperative program, is Sino-foreign cooperation in running schools.
     * The editor corrects it if needed.
     */
    static List<Theme> themes(PartnershipSnapshot p) {
        String type = p.type() == null ? "" : p.type();
        switch (type) {
            case "JOINT_PROGRAM":
            case "JOINT_INSTITUTE":
                return List.of(Theme.SINO_FOREIGN_COOPERATION);
            case "RESEARCH_PLATFORM":
                return List.of(Theme.RESEARCH_COOPERATION);
            case "SCHOOL_ABROAD":
                return List.of(Theme.SCHOOLS_ABROAD);
            case "TALENT_PROGRAM":
            case "STAFF_EXCHANGE":
                return List.of(Theme.INTERNATIONAL_FACULTY);
            case "STUDENT_EXCHANGE":
                return List.of(Theme.TALENT_TRAINING);
            default:
                return p.cooperativeProgram() ? List.of(Theme.SINO_FOREIGN_COOPERATION) : List.of();
        }
    }

    private static Translation translation(Language l, String title, String lead, ContentLimits limits) {
        return Translation.of(
                l,
                Texts.clip(title, limits.titleMaxChars()),
                Texts.clip(lead, limits.summaryMaxChars()),
                null,
                null,
                null,
                limits);
    }

    private static String names(List<PartnerSnapshot> partners, String language, String separator, String none) {
        String other = "zh".equals(language) ? "en" : "zh";
        String joined = partners.stream()
                .map(pa -> pa.name() == null ? null : pa.name().prefer(language, other, "ko"))
                .filter(n -> n != null)
                .distinct()
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? none : joined;
    }
}
