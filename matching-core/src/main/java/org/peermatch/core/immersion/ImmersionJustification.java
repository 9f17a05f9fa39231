package org.peermatch.core.immersion;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why an immersion constraint matched, in domain words.
 *
 * @param members the ids of the people concerned (mentee first, then mentor, when both)
 * @param day the immersion day concerned, or null when the match is not about one day
 * @param message the reason, e.g. "Ana Roux (m03) hosts 3 mentees but offers 2 days"
 */
record ImmersionJustification(List<String> members, LocalDate day, String message)
        implements ConstraintJustification {

    public ImmersionJustification {
        members = List.copyOf(members);
    }

    static ImmersionJustification of(MenteePlacement placement, String message) {
        return new ImmersionJustification(List.of(placement.getMentee().getId(), placement.mentor().getId()),
                placement.getMentorDay().date(), message);
    }
}
