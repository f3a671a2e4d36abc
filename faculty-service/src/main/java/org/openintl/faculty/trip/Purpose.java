package org.openintl.faculty.trip;

/** Why the staff member goes abroad: a study period (研修), research, a conference, teaching, or a delegation visit. */
public enum Purpose {
    STUDY,
    RESEARCH,
    CONFERENCE,
    TEACHING,
    DELEGATION
}
