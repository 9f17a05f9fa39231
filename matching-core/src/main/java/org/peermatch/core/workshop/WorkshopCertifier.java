package org.peermatch.core.workshop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * Re-checks every hard rule of the workshop programme on a list of workshops, in plain Java from the programme
 * alone, independently of the planning problem and the solver's score: what it finds is what the proposal lists as
 * broken rules. A workshop kept from the earlier calendar (same animator, day and half-day as a fixed or held
 * session) is only checked for double bookings and the animator's number of workshops.
 *
 * <p>An attendee who may not attend (not asking for workshops, without a need on the theme, unavailable, or the
 * animator) is reported under {@code workshop-attendance-out-of-range}; one on a theme twice, or in two places at
 * once, under {@code workshop-attendee-double-booked}.
 *
 * <p>O(W × (A + S) + P) for W workshops of A attendees, S half-day slots and P programme half-days per member.
 */
final class WorkshopCertifier {

    private final Programme programme;
    private final WorkshopRules rules;
    private final HalfDayCalendar calendar;
    private final Map<String, BitSet> availability = new LinkedHashMap<>();

    /** Prepares a certifier for a programme. */
    public WorkshopCertifier(Programme programme) {
        this.programme = programme;
        this.rules = programme.workshop();
        this.calendar = new HalfDayCalendar(programme);
    }

    /**
     * @return every hard rule the workshops break, in domain words; empty when all are met. A rule whose weight the
     *         programme sets to 0 is switched off and not reported.
     */
    public List<Violation> violations(List<Workshop> workshops) {
        List<Violation> violations = new ArrayList<>();
        for (Violation violation : allViolations(workshops)) {
            if (programme.weights().getOrDefault(violation.constraint(), 1L) != 0) {
                violations.add(violation);
            }
        }
        return violations;
    }

    private List<Violation> allViolations(List<Workshop> workshops) {
        Messages messages = programme.messages();
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> ledBy = new LinkedHashMap<>();
        Map<String, List<String>> roomsAt = new LinkedHashMap<>();
        Map<String, List<String>> presentAt = new LinkedHashMap<>();
        Map<String, Integer> leadsAt = new LinkedHashMap<>();
        Map<String, Integer> keptLed = new LinkedHashMap<>();
        for (SessionRecord session : WorkshopProblem.keptSessions(programme)) {
            keptLed.merge(session.members().get(0), 1, Integer::sum);
        }
        Map<String, List<String>> themesOf = new LinkedHashMap<>();
        for (Workshop workshop : workshops) {
            String what = messages.get("workshop.certify.what", NoveltyWords.label(workshop.theme()),
                    messages.date(workshop.date()), workshop.halfDay());
            String slotKey = workshop.date() + " " + workshop.halfDay();
            Member animator = programme.member(workshop.animator());
            if (animator == null) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT.id(),
                        capital(messages.get("workshop.certify.unknownAnimator", what, workshop.animator()))));
                continue;
            }
            boolean kept = isKept(workshop);
            ledBy.merge(animator.id(), 1, Integer::sum);
            presentAt.computeIfAbsent(animator.id() + "|" + slotKey, k -> new ArrayList<>())
                    .add(messages.get("workshop.certify.leads", what));
            leadsAt.merge(animator.id() + "|" + slotKey, 1, Integer::sum);
            if (workshop.room() != null) {
                roomsAt.computeIfAbsent(workshop.room() + "|" + slotKey, k -> new ArrayList<>()).add(what);
            }
            for (String id : workshop.attendees()) {
                presentAt.computeIfAbsent(id + "|" + slotKey, k -> new ArrayList<>())
                        .add(messages.get("workshop.certify.attends", what));
                List<String> themes = themesOf.computeIfAbsent(id, k -> new ArrayList<>());
                if (themes.contains(workshop.theme()) && !kept) {
                    violations.add(new Violation(WorkshopConstraint.WORKSHOP_ATTENDEE_DOUBLE_BOOKED.id(),
                            messages.get("workshop.certify.twoOnTheme", label(id),
                                    NoveltyWords.label(workshop.theme()))));
                }
                themes.add(workshop.theme());
            }
            if (kept) {
                continue;
            }
            Offer offer = animator.offer(Mode.WORKSHOP);
            if (offer == null || offer.sessions() == 0) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT.id(),
                        messages.get("workshop.certify.noOffer", label(animator), what)));
            } else if (animator.levelOn(workshop.theme()) < rules.minimumLevel()) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT.id(),
                        messages.get("workshop.certify.level", label(animator), what,
                                animator.levelOn(workshop.theme()), rules.minimumLevel())));
            }
            int halfDay = halfDayNumber(workshop.date(), workshop.halfDay());
            String closed = closed(workshop.date(), messages);
            if (!knownSlot(workshop.halfDay())) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_CLOSED_DAY.id(),
                        capital(messages.get("workshop.certify.unknownHalfDay", what, workshop.halfDay()))));
            } else if (closed != null) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_CLOSED_DAY.id(),
                        capital(messages.get("workshop.certify.closed", what, closed))));
            }
            if (!available(animator, halfDay)) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ANIMATOR_UNAVAILABLE.id(),
                        messages.get("workshop.certify.animatorUnavailable", label(animator), what)));
            }
            int maximum = rules.maxAttendance();
            if (offer != null && offer.participants() > 0) {
                maximum = Math.min(maximum, offer.participants());
            }
            int size = workshop.attendees().size();
            if (size < rules.minAttendance() || size > maximum) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ATTENDANCE_OUT_OF_RANGE.id(),
                        capital(messages.get("workshop.certify.attendance", what, size, rules.minAttendance(),
                                maximum))));
            }
            for (String id : workshop.attendees()) {
                String problem = cannotAttend(id, workshop, animator, halfDay, messages);
                if (problem != null) {
                    violations.add(new Violation(WorkshopConstraint.WORKSHOP_ATTENDANCE_OUT_OF_RANGE.id(),
                            messages.get("workshop.certify.cannotAttend", label(id), what, problem)));
                }
            }
            if (!programme.rooms().isEmpty()) {
                Room room = room(workshop.room());
                if (room == null) {
                    violations.add(new Violation(WorkshopConstraint.WORKSHOP_ROOM_TOO_SMALL.id(),
                            capital(messages.get("workshop.certify.noRoom", what))));
                } else {
                    int needed = Math.max(size, rules.minAttendance()) + 1;
                    if (room.capacity() < needed) {
                        violations.add(new Violation(WorkshopConstraint.WORKSHOP_ROOM_TOO_SMALL.id(),
                                messages.get("workshop.certify.roomSmall", room.name(), room.id(), room.capacity(),
                                        needed - 1, what)));
                    }
                    if (room.unavailable().contains(workshop.date())) {
                        violations.add(new Violation(WorkshopConstraint.WORKSHOP_ROOM_UNAVAILABLE.id(),
                                messages.get("workshop.certify.roomUnavailable", room.name(), room.id(),
                                        messages.date(workshop.date()), what)));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> entry : ledBy.entrySet()) {
            Member animator = programme.member(entry.getKey());
            Offer offer = animator.offer(Mode.WORKSHOP);
            int sessions = Math.max(offer == null ? 0 : offer.sessions(), keptLed.getOrDefault(animator.id(), 0));
            if (entry.getValue() > sessions) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ANIMATOR_SESSIONS_EXCEEDED.id(),
                        messages.get("workshop.certify.sessions", label(animator), entry.getValue(), sessions)));
            }
        }
        for (Map.Entry<String, List<String>> entry : roomsAt.entrySet()) {
            if (entry.getValue().size() > 1) {
                violations.add(new Violation(WorkshopConstraint.WORKSHOP_ROOM_DOUBLE_BOOKED.id(),
                        messages.get("workshop.certify.roomTwice", entry.getKey().substring(0,
                                entry.getKey().indexOf('|')), messages.and(entry.getValue()))));
            }
        }
        for (Map.Entry<String, List<String>> entry : presentAt.entrySet()) {
            List<String> present = entry.getValue();
            if (present.size() < 2) {
                continue;
            }
            String who = label(entry.getKey().substring(0, entry.getKey().indexOf('|')));
            int leads = leadsAt.getOrDefault(entry.getKey(), 0);
            String constraint = leads == present.size() ? WorkshopConstraint.WORKSHOP_ANIMATOR_DOUBLE_BOOKED.id()
                    : WorkshopConstraint.WORKSHOP_ATTENDEE_DOUBLE_BOOKED.id();
            violations.add(new Violation(constraint, messages.get("workshop.certify.twice", who,
                    messages.and(present))));
        }
        return violations;
    }

    private String cannotAttend(String id, Workshop workshop, Member animator, int halfDay, Messages messages) {
        Member member = programme.member(id);
        if (member == null) {
            return messages.get("workshop.certify.why.notMember");
        }
        if (member.id().equals(animator.id())) {
            return messages.get("workshop.certify.why.leads");
        }
        if (!member.requests(Mode.WORKSHOP)) {
            return messages.get("workshop.certify.why.noRequest");
        }
        if (member.needs().stream().noneMatch(need -> need.topic().equals(workshop.theme()))) {
            return messages.get("workshop.certify.why.noNeed", NoveltyWords.label(workshop.theme()));
        }
        if (!available(member, halfDay)) {
            return messages.get("workshop.certify.why.unavailable");
        }
        return null;
    }

    private boolean isKept(Workshop workshop) {
        for (SessionRecord session : WorkshopProblem.keptSessions(programme)) {
            if (WorkshopExplainer.kept(session, workshop)) {
                return true;
            }
        }
        return false;
    }

    private String closed(LocalDate date, Messages messages) {
        String reason = WorkshopProblem.closedReason(programme, date);
        return reason == null ? null : messages.get("workshop.certify.closedReason." + reason.replace(' ', '.'));
    }

    private int halfDayNumber(LocalDate date, String slot) {
        List<HalfDaySlot> slots = programme.halfDays();
        for (int s = 0; s < slots.size(); s++) {
            if (slots.get(s).id().equals(slot)) {
                return (int) ChronoUnit.DAYS.between(programme.start(), date) * slots.size() + s;
            }
        }
        return -1;
    }

    private boolean knownSlot(String slot) {
        return programme.halfDays().stream().anyMatch(halfDay -> halfDay.id().equals(slot));
    }

    private boolean available(Member member, int halfDay) {
        if (halfDay < 0) {
            return false;
        }
        return availability.computeIfAbsent(member.id(), id -> calendar.availableHalfDays(member)).get(halfDay);
    }

    private Room room(String id) {
        return programme.room(id);
    }

    private String label(String id) {
        Member member = programme.member(id);
        return member == null ? id : label(member);
    }

    private static String label(Member member) {
        return member.name() + " (" + member.id() + ")";
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
