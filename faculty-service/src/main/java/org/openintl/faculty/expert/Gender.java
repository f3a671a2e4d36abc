package org.openintl.faculty.expert;

/** As in the passport. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
