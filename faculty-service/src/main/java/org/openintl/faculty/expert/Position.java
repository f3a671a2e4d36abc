package org.openintl.faculty.expert;

/** What the expert is employed for. */
public enum Position {
    TEACHING,
    RESEARCH,
    MANAGEMENT
}
