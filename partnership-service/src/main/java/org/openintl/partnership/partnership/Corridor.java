package org.openintl.partnership.partnership;

/** The policy frame a school abroad belongs to. */
public enum Corridor {
    BELT_AND_ROAD,
    /** 西部陆海新通道. */
    NEW_LAND_SEA_CORRIDOR,
    OTHER
}
