package org.openintl.student.importing;

import static org.openintl.platform.imports.ImportColumn.choice;
import static org.openintl.platform.imports.ImportColumn.country;
import static org.openintl.platform.imports.ImportColumn.date;
import static org.openintl.platform.imports.ImportColumn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openintl.platform.imports.ImportColumn;
import org.openintl.student.document.DocumentType;
import org.openintl.student.document.VisaCategory;
import org.openintl.student.student.Category;
import org.openintl.student.student.FundingType;
import org.openintl.student.student.Gender;
import org.openintl.student.student.StatusDates;
import org.openintl.student.student.StudentStatus;

/**
 * The columns of the students' import and export files: the API's field names, nested ones flattened ({@code
 * fundingType}, {@code contactEmail}). Personal columns are never quoted in a row's error.
 */
final class StudentColumns {

    static final String FAMILY_NAME = "familyName";
    static final String GIVEN_NAME = "givenName";
    static final String CHINESE_NAME = "chineseName";
    static final String NATIONALITY = "nationality";
    static final String GENDER = "gender";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String PASSPORT_NUMBER = "passportNumber";
    static final String CATEGORY = "category";
    static final String COLLEGE = "college";
    static final String PROGRAM = "program";
    static final String FUNDING_TYPE = "fundingType";
    static final String FUNDING_PROGRAM = "fundingProgram";
    static final String PARTNERSHIP_ID = "partnershipId";
    static final String COUNSELOR = "counselor";
    static final String EXPECTED_GRADUATION = "expectedGraduation";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTACT_PHONE = "contactPhone";
    static final String ACCOMMODATION_SINCE = "accommodationSince";
    static final String STATUS = "status";
    static final String VISA_CATEGORY = "visaCategory";
    static final String VISA_ENTRY_DATE = "visaEntryDate";

    /** The dates of the moves that led to the status ({@code appliedOn} ... {@code withdrawnOn}), in lifecycle order. */
    static final List<StudentStatus> DATED = List.of(StudentStatus.values());

    /** A document's columns: {@code <prefix>Number}, {@code <prefix>IssueDate}, {@code <prefix>ExpiryDate}. */
    static String documentPrefix(DocumentType type) {
        String[] words = type.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return b.toString();
    }

    static String number(DocumentType type) {
        return documentPrefix(type) + "Number";
    }

    static String issueDate(DocumentType type) {
        return documentPrefix(type) + "IssueDate";
    }

    static String expiryDate(DocumentType type) {
        return documentPrefix(type) + "ExpiryDate";
    }

    private static List<ImportColumn> all() {
        List<ImportColumn> all = new ArrayList<>(BASE);
        for (StudentStatus s : DATED) {
            String zh = STATUS_ZH.get(s);
            all.add(date(
                    StatusDates.field(s),
                    false,
                    "Date the student became " + s + " (YYYY-MM-DD; not in the future, in lifecycle order)",
                    "成为" + zh + "的日期（年-月-日，不晚于今天，按流程先后）"));
        }
        for (DocumentType t : DocumentType.values()) {
            String zh = DOCUMENT_ZH.get(t);
            if (t != DocumentType.PASSPORT) {
                // the passport's number is the student's passportNumber
                all.add(text(number(t), false, t + " number", zh + "号码").asPersonal());
            }
            all.add(date(
                    issueDate(t),
                    false,
                    t + " issue date (for ACCOMMODATION_REGISTRATION: the day of registration)",
                    zh + "签发日期（住宿登记为登记日期）"));
            all.add(date(expiryDate(t), false, t + " expiry date", zh + "有效期至"));
            if (t == DocumentType.VISA) {
                all.add(choice(VISA_CATEGORY, false, VisaCategory.class, "Visa category (X1, X2, ...)", "签证类别"));
                all.add(date(VISA_ENTRY_DATE, false, "Day of entry into China with this visa", "持此签证入境日期"));
            }
        }
        return List.copyOf(all);
    }

    private static final Map<StudentStatus, String> STATUS_ZH = Map.of(
            StudentStatus.APPLIED, "已申请",
            StudentStatus.ADMITTED, "已录取",
            StudentStatus.ENROLLED, "已注册在读",
            StudentStatus.SUSPENDED, "休学",
            StudentStatus.GRADUATED, "已毕业",
            StudentStatus.WITHDRAWN, "退学");

    private static final Map<DocumentType, String> DOCUMENT_ZH = Map.of(
            DocumentType.PASSPORT, "护照",
            DocumentType.VISA, "签证",
            DocumentType.RESIDENCE_PERMIT, "居留许可",
            DocumentType.JW201, "JW201表",
            DocumentType.JW202, "JW202表",
            DocumentType.ACCOMMODATION_REGISTRATION, "住宿登记",
            DocumentType.INSURANCE, "保险");

    private static final List<ImportColumn> BASE = List.of(
            text(FAMILY_NAME, true, "Family name as in the passport", "姓（与护照一致）"),
            text(GIVEN_NAME, false, "Given name as in the passport", "名（与护照一致）"),
            text(CHINESE_NAME, false, "Chinese name, if any", "中文名（如有）"),
            country(NATIONALITY, true, "Nationality, ISO 3166-1 alpha-2 code (KR, VN, ...)", "国籍，两位国家代码（如 KR、VN）"),
            choice(GENDER, false, Gender.class, "Gender as in the passport", "性别（与护照一致）"),
            date(DATE_OF_BIRTH, true, "Date of birth (YYYY-MM-DD)", "出生日期（年-月-日）")
                    .asPersonal(),
            text(PASSPORT_NUMBER, true, "Passport number, 5 to 20 letters and digits", "护照号码，5至20位字母或数字")
                    .asPersonal(),
            choice(CATEGORY, true, Category.class, "Student category", "学生类别"),
            text(COLLEGE, true, "College or school", "所在学院"),
            text(PROGRAM, false, "Program or major", "专业"),
            choice(FUNDING_TYPE, true, FundingType.class, "How the studies are funded", "经费来源"),
            text(FUNDING_PROGRAM, false, "Scholarship program (required for CSC)", "奖学金项目（CSC 必填）"),
            text(PARTNERSHIP_ID, false, "Id of the partnership the student came through", "所属合作项目的编号"),
            text(COUNSELOR, false, "Counselor's user name", "辅导员用户名"),
            date(EXPECTED_GRADUATION, false, "Expected graduation (YYYY-MM-DD)", "预计毕业日期"),
            text(CONTACT_EMAIL, false, "E-mail address", "电子邮箱").asPersonal(),
            text(CONTACT_PHONE, false, "Phone number", "电话号码").asPersonal(),
            date(ACCOMMODATION_SINCE, false, "Living off campus since (YYYY-MM-DD)", "校外住宿起始日期")
                    .asPersonal(),
            choice(
                    STATUS,
                    false,
                    StudentStatus.class,
                    "Current status (ADMITTED when empty)",
                    "当前状态（空白时为 ADMITTED 已录取）"));

    /** Declared after the lists it is built from (static fields are initialised in order). */
    static final List<ImportColumn> ALL = all();

    private StudentColumns() {}
}
