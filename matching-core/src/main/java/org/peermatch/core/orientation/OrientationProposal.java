package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.plan.Violation;

/**
 * The orientation stage of a proposal: who is admitted with which modes and why, the waiting list in order with what
 * would admit each, each mode's capacity used, and the score. Orientation is not a mode: {@link #mode()} is null,
 * and not admitting an applicant is the committee's selection under capacity, not a gap.
 *
 * @param score the score, e.g. {@code 0hard/-12medium/-340soft}
 * @param hardScore broken rules (0 when feasible)
 * @param mediumScore the priority weight of the applicants' needs left unserved
 * @param softScore quality
 * @param admitted the admitted applicants, in document order
 * @param waiting the applicants not admitted, in the order of the waiting list
 * @param capacities each mode's capacity and its use, accompaniment, immersion, co-development, workshops
 * @param constraints each constraint's contribution to the score, in catalog order
 * @param violations the hard rules the orientation breaks, found by an independent check; empty when feasible
 * @param summaryLine the console line, e.g. "Orientation: 35 of 60 applicants admitted, 25 on the waiting list."
 */
public record OrientationProposal(String score, long hardScore, long mediumScore, long softScore,
        List<OrientedApplicant> admitted, List<WaitingApplicant> waiting, List<CapacityUse> capacities,
        List<ConstraintScore> constraints, List<Violation> violations, String summaryLine) implements ModeProposal {

    public OrientationProposal {
        admitted = List.copyOf(admitted);
        waiting = List.copyOf(waiting);
        capacities = List.copyOf(capacities);
        constraints = List.copyOf(constraints);
        violations = List.copyOf(violations);
    }

    /** @return null: orientation decides the modes, it is not one */
    @Override
    public Mode mode() {
        return null;
    }

    /** @return none: an applicant not admitted is on the waiting list, with why */
    @Override
    public List<Gap> gaps() {
        return List.of();
    }

    @Override
    public String gapsClause(int count) {
        return "";
    }

    @Override
    public String summary() {
        return summaryLine;
    }

    /** @return the modes given to the member, empty when not admitted or not an applicant */
    public List<Mode> modesOf(String member) {
        for (OrientedApplicant applicant : admitted) {
            if (applicant.member().equals(member)) {
                return applicant.modes();
            }
        }
        return List.of();
    }

    /** @return the admitted applicants' member ids, in document order (a new, mutable list) */
    public List<String> admittedIds() {
        List<String> ids = new ArrayList<>();
        for (OrientedApplicant applicant : admitted) {
            ids.add(applicant.member());
        }
        return ids;
    }
}
