package org.openintl.partnership.importing;

import static org.openintl.platform.imports.ImportColumn.bool;
import static org.openintl.platform.imports.ImportColumn.choice;
import static org.openintl.platform.imports.ImportColumn.country;
import static org.openintl.platform.imports.ImportColumn.date;
import static org.openintl.platform.imports.ImportColumn.number;
import static org.openintl.platform.imports.ImportColumn.text;

import java.util.List;
import org.openintl.partnership.partnership.Corridor;
import org.openintl.partnership.partnership.PartnershipStatus;
import org.openintl.partnership.partnership.PartnershipType;
import org.openintl.partnership.partnership.ProgramLevel;
import org.openintl.platform.imports.ImportColumn;

/**
 * The columns of the partnerships' files: the API's fields, nested ones flattened ({@code titleZh},
 * {@code programApprovalNumber}, {@code schoolAbroadCorridor}); lists separated by {@code ;}. The partners are named
 * by id ({@code partnerIds}) or, for a file from before this system, by name and country ({@code partnerNames}:
 * {@code Korea University (KR); 首尔大学 (KR)}), as imported with the partners' file.
 */
final class PartnershipColumns {

    static final String TITLE_ZH = "titleZh";
    static final String TITLE_EN = "titleEn";
    static final String TITLE_KO = "titleKo";
    static final String TYPE = "type";
    static final String PARTNER_IDS = "partnerIds";
    static final String PARTNER_NAMES = "partnerNames";
    static final String RESPONSIBLE_UNIT = "responsibleUnit";
    static final String COORDINATOR = "coordinator";
    static final String START_DATE = "startDate";
    static final String END_DATE = "endDate";
    static final String AUTO_RENEWAL = "autoRenewal";
    static final String NOTICE_DAYS = "noticeDays";
    static final String NOTES = "notes";
    static final String STATUS = "status";
    static final String NEGOTIATING_ON = "negotiatingOn";
    static final String SIGNED_ON = "signedOn";
    static final String IN_FORCE_FROM = "inForceFrom";
    static final String SUSPENDED_ON = "suspendedOn";
    static final String EXPIRED_ON = "expiredOn";
    static final String TERMINATED_ON = "terminatedOn";
    static final String APPROVAL_NUMBER = "programApprovalNumber";
    static final String LEVEL = "programLevel";
    static final String MAJORS = "programMajors";
    static final String ANNUAL_QUOTA = "programAnnualQuota";
    static final String ENROLMENT_START_YEAR = "programEnrolmentStartYear";
    static final String ENROLMENT_END_YEAR = "programEnrolmentEndYear";
    static final String APPROVAL_EXPIRY = "programApprovalExpiry";
    static final String EVALUATIONS = "programEvaluations";
    static final String HOST_COUNTRY = "schoolAbroadHostCountry";
    static final String CORRIDOR = "schoolAbroadCorridor";

    /** The dated moves, in lifecycle order (the same names as the API's). */
    static final List<String> DATES =
            List.of(NEGOTIATING_ON, SIGNED_ON, IN_FORCE_FROM, SUSPENDED_ON, EXPIRED_ON, TERMINATED_ON);

    static final List<ImportColumn> ALL = List.of(
            text(TITLE_ZH, false, "Title in Chinese (at least one of titleZh, titleEn, titleKo)", "中文名称（中、英、韩至少填一项）"),
            text(TITLE_EN, false, "Title in English", "英文名称"),
            text(TITLE_KO, false, "Title in Korean", "韩文名称"),
            choice(TYPE, true, PartnershipType.class, "Kind of agreement", "合作类型"),
            text(
                    PARTNER_IDS,
                    false,
                    "Partner ids, separated by ; (or give partnerNames)",
                    "合作方编号，多个用 ; 分隔（或填写 partnerNames）"),
            text(
                    PARTNER_NAMES,
                    false,
                    "Partners by name and country, e.g. Korea University (KR); 首尔大学 (KR)",
                    "合作方名称及国家代码，例如 首尔大学 (KR)，多个用 ; 分隔"),
            text(RESPONSIBLE_UNIT, false, "Responsible unit of the university", "校内负责单位"),
            text(COORDINATOR, false, "Coordinator", "项目负责人"),
            date(START_DATE, false, "Start of the agreement", "协议开始日期"),
            date(END_DATE, false, "End of the agreement (its current term)", "协议结束日期（当前期限）"),
            bool(AUTO_RENEWAL, false, "true when it renews itself at its end", "是否自动续签"),
            number(NOTICE_DAYS, false, "Days of notice before the end", "提前通知天数"),
            text(NOTES, false, "Notes", "备注"),
            choice(
                    STATUS,
                    false,
                    PartnershipStatus.class,
                    "Current status (PROPOSED when empty); give the dates of the moves that led there",
                    "当前状态（空为 PROPOSED），并填写到达该状态的各步日期"),
            date(NEGOTIATING_ON, false, "Day negotiations began (optional)", "开始谈判日期（可选）"),
            date(SIGNED_ON, false, "Day it was signed (SIGNED and later)", "签署日期（SIGNED 及之后的状态必填）"),
            date(IN_FORCE_FROM, false, "Day it came into force (ACTIVE and later)", "生效日期（ACTIVE 及之后的状态必填）"),
            date(SUSPENDED_ON, false, "Day it was suspended (SUSPENDED)", "暂停日期（SUSPENDED 必填）"),
            date(EXPIRED_ON, false, "Day it expired (EXPIRED)", "到期失效日期（EXPIRED 必填）"),
            date(TERMINATED_ON, false, "Day it was terminated (TERMINATED)", "终止日期（TERMINATED 必填）"),
            text(
                    APPROVAL_NUMBER,
                    false,
                    "MOE approval number (JOINT_PROGRAM, JOINT_INSTITUTE)",
                    "教育部批准书编号（中外合作办学项目/机构）"),
            choice(LEVEL, false, ProgramLevel.class, "Program level (with an approval number)", "办学层次"),
            text(MAJORS, false, "Majors, separated by ;", "专业，多个用 ; 分隔"),
            number(ANNUAL_QUOTA, false, "Annual enrolment quota", "年度招生计划"),
            number(ENROLMENT_START_YEAR, false, "First enrolment year", "招生起始年份"),
            number(ENROLMENT_END_YEAR, false, "Last enrolment year", "招生截止年份"),
            date(APPROVAL_EXPIRY, false, "Day the MOE approval expires", "批准书有效期至"),
            text(
                    EVALUATIONS,
                    false,
                    "MOE evaluations: year RESULT next-due-date, separated by ; e.g. 2022 QUALIFIED 2027-06-30",
                    "教育部评估：年份 结果 下次评估日期，多个用 ; 分隔，例如 2022 QUALIFIED 2027-06-30"),
            country(HOST_COUNTRY, false, "Host country of a SCHOOL_ABROAD", "境外办学所在国"),
            choice(CORRIDOR, false, Corridor.class, "Corridor of a SCHOOL_ABROAD", "境外办学所属通道"));

    /** Read-only columns an export adds after the import's. */
    static final List<String> READ_ONLY = List.of("id", "enrolledStudents", "enrolmentSource");

    private PartnershipColumns() {}
}
