package org.openintl.faculty.trip;

/** Who pays the trip. */
public enum FundingSource {
    UNIVERSITY,
    CSC,
    GOVERNMENT,
    HOST,
    PROJECT,
    SELF_FUNDED
}
