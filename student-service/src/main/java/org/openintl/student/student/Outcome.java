package org.openintl.student.student;

import java.util.List;

/**
 * The result of a command on a student: the new state and its events, or no change at all (then nothing is written,
 * which is what makes redelivered commands harmless).
 */
public record Outcome(Student state, List<StudentEvent> events, boolean changed) {

    public Outcome {
        events = List.copyOf(events);
    }

    static Outcome of(Student state, List<StudentEvent> events) {
        return new Outcome(state, events, true);
    }

    static Outcome unchanged(Student state) {
        return new Outcome(state, List.of(), false);
    }
}
