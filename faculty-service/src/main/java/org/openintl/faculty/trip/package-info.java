/**
 * Staff going abroad (教师出国研修 and outbound visits): a trip or study period per staff member, its approval, the
 * journey and the report due after the return; the host and agreement checked against the partnership projection.
 */
package org.openintl.faculty.trip;
