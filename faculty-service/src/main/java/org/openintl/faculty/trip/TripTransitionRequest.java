package org.openintl.faculty.trip;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.openintl.platform.input.Text;

/**
 * {@code POST /api/staff-trips/{id}/transitions}.
 *
 * @param date when it happened (for DEPARTED the day of departure, for RETURNED the day of return); today when
 *     absent, never in the future
 * @param approvalNumber the approval's number (批件号); required for APPROVED
 * @param report the trip report; required for REPORTED
 */
public record TripTransitionRequest(
        @NotNull TripStatus to,
        LocalDate date,

        @Size(max = StaffTrip.MAX_NOTE) @Text(max = StaffTrip.MAX_NOTE, multiline = true)
        String note,

        @Size(max = 50) String approvalNumber,

        @Size(max = StaffTrip.MAX_REPORT) @Text(max = StaffTrip.MAX_REPORT, multiline = true)
        String report) {}
