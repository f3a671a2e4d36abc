package org.openintl.partnership.partnership;

/** The kinds of relationship the office tracks. */
public enum PartnershipType {
    MOU,
    STUDENT_EXCHANGE,
    STAFF_EXCHANGE,
    /** 中外合作办学项目: a Sino-foreign cooperative education program, approved by the MOE. */
    JOINT_PROGRAM,
    /** 中外合作办学机构: a Sino-foreign cooperative education institute, approved by the MOE. */
    JOINT_INSTITUTE,
    /** A joint laboratory or research cooperation platform. */
    RESEARCH_PLATFORM,
    /** 境外办学: a school the university runs abroad. */
    SCHOOL_ABROAD,
    /** Overseas talent and foreign experts programs. */
    TALENT_PROGRAM;

    public boolean hasMoeRecord() {
        return this == JOINT_PROGRAM || this == JOINT_INSTITUTE;
    }
}
