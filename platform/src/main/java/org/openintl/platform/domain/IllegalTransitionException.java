package org.openintl.platform.domain;

import java.util.List;

/** A lifecycle move the state machine does not allow (409); carries the moves that are allowed. */
public class IllegalTransitionException extends DomainException {

    private final String from;
    private final String to;
    private final List<String> allowed;

    public IllegalTransitionException(Enum<?> from, Enum<?> to, List<? extends Enum<?>> allowed) {
        super("Cannot move from " + from + " to " + to + "; allowed: " + allowed);
        this.from = from.name();
        this.to = to.name();
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public List<String> allowed() {
        return allowed;
    }
}
