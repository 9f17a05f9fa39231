package org.peermatch.core.model;

import java.util.List;

/**
 * What the steering committee decided before solving: these are input, not afterthoughts.
 *
 * @param pinned pairs that must be kept
 * @param forbidden pairs that must never happen
 */
public record Decisions(List<PinnedPair> pinned, List<ForbiddenPair> forbidden) {

    /** No decision. */
    public static final Decisions NONE = new Decisions(List.of(), List.of());

    public Decisions {
        pinned = List.copyOf(pinned);
        forbidden = List.copyOf(forbidden);
    }
}
