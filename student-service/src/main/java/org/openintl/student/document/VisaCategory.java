package org.openintl.student.document;

/**
 * Categories of the ordinary Chinese visa. Students come with X1 (study over 180 days, to be converted into a
 * residence permit within 30 days of entry) or X2 (up to 180 days); the others appear for visiting scholars and
 * family members.
 */
public enum VisaCategory {
    C,
    D,
    F,
    G,
    J1,
    J2,
    L,
    M,
    Q1,
    Q2,
    R,
    S1,
    S2,
    X1,
    X2,
    Z
}
