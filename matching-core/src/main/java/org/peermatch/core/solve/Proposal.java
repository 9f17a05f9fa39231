package org.peermatch.core.solve;

import java.util.List;

/**
 * What peer-match proposes to the steering committee for one programme: the pairs with their reasons, the needs
 * left uncovered with why, loads, the score per constraint and how the search went. Writers only format it.
 *
 * @param programme the programme's name
 * @param score the overall score, e.g. {@code 0hard/-3medium/1250soft}
 * @param hardScore the hard part (0 when every hard rule is met)
 * @param mediumScore the medium part (0 when every need is covered)
 * @param softScore the soft part
 * @param assignments the covered needs, by participant in document order
 * @param uncovered the needs left uncovered
 * @param loads per resource person offering accompaniment, in document order
 * @param violations hard rules broken, in domain words (empty when feasible)
 * @param constraints the score per constraint, in catalog order
 * @param statistics how the search went
 */
public record Proposal(String programme, String score, long hardScore, long mediumScore, long softScore,
        List<Assignment> assignments, List<UncoveredNeed> uncovered, List<ResourceLoad> loads,
        List<Violation> violations, List<ConstraintScore> constraints, SolveStatistics statistics) {

    public Proposal {
        assignments = List.copyOf(assignments);
        uncovered = List.copyOf(uncovered);
        loads = List.copyOf(loads);
        violations = List.copyOf(violations);
        constraints = List.copyOf(constraints);
    }

    /** @return whether every hard rule is met */
    public boolean feasible() {
        return hardScore == 0 && violations.isEmpty();
    }

    /** @return whether every hard rule is met and every need covered: the committee can take it as it is */
    public boolean complete() {
        return feasible() && uncovered.isEmpty();
    }
}
