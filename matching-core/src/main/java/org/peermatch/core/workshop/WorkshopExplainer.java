package org.peermatch.core.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * Explains a solved workshop plan in the committee's words: for each workshop why this theme, this animator, this
 * half-day and this room, and for each need without a seat why. Attendees come from {@link ThemeEnrolment#of}, the
 * function the constraints score.
 */
final class WorkshopExplainer {

    private final Programme programme;
    private final WorkshopPlan plan;
    private final List<PlannedWorkshop> held = new ArrayList<>();
    private final Map<WorkshopTheme, ThemeEnrolment> enrolments = new LinkedHashMap<>();
    private final Map<PlannedWorkshop, Seating> seatings = new IdentityHashMap<>();
    private final Messages messages;

    WorkshopExplainer(Programme programme, WorkshopPlan plan) {
        this.programme = programme;
        this.messages = programme.messages();
        this.plan = plan;
        for (PlannedWorkshop workshop : plan.getWorkshops()) {
            if (workshop.held()) {
                held.add(workshop);
            }
        }
        held.sort(Comparator.comparingInt((PlannedWorkshop w) -> w.getHalfDay().number())
                .thenComparing(PlannedWorkshop::getId));
        for (WorkshopTheme theme : plan.getThemes()) {
            ThemeEnrolment enrolment = ThemeEnrolment.of(theme, held);
            enrolments.put(theme, enrolment);
            for (Seating seating : enrolment.seatings()) {
                seatings.put(seating.workshop(), seating);
            }
        }
    }

    /** @return the workshops that take place, in date order, numbered from 1 */
    List<Workshop> workshops() {
        List<Workshop> workshops = new ArrayList<>();
        for (PlannedWorkshop workshop : held) {
            Seating seating = seatings.get(workshop);
            List<String> attendees = seating.attendees().stream().map(Demand::memberId).toList();
            workshops.add(new Workshop(workshops.size() + 1, workshop.theme().topic(), workshop.animator().getId(),
                    workshop.getHalfDay().date(), workshop.getHalfDay().slot(),
                    workshop.getRoom() == null ? null : workshop.getRoom().getId(), attendees,
                    reasons(workshop, seating)));
        }
        return workshops;
    }

    private List<String> reasons(PlannedWorkshop workshop, Seating seating) {
        List<String> reasons = new ArrayList<>();
        WorkshopTheme theme = workshop.theme();
        Animator animator = workshop.animator();
        HalfDay halfDay = workshop.getHalfDay();
        if (workshop.isPinned()) {
            reasons.add(messages.get("workshop.kept", animator.toString(), when(halfDay), participants(seating.size()),
                    NoveltyWords.label(theme.topic())));
            return reasons;
        }
        reasons.add(themeReason(theme));
        long onTheme = held.stream().filter(w -> w.theme() == theme).count();
        if (onTheme > 1) {
            reasons.add(messages.get("workshop.several", onTheme, NoveltyWords.label(theme.topic())));
        }
        long leads = held.stream().filter(w -> w.animator() == animator).count();
        reasons.add(messages.get("workshop.lead", animator.toString(), workshop.getLead().level(),
                NoveltyWords.label(theme.topic()), workshop.getFrame().minimumLevel(),
                messages.get("workshop.workshops", animator.sessions()),
                leads == 1 ? messages.get("workshop.lead.only")
                        : messages.get("workshop.lead.many", messages.get("workshop.workshops", leads)),
                animator.limit() > 0 ? messages.get("workshop.lead.limit", animator.limit()) : ""));
        reasons.add(slotReason(workshop, seating));
        if (workshop.getRoom() != null) {
            WorkshopRoom room = workshop.getRoom();
            reasons.add(messages.get(room.capacity() >= seating.size() + 1 ? "workshop.room.enough"
                    : "workshop.room.short", room.toString(), room.capacity(), participants(seating.size())));
        }
        return reasons;
    }

    private String themeReason(WorkshopTheme theme) {
        int essential = theme.essentialCount();
        String demand = messages.get("workshop.demand", participants(theme.demand().size()), theme.demand().size(),
                essential == 0 ? messages.get("workshop.demand.none")
                        : essential == theme.demand().size() && essential > 1 ? messages.get("workshop.demand.all")
                        : messages.get("workshop.demand.some", essential));
        if (!programme.workshop().themes().isEmpty()) {
            return messages.get("workshop.theme.chosen", NoveltyWords.label(theme.topic()), demand);
        }
        int rank = 1;
        for (WorkshopTheme other : plan.getThemes()) {
            if (other.candidate() && other.index() < theme.index()) {
                rank++;
            }
        }
        return messages.get("workshop.theme.ranked", NoveltyWords.label(theme.topic()), demand, ordinal(rank),
                plan.getThemes().stream().filter(WorkshopTheme::candidate).count());
    }

    private String slotReason(PlannedWorkshop workshop, Seating seating) {
        HalfDay halfDay = workshop.getHalfDay();
        WorkshopTheme theme = workshop.theme();
        long available = theme.demand().stream().filter(d -> d.availableOn(halfDay.number())
                && !d.memberId().equals(workshop.animator().getId())).count();
        StringBuilder reason = new StringBuilder();
        int demand = theme.demand().size();
        String who = demand == 1 && available == 1 ? messages.get("workshop.slot.theOne")
                : available == demand ? messages.get("workshop.slot.all", demand)
                : messages.get("workshop.slot.some", available, demand);
        reason.append(messages.get("workshop.slot", when(halfDay), workshop.animator().toString(), who,
                NoveltyWords.label(theme.topic()), participants(seating.size()), seating.size(),
                workshop.getFrame().minAttendance(), workshop.maximum()));
        if (workshop.getFrame().preferencesGiven()) {
            reason.append(halfDay.preferred() ? messages.get("workshop.slot.preferred")
                    : messages.get("workshop.slot.notPreferred", preferred()));
        }
        PlannedWorkshop nearest = null;
        for (PlannedWorkshop other : held) {
            if (other != workshop && (nearest == null || gap(other, workshop) < gap(nearest, workshop))) {
                nearest = other;
            }
        }
        if (nearest == null) {
            reason.append(messages.get("workshop.slot.only"));
        } else {
            int gap = gap(nearest, workshop);
            String topic = NoveltyWords.label(nearest.theme().topic());
            String date = messages.date(nearest.getHalfDay().date());
            reason.append(gap == 0 ? messages.get("workshop.slot.sameDay", topic, date)
                    : messages.get("workshop.slot.nearest", topic, date, messages.get("workshop.days", gap)));
        }
        return reason.toString();
    }

    private String preferred() {
        List<String> names = new ArrayList<>();
        for (WeeklyHalfDay weekly : programme.workshop().preferredHalfDays()) {
            names.add(messages.get("workshop.weekday." + weekly.day().name()) + " " + weekly.slot());
        }
        return messages.and(names);
    }

    private static int gap(PlannedWorkshop a, PlannedWorkshop b) {
        return Math.abs(a.getHalfDay().dayNumber() - b.getHalfDay().dayNumber());
    }

    private String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = n == 1 ? "one" : mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return messages.get("workshop.ordinal", n, messages.get("workshop.ordinal." + suffix));
    }

    /** @return e.g. "Tuesday 9 March 2027 (AM)" or "mardi 9 mars 2027 (AM)" */
    private String when(HalfDay halfDay) {
        return messages.get("workshop.halfDay", messages.date(halfDay.date()), halfDay.slot());
    }

    /** @return e.g. "1 participant", "3 participants" */
    private String participants(int count) {
        return messages.get("workshop.participants", count);
    }

    /** @return the needs of members who asked for workshops without a seat on their topic, in programme order */
    List<UnservedWorkshopNeed> unserved() {
        Map<String, WorkshopTheme> themes = new LinkedHashMap<>();
        for (WorkshopTheme theme : plan.getThemes()) {
            themes.put(theme.topic(), theme);
        }
        List<UnservedWorkshopNeed> unserved = new ArrayList<>();
        for (Member member : programme.participantsIn(Mode.WORKSHOP)) {
            Map<String, Integer> priorities = new LinkedHashMap<>();
            for (Need need : member.needs()) {
                priorities.merge(need.topic(), need.priority(), Math::min);
            }
            for (Map.Entry<String, Integer> need : priorities.entrySet()) {
                WorkshopTheme theme = themes.get(need.getKey());
                if (theme != null && seated(theme, member.id())) {
                    continue;
                }
                unserved.add(new UnservedWorkshopNeed(member.id(), need.getKey(), need.getValue(),
                        List.of(why(member, need.getKey(), theme))));
            }
        }
        return unserved;
    }

    private boolean seated(WorkshopTheme theme, String id) {
        for (Seating seating : enrolments.get(theme).seatings()) {
            for (Demand attendee : seating.attendees()) {
                if (attendee.memberId().equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String why(Member member, String topicId, WorkshopTheme theme) {
        String who = WorkshopProblem.label(member);
        String topic = NoveltyWords.label(topicId);
        if (theme == null || !theme.candidate() && enrolments.get(theme).seatings().isEmpty()) {
            return messages.get("workshop.unserved.notATheme", topic);
        }
        List<Seating> onTheme = enrolments.get(theme).seatings();
        if (onTheme.isEmpty()) {
            boolean canLead = plan.getLeads().stream().anyMatch(lead -> lead.theme() == theme
                    && lead.animator().offers() && lead.level() >= plan.getFrame().minimumLevel());
            if (!canLead) {
                return messages.get("workshop.unserved.noAnimator", topic, plan.getFrame().minimumLevel());
            }
            return messages.get("workshop.unserved.otherThemes", topic,
                    messages.get("workshop.workshops", held.size()));
        }
        Demand need = theme.demand().stream().filter(d -> d.memberId().equals(member.id())).findFirst()
                .orElse(null);
        List<String> unavailable = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (Seating seating : onTheme) {
            PlannedWorkshop workshop = seating.workshop();
            String when = when(workshop.getHalfDay());
            if (workshop.animator().getId().equals(member.id())) {
                busy.add(messages.get("workshop.unserved.leads", topic, when));
            } else if (need == null || !need.availableOn(workshop.halfDayNumber())) {
                unavailable.add(when);
            } else if (workshop.isPinned()) {
                full.add(messages.get("workshop.unserved.kept", when));
            } else {
                full.add(messages.get("workshop.unserved.full", when, participants(seating.size())));
            }
        }
        List<String> parts = new ArrayList<>();
        if (!unavailable.isEmpty()) {
            parts.add(messages.get("workshop.unserved.unavailable", who, topic, unavailable.size(),
                    messages.and(unavailable)));
        }
        if (!busy.isEmpty()) {
            parts.add(messages.get("workshop.unserved.busy", who, messages.and(busy)));
        }
        if (!full.isEmpty()) {
            parts.add(messages.and(full));
        }
        String sentence = String.join(messages.get("accompaniment.candidate.separator"), parts) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** @return whether the session was kept from the earlier calendar */
    static boolean kept(SessionRecord session, Workshop workshop) {
        return session.members().get(0).equals(workshop.animator()) && session.date().equals(workshop.date())
                && (session.halfDay() == null || session.halfDay().equals(workshop.halfDay()));
    }
}
