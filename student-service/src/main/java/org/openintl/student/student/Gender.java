package org.openintl.student.student;

/** Gender as in the passport; UNSPECIFIED when not given. */
public enum Gender {
    FEMALE,
    MALE,
    UNSPECIFIED
}
