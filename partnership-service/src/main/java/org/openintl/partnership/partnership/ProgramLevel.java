package org.openintl.partnership.partnership;

/** Level of a cooperative education program as approved by the MOE. */
public enum ProgramLevel {
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTORAL
}
