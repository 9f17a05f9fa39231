package org.peermatch.core.codevelopment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.text.Messages;

/**
 * An independent re-check of the hard rules of co-development on a proposal's groups, from the programme records
 * alone (no solver, no precomputed facts): sizes within the programme's range, no conflict of interest inside a
 * group, and every dated session inside the programme, off closed days, on a half-day every member is available.
 * What the solver's score says is checked against this in tests.
 */
final class CodevelopmentCertifier {

    /** A dated session falls on a closed day of the programme (checked here only: sessions are no variables). */
    public static final String SESSION_CLOSED_DAY = "codevelopment-session-closed-day";
    /** A dated session falls outside the programme or on a half-day a member of the group is not available. */
    public static final String SESSION_UNAVAILABLE = "codevelopment-session-unavailable";

    private final Programme programme;
    private final HalfDayCalendar calendar;

    /** Prepares the check of proposals for this programme. */
    public CodevelopmentCertifier(Programme programme) {
        this.programme = programme;
        this.calendar = new HalfDayCalendar(programme);
    }

    /**
     * @param groups the proposal's groups
     * @return every broken hard rule, group by group (size first, then pairs in member order); empty when none
     */
    public List<Violation> violations(List<CodevelopmentGroup> groups) {
        CodevelopmentRules rules = programme.codevelopment();
        Messages messages = programme.messages();
        List<Violation> violations = new ArrayList<>();
        for (CodevelopmentGroup group : groups) {
            int size = group.members().size();
            if (size > 0 && size < rules.minSize()) {
                violations.add(new Violation(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id(), 
                        messages.get("codevelopment.certify.small", group.number(), size, rules.minSize())));
            } else if (size > rules.maxSize()) {
                violations.add(new Violation(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id(), 
                        messages.get("codevelopment.certify.large", group.number(), size, rules.maxSize())));
            }
            sessionViolations(group, violations);
            for (int i = 0; i < size; i++) {
                for (int j = i + 1; j < size; j++) {
                    Member a = programme.member(group.members().get(i));
                    Member b = programme.member(group.members().get(j));
                    String why = why(a, b, messages);
                    if (why != null) {
                        violations.add(new Violation(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST.id(),
                                messages.get("codevelopment.certify.conflict", group.number(), name(a), name(b),
                                        why)));
                    }
                }
            }
        }
        return violations;
    }

    /** Each dated session lies inside the programme, off closed days, on a half-day every member is available. */
    private void sessionViolations(CodevelopmentGroup group, List<Violation> violations) {
        for (CodevelopmentSession session : group.sessions()) {
            LocalDate date = session.date();
            if (date == null) {
                continue;
            }
            Messages messages = programme.messages();
            String what = messages.get("codevelopment.certify.session", session.number(), group.number());
            String when = messages.date(date);
            if (date.isBefore(programme.start()) || date.isAfter(programme.end())) {
                violations.add(new Violation(SESSION_UNAVAILABLE,
                        messages.get("codevelopment.certify.outside", what, when)));
                continue;
            }
            for (ClosedPeriod period : programme.closed()) {
                if (period.contains(date)) {
                    String reason = period.reason() == null || period.reason().isBlank() ? ""
                            : " (" + period.reason().strip() + ")";
                    violations.add(new Violation(SESSION_CLOSED_DAY,
                            messages.get("codevelopment.certify.closed", what, when, reason)));
                    break;
                }
            }
            int slot = slotIndex(session.halfDay());
            int halfDay = (int) ChronoUnit.DAYS.between(programme.start(), date) * programme.halfDays().size() + slot;
            for (String id : group.members()) {
                Member member = programme.member(id);
                if (member != null && (slot < 0 || !calendar.availableHalfDays(member).get(halfDay))) {
                    violations.add(new Violation(SESSION_UNAVAILABLE, messages.get(
                            "codevelopment.certify.unavailable", name(member), session.number(), group.number(), when,
                            session.halfDay())));
                }
            }
        }
    }

    private int slotIndex(String halfDay) {
        for (int s = 0; s < programme.halfDays().size(); s++) {
            if (programme.halfDays().get(s).id().equals(halfDay)) {
                return s;
            }
        }
        return -1;
    }

    private String why(Member a, Member b, Messages messages) {
        if (a.organization() != null && b.organization() != null
                && a.organization().toLowerCase(java.util.Locale.ROOT)
                        .equals(b.organization().toLowerCase(java.util.Locale.ROOT))) {
            return messages.get("codevelopment.certify.organization", a.organization());
        }
        if (a.conflicts().contains(b.id()) || b.conflicts().contains(a.id())) {
            return messages.get("codevelopment.certify.declared");
        }
        for (ForbiddenPair pair : programme.decisions().forbidden()) {
            if ((pair.first().equals(a.id()) && pair.second().equals(b.id()))
                    || (pair.first().equals(b.id()) && pair.second().equals(a.id()))) {
                return messages.get("codevelopment.certify.forbidden");
            }
        }
        return null;
    }

    private static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
