package org.openintl.partnership.importing;

import static org.openintl.platform.imports.ImportColumn.bool;
import static org.openintl.platform.imports.ImportColumn.choice;
import static org.openintl.platform.imports.ImportColumn.country;
import static org.openintl.platform.imports.ImportColumn.text;

import java.util.List;
import org.openintl.partnership.partner.PartnerType;
import org.openintl.platform.imports.ImportColumn;

/**
 * The columns of the partners' files: the API's fields, {@code name} per language and the first contact flattened.
 * The contact's columns are personal: a row's error never quotes them.
 */
final class PartnerColumns {

    static final String NAME_ZH = "nameZh";
    static final String NAME_EN = "nameEn";
    static final String NAME_KO = "nameKo";
    static final String ORIGINAL_NAME = "originalName";
    static final String COUNTRY = "country";
    static final String CITY = "city";
    static final String TYPE = "type";
    static final String WEBSITE = "website";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_ROLE = "contactRole";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTACT_PHONE = "contactPhone";
    static final String ARCHIVED = "archived";

    static final List<ImportColumn> ALL = List.of(
            text(NAME_ZH, false, "Name in Chinese (at least one of nameZh, nameEn, nameKo)", "中文名称（中、英、韩至少填一项）"),
            text(NAME_EN, false, "Name in English", "英文名称"),
            text(NAME_KO, false, "Name in Korean", "韩文名称"),
            text(ORIGINAL_NAME, false, "Name in the partner's own language and script", "原文名称"),
            country(COUNTRY, true, "Country, ISO 3166-1 alpha-2 code (KR, GB, ...)", "国家（ISO 两位代码）"),
            text(CITY, false, "City", "城市"),
            choice(TYPE, true, PartnerType.class, "Kind of institution", "机构类型"),
            text(WEBSITE, false, "Website, an http(s) URL", "网址（http/https）"),
            text(CONTACT_NAME, false, "The office's contact person at the partner", "对方联系人姓名")
                    .asPersonal(),
            text(CONTACT_ROLE, false, "Their role", "联系人职务").asPersonal(),
            text(CONTACT_EMAIL, false, "Their e-mail address", "联系人邮箱").asPersonal(),
            text(CONTACT_PHONE, false, "Their phone number", "联系人电话").asPersonal(),
            bool(ARCHIVED, false, "true for a partner the office no longer works with", "是否已归档（不再合作）"));

    /** Read-only columns an export adds after the import's. */
    static final List<String> READ_ONLY = List.of("id", "continent", "beltAndRoad");

    private PartnerColumns() {}
}
