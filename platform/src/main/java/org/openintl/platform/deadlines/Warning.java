package org.openintl.platform.deadlines;

/**
 * A deadline entering one of its announcement windows.
 *
 * @param window the window in days (e.g. 30: "due within 30 days")
 * @param daysLeft days from today to the due date; negative when overdue
 */
public record Warning<D extends Deadline>(D deadline, int window, long daysLeft) {

    public String key() {
        return deadline.warningKey(window);
    }
}
