package org.openintl.platform.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openintl.platform.domain.InvalidInputException;

/**
 * When deadlines are announced: in each window (by default 60, 30 and 7 days before the due date), once. The
 * current window of a deadline is the smallest one that contains it; a window that was skipped (a document entered
 * with 5 days left) is superseded by the smaller one and never announced late. Overdue deadlines stay in the
 * smallest window, so a deadline first seen after its due date is still announced once.
 */
public record WarningPolicy(List<Integer> windows) {

    public static final WarningPolicy DEFAULT = new WarningPolicy(List.of(60, 30, 7));

    public WarningPolicy {
        if (windows == null || windows.isEmpty()) {
            throw new InvalidInputException("windows", "at least one warning window is required");
        }
        if (windows.stream().anyMatch(w -> w == null || w < 0)) {
            throw new InvalidInputException("windows", "warning windows are days, 0 or more");
        }
        windows = windows.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The smallest window containing the deadline today, if any. */
    public Optional<Integer> currentWindow(Deadline deadline, LocalDate today) {
        long left = daysLeft(deadline, today);
        Integer current = null;
        for (int w : windows) {
            if (left <= w) {
                current = w;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The warnings to announce today: each deadline's current window, unless it or a smaller one was announced. */
    public <D extends Deadline> List<Warning<D>> due(List<D> deadlines, Collection<String> announced, LocalDate today) {
        List<Warning<D>> due = new ArrayList<>();
        for (D d : deadlines) {
            currentWindow(d, today).ifPresent(w -> {
                if (smallestAnnounced(d, announced).map(a -> w < a).orElse(true)) {
                    due.add(new Warning<>(d, w, daysLeft(d, today)));
                }
            });
        }
        return due;
    }

    /**
     * The first day on which one of the deadlines enters a window not announced yet; {@code null} when every
     * deadline has been announced in its smallest window. Does not depend on today, so it can be stored and queried.
     */
    public LocalDate nextWarningOn(List<? extends Deadline> deadlines, Collection<String> announced) {
        LocalDate next = null;
        for (Deadline d : deadlines) {
            Optional<Integer> smallest = smallestAnnounced(d, announced);
            for (int w : windows) {
                if (smallest.isEmpty() || w < smallest.get()) {
                    LocalDate opens = d.dueDate().minusDays(w);
                    if (next == null || opens.isBefore(next)) {
                        next = opens;
                    }
                    break;
                }
            }
        }
        return next;
    }

    /**
     * After the deadlines were derived again (a document filed or replaced): forgets the announcements of deadlines
     * now gone and says when the next window opens; announces nothing.
     */
    public <D extends Deadline> Announcements<D> rederived(List<D> deadlines, Collection<String> announced) {
        List<String> kept = retain(announced, deadlines);
        return new Announcements<>(List.of(), kept, nextWarningOn(deadlines, kept));
    }

    /** The warnings due today, and the announcements and next warning day once they are published. */
    public <D extends Deadline> Announcements<D> announce(
            List<D> deadlines, Collection<String> announced, LocalDate today) {
        List<Warning<D>> due = due(deadlines, announced, today);
        List<String> all = new ArrayList<>(announced);
        due.forEach(w -> all.add(w.key()));
        List<String> kept = retain(all, deadlines);
        return new Announcements<>(due, kept, nextWarningOn(deadlines, kept));
    }

    /** Keeps the announcements that still belong to a current deadline, so the stored set stays small. */
    public static List<String> retain(Collection<String> announced, List<? extends Deadline> deadlines) {
        return announced.stream()
                .filter(k -> deadlines.stream().anyMatch(d -> d.owns(k)))
                .sorted()
                .toList();
    }

    public static long daysLeft(Deadline deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline.dueDate());
    }

    private Optional<Integer> smallestAnnounced(Deadline d, Collection<String> announced) {
        Integer smallest = null;
        for (int w : windows) {
            if (announced.contains(d.warningKey(w))) {
                smallest = w;
            }
        }
        return Optional.ofNullable(smallest);
    }
}
