package org.openintl.platform.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * What a record stores about its warnings after the deadlines were derived or a scan ran.
 *
 * @param due the warnings to publish now (as events), empty when nothing entered a new window
 * @param announced the keys of the warnings published so far that still belong to a current deadline
 * @param nextWarningOn the first day a deadline enters a window not announced yet, {@code null} when none will
 */
public record Announcements<D extends Deadline>(List<Warning<D>> due, List<String> announced, LocalDate nextWarningOn) {

    public Announcements {
        due = List.copyOf(due);
        announced = List.copyOf(announced);
    }
}
