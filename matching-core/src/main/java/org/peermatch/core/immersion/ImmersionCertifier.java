package org.peermatch.core.immersion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.text.Messages;

/**
 * Re-checks every hard rule of immersion mentoring on a list of pairings, in plain Java from the programme alone,
 * independently of the planning problem and the solver's score: what it finds is what the proposal lists as broken
 * rules. O(N × S + N log N) for N pairings and S half-days of a day.
 */
final class ImmersionCertifier {

    private final Programme programme;
    private final HalfDayCalendar calendar;

    /** Prepares a certifier for a programme. */
    public ImmersionCertifier(Programme programme) {
        this.programme = programme;
        this.calendar = new HalfDayCalendar(programme);
    }

    /**
     * @return every hard rule the pairings break, in domain words; empty when all are met. A rule whose weight the
     *         programme sets to 0 is switched off and not reported.
     */
    public List<Violation> violations(List<ImmersionPairing> pairings) {
        List<Violation> violations = new ArrayList<>();
        for (Violation violation : allViolations(pairings)) {
            if (programme.weights().getOrDefault(violation.constraint(), 1L) != 0) {
                violations.add(violation);
            }
        }
        return violations;
    }

    private List<Violation> allViolations(List<ImmersionPairing> pairings) {
        Messages messages = programme.messages();
        List<Violation> violations = new ArrayList<>();
        Map<String, List<ImmersionPairing>> byMentor = new LinkedHashMap<>();
        for (ImmersionPairing pairing : pairings) {
            Member mentee = programme.member(pairing.mentee());
            Member mentor = programme.member(pairing.mentor());
            if (mentee == null || mentor == null) {
                violations.add(new Violation(ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST.id(),
                        messages.get("immersion.certify.unknown", pairing.mentee(), pairing.mentor())));
                continue;
            }
            byMentor.computeIfAbsent(mentor.id(), id -> new ArrayList<>()).add(pairing);
            String pair = messages.get("immersion.certify.pair", name(mentee), name(mentor));
            if (programme.immersion().sameSectorRequired()
                    && mentee.sectors().stream().noneMatch(mentor.sectors()::contains)) {
                violations.add(new Violation(ImmersionConstraint.MENTOR_OTHER_SECTOR.id(),
                        messages.get("immersion.certify.sector", pair)));
            }
            String conflict = conflict(mentee, mentor, messages);
            if (conflict != null) {
                violations.add(new Violation(ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST.id(),
                        messages.get("immersion.certify.conflict", pair, conflict)));
            }
            if (mentor.experienceYears() <= mentee.experienceYears()) {
                violations.add(new Violation(ImmersionConstraint.MENTOR_LESS_EXPERIENCED.id(),
                        messages.get("immersion.certify.experience", name(mentor), mentor.experienceYears(),
                                name(mentee), mentee.experienceYears())));
            }
            String when = messages.date(pairing.day());
            if (!inProgramme(pairing.day())) {
                violations.add(new Violation(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE.id(),
                        messages.get("immersion.certify.notWorkingDay", when, pair)));
            } else if (programme.isClosed(pairing.day())) {
                violations.add(new Violation(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE.id(),
                        messages.get("immersion.certify.closed", when, closedReason(pairing.day()), pair)));
            } else {
                for (Member person : List.of(mentee, mentor)) {
                    if (!availableAllDay(person, pairing.day())) {
                        violations.add(new Violation(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE.id(),
                                messages.get("immersion.certify.unavailable", name(person), when)));
                    }
                }
            }
        }
        for (Map.Entry<String, List<ImmersionPairing>> entry : byMentor.entrySet()) {
            Member mentor = programme.member(entry.getKey());
            Offer offer = mentor.offer(Mode.IMMERSION);
            int days = offer == null ? 0 : offer.days();
            List<ImmersionPairing> hosted = entry.getValue();
            if (hosted.size() > days) {
                violations.add(new Violation(ImmersionConstraint.MENTOR_DAYS_EXCEEDED.id(),
                        messages.get("immersion.certify.days", name(mentor), hosted.size(), days)));
            }
            Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
            for (ImmersionPairing pairing : hosted) {
                perDay.merge(pairing.day(), 1, Integer::sum);
            }
            for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
                if (day.getValue() > 1) {
                    violations.add(new Violation(ImmersionConstraint.MENTOR_DOUBLE_BOOKED.id(),
                            messages.get("immersion.certify.doubleBooked", name(mentor), day.getValue(),
                                    messages.date(day.getKey()))));
                }
            }
        }
        return violations;
    }

    private boolean inProgramme(LocalDate day) {
        return !day.isBefore(programme.start()) && !day.isAfter(programme.end())
                && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** @return " (summer closure)" for a closed period with a reason, else "" */
    private String closedReason(LocalDate day) {
        for (ClosedPeriod period : programme.closed()) {
            if (period.contains(day) && period.reason() != null && !period.reason().isBlank()) {
                return " (" + period.reason().strip() + ")";
            }
        }
        return "";
    }

    private boolean availableAllDay(Member member, LocalDate day) {
        BitSet halfDays = calendar.availableHalfDays(member);
        int slots = programme.halfDays().size();
        int first = (int) ChronoUnit.DAYS.between(programme.start(), day) * slots;
        for (int slot = 0; slot < slots; slot++) {
            if (!halfDays.get(first + slot)) {
                return false;
            }
        }
        return slots > 0;
    }

    private String conflict(Member mentee, Member mentor, Messages messages) {
        if (mentee.id().equals(mentor.id())) {
            return messages.get("scoring.conflict.same");
        }
        if (mentee.organization().equalsIgnoreCase(mentor.organization())) {
            return messages.get("scoring.conflict.organization", mentee.organization());
        }
        if (mentee.conflicts().contains(mentor.id()) || mentor.conflicts().contains(mentee.id())) {
            return messages.get("scoring.conflict.declared");
        }
        for (ForbiddenPair forbidden : programme.decisions().forbidden()) {
            if (forbidden.concerns(mentee.id(), mentor.id())) {
                return messages.get("immersion.certify.forbidden");
            }
        }
        return null;
    }

    static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
