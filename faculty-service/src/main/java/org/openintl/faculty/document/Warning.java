package org.openintl.faculty.document;

/**
 * A deadline entering one of its announcement windows.
 *
 * @param window the window in days (e.g. 30: "due within 30 days")
 * @param daysLeft days from today to the due date; negative when overdue
 */
public record Warning(Deadline deadline, int window, long daysLeft) {

    public String key() {
        return deadline.warningKey(window);
    }
}
