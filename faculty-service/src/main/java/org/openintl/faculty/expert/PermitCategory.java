package org.openintl.faculty.expert;

/** The category of the Foreigner's Work Permit: A (high-end talent), B (professionals), C (others). */
public enum PermitCategory {
    A,
    B,
    C
}
