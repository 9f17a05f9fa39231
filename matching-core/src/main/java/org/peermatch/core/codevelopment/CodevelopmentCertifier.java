package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;

/**
 * An independent re-check of the hard rules of co-development on a proposal's groups, from the programme records
 * alone (no solver, no precomputed facts): sizes within the programme's range, and no conflict of interest inside a
 * group. What the solver's score says is checked against this in tests.
 */
final class CodevelopmentCertifier {

    private final Programme programme;

    /** Prepares the check of proposals for this programme. */
    public CodevelopmentCertifier(Programme programme) {
        this.programme = programme;
    }

    /**
     * @param groups the proposal's groups
     * @return every broken hard rule, group by group (size first, then pairs in member order); empty when none
     */
    public List<Violation> violations(List<CodevelopmentGroup> groups) {
        CodevelopmentRules rules = programme.codevelopment();
        List<Violation> violations = new ArrayList<>();
        for (CodevelopmentGroup group : groups) {
            int size = group.members().size();
            if (size > 0 && size < rules.minSize()) {
                violations.add(new Violation(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id(), "Group "
                        + group.number() + " has " + size + " members, fewer than the minimum of " + rules.minSize()
                        + "."));
            } else if (size > rules.maxSize()) {
                violations.add(new Violation(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id(), "Group "
                        + group.number() + " has " + size + " members, more than the maximum of " + rules.maxSize()
                        + "."));
            }
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    Member a = programme.member(group.members().get(i));
                    Member b = programme.member(group.members().get(j));
                    String why = why(a, b);
                    if (why != null) {
                        violations.add(new Violation(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST.id(),
                                "Group " + group.number() + " puts " + name(a) + " and " + name(b)
                                        + " together, but " + why + "."));
                    }
                }
            }
        }
        return violations;
    }

    private String why(Member a, Member b) {
        if (a.organization() != null && b.organization() != null
                && a.organization().toLowerCase(java.util.Locale.ROOT)
                        .equals(b.organization().toLowerCase(java.util.Locale.ROOT))) {
            return "they both work for " + a.organization();
        }
        if (a.conflicts().contains(b.id()) || b.conflicts().contains(a.id())) {
            return "a conflict of interest was declared between them";
        }
        for (ForbiddenPair pair : programme.decisions().forbidden()) {
            if ((pair.first().equals(a.id()) && pair.second().equals(b.id()))
                    || (pair.first().equals(b.id()) && pair.second().equals(a.id()))) {
                return "the committee forbade this pair";
            }
        }
        return null;
    }

    private static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
