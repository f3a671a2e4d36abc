package org.openintl.news.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openintl.news.article.ArticleContent;
import org.openintl.news.article.Category;
import org.openintl.news.article.ContentLimits;
import org.openintl.news.article.Language;
import org.openintl.news.article.Theme;
import org.openintl.news.article.Translations;
import org.openintl.news.partnership.PartnerSnapshot;
import org.openintl.news.partnership.PartnershipSnapshot;

/**
 * The draft for a delegation back from abroad (出访团组): category VISIT_OUTBOUND, linked to the host partner and the
 * agreement when the trip names them (the agreement only when this service knows it, as every link must be). Names no
 * member of the delegation: the events carry none.
 */
final class DelegationReturnDraft {

    private DelegationReturnDraft() {}

    /** What the return event says, without anything personal. */
    record Delegation(
            UUID tripId,
            String college,
            List<String> countries,
            UUID hostPartnerId,
            String hostInstitution,
            UUID partnershipId,
            LocalDate departedOn,
            LocalDate returnedOn) {

        Delegation {
            countries = countries == null ? List.of() : List.copyOf(countries);
        }
    }

    static ArticleContent content(Delegation d, PartnershipSnapshot partnership, ContentLimits limits) {
        List<String> countries =
                d.countries().stream().filter(Texts::isCountryCode).toList();
        String countriesZh = countries.stream().map(Texts::countryZh).collect(Collectors.joining("、"));
        String countriesEn = countries.stream().map(Texts::countryEn).collect(Collectors.joining(", "));
        PartnerSnapshot host = host(d.hostPartnerId(), partnership);
        String hostZh = host != null && host.name() != null ? host.name().prefer("zh", "en", "ko") : null;
        String hostEn = host != null && host.name() != null ? host.name().prefer("en", "zh", "ko") : null;
        if (hostZh == null && !Texts.blank(d.hostInstitution())) {
            hostZh = d.hostInstitution().strip();
            hostEn = hostZh;
        }
        boolean hasCollege = !Texts.blank(d.college());
        String unitZh = hasCollege ? d.college().strip() : "我校";
        String unitEn = hasCollege ? d.college().strip() : "the university";

        String zhTitle = unitZh + "代表团" + (countriesZh.isEmpty() ? "出访" : "访问" + countriesZh) + "归来";
        String enTitle = (hasCollege ? unitEn : "University") + " delegation returns"
                + (countriesEn.isEmpty() ? " from abroad" : " from " + countriesEn);

        StringBuilder zh = new StringBuilder();
        if (d.departedOn() != null) {
            zh.append(Texts.dateZh(d.departedOn())).append("至");
        }
        zh.append(Texts.dateZh(d.returnedOn())).append("，").append(unitZh).append("代表团");
        zh.append(countriesZh.isEmpty() ? "出访" : "访问" + countriesZh);
        if (hostZh != null) {
            zh.append("，与").append(hostZh).append("开展交流");
        }
        zh.append("。");
        if (partnership != null
                && partnership.title() != null
                && partnership.title().prefer("zh", "en") != null) {
            zh.append("此次出访在《").append(partnership.title().prefer("zh", "en")).append("》框架下进行。");
        }

        StringBuilder en = new StringBuilder("A delegation of ").append(unitEn).append(" visited ");
        en.append(countriesEn.isEmpty() ? "partners abroad" : countriesEn);
        if (d.departedOn() != null) {
            en.append(" from ")
                    .append(Texts.dateEn(d.departedOn()))
                    .append(" to ")
                    .append(Texts.dateEn(d.returnedOn()));
        } else {
            en.append(", returning on ").append(Texts.dateEn(d.returnedOn()));
        }
        if (hostEn != null) {
            en.append(", meeting ").append(hostEn);
        }
        en.append('.');
        if (partnership != null
                && partnership.title() != null
                && partnership.title().prefer("en", "zh") != null) {
            en.append(" The visit was part of the agreement “")
                    .append(partnership.title().prefer("en", "zh"))
                    .append("”.");
        }

        List<UUID> partnerIds = new ArrayList<>();
        if (d.hostPartnerId() != null) {
            partnerIds.add(d.hostPartnerId());
        }
        return new ArticleContent(
                new Translations(
                        TalentArrivalDraft.translation(Language.zh, zhTitle, zh.toString(), limits),
                        TalentArrivalDraft.translation(Language.en, enTitle, en.toString(), limits),
                        null),
                Category.VISIT_OUTBOUND,
                List.of(Theme.INTERNATIONAL_FACULTY),
                d.returnedOn(),
                null,
                List.of(),
                hasCollege ? List.of(d.college().strip()) : List.of(),
                partnerIds,
                partnership != null ? List.of(partnership.id()) : List.of());
    }

    private static PartnerSnapshot host(UUID hostPartnerId, PartnershipSnapshot partnership) {
        if (hostPartnerId == null || partnership == null) {
            return null;
        }
        return partnership.partners().stream()
                .filter(p -> Objects.equals(p.id(), hostPartnerId))
                .findFirst()
                .orElse(null);
    }
}
