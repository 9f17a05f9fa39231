package org.peermatch.core.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.scoring.NoveltyWords;

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

    WorkshopExplainer(Programme programme, WorkshopPlan plan) {
        this.programme = programme;
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
            reasons.add("Kept as it is from the earlier calendar: " + animator + " leads it on " + halfDay + " with "
                    + WorkshopWords.count(seating.size(), "participant") + "; its theme is "
                    + NoveltyWords.label(theme.topic())
                    + ", the need most of them share.");
            return reasons;
        }
        reasons.add(themeReason(theme));
        long onTheme = held.stream().filter(w -> w.theme() == theme).count();
        if (onTheme > 1) {
            reasons.add("It is one of " + onTheme + " workshops on " + NoveltyWords.label(theme.topic())
                    + ", so that more of the participants who need it get a seat.");
        }
        long leads = held.stream().filter(w -> w.animator() == animator).count();
        reasons.add(animator + " leads it: level " + workshop.getLead().level() + " on "
                + NoveltyWords.label(theme.topic())
                + " (at least " + workshop.getFrame().minimumLevel() + " needed); they offer to lead "
                + WorkshopWords.count(animator.sessions(), "workshop") + " and lead "
                + (leads == 1 ? "this one only" : WorkshopWords.count(leads, "workshop") + " in this programme")
                + (animator.limit() > 0 ? ", with " + animator.limit() + " participants at most" : "") + ".");
        reasons.add(slotReason(workshop, seating));
        if (workshop.getRoom() != null) {
            WorkshopRoom room = workshop.getRoom();
            reasons.add(room + " seats " + room.capacity() + ": "
                    + (room.capacity() >= seating.size() + 1 ? "enough for the " : "not enough for the ")
                    + WorkshopWords.count(seating.size(), "participant") + " and the animator.");
        }
        return reasons;
    }

    private String themeReason(WorkshopTheme theme) {
        int essential = theme.essentialCount();
        String demand = WorkshopWords.count(theme.demand().size(), "participant") + " who asked for workshops "
                + (theme.demand().size() == 1 ? "needs" : "need") + " it, "
                + (essential == 0 ? "none of them as essential"
                        : essential == theme.demand().size() && essential > 1 ? "all of them as essential"
                        : essential + " of them as essential (priority 1)");
        if (!programme.workshop().themes().isEmpty()) {
            return "The committee chose the theme " + NoveltyWords.label(theme.topic()) + "; " + demand + ".";
        }
        int rank = 1;
        for (WorkshopTheme other : plan.getThemes()) {
            if (other.candidate() && other.index() < theme.index()) {
                rank++;
            }
        }
        return "Theme " + NoveltyWords.label(theme.topic()) + ": " + demand + "; it comes " + ordinal(rank) + " of "
                + plan.getThemes().stream().filter(WorkshopTheme::candidate).count()
                + " themes by demand (priority weights of the participants who can attend).";
    }

    private String slotReason(PlannedWorkshop workshop, Seating seating) {
        HalfDay halfDay = workshop.getHalfDay();
        WorkshopTheme theme = workshop.theme();
        long available = theme.demand().stream().filter(d -> d.availableOn(halfDay.number())
                && !d.memberId().equals(workshop.animator().getId())).count();
        StringBuilder reason = new StringBuilder();
        int demand = theme.demand().size();
        String who = demand == 1 ? "participant who needs " : "participants who need ";
        reason.append(halfDay).append(": ").append(workshop.animator()).append(" and ")
                .append(demand == 1 && available == 1 ? "the one " : available == demand ? "all " + demand + " "
                        : available + " of the " + demand + " ")
                .append(who).append(NoveltyWords.label(theme.topic())).append(" are available; ")
                .append(WorkshopWords.count(seating.size(), "participant"))
                .append(seating.size() == 1 ? " attends" : " attend").append(" (")
                .append(workshop.getFrame().minAttendance()).append(" to ").append(workshop.maximum())
                .append(" allowed).");
        if (workshop.getFrame().preferencesGiven()) {
            reason.append(halfDay.preferred() ? " It is one of the committee's preferred half-days."
                    : " It is not one of the committee's preferred half-days (" + preferred() + ").");
        }
        PlannedWorkshop nearest = null;
        for (PlannedWorkshop other : held) {
            if (other != workshop && (nearest == null || gap(other, workshop) < gap(nearest, workshop))) {
                nearest = other;
            }
        }
        if (nearest == null) {
            reason.append(" It is the only workshop of the programme.");
        } else {
            int gap = gap(nearest, workshop);
            reason.append(" The nearest other workshop (").append(NoveltyWords.label(nearest.theme().topic()))
                    .append(", ")
                    .append(WorkshopWords.date(nearest.getHalfDay().date())).append(") is ")
                    .append(gap == 0 ? "on the same day" : WorkshopWords.count(gap, "day") + " away").append('.');
        }
        return reason.toString();
    }

    private String preferred() {
        List<String> names = new ArrayList<>();
        for (WeeklyHalfDay weekly : programme.workshop().preferredHalfDays()) {
            String day = weekly.day().name();
            names.add(day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT) + " " + weekly.slot());
        }
        return WorkshopWords.join(names);
    }

    private static int gap(PlannedWorkshop a, PlannedWorkshop b) {
        return Math.abs(a.getHalfDay().dayNumber() - b.getHalfDay().dayNumber());
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
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

    private String why(Member member, String topic, WorkshopTheme theme) {
        String who = WorkshopProblem.label(member);
        if (theme == null || !theme.candidate() && enrolments.get(theme).seatings().isEmpty()) {
            return "The committee's workshop themes do not include " + topic + ".";
        }
        List<Seating> onTheme = enrolments.get(theme).seatings();
        if (onTheme.isEmpty()) {
            boolean canLead = plan.getLeads().stream().anyMatch(lead -> lead.theme() == theme
                    && lead.animator().offers() && lead.level() >= plan.getFrame().minimumLevel());
            if (!canLead) {
                return "No workshop on " + topic + " takes place: no member who offers to animate workshops is at"
                        + " level " + plan.getFrame().minimumLevel() + " or more on it.";
            }
            return "No workshop on " + topic + " takes place: the programme's " + WorkshopWords.count(held.size(),
                    "workshop") + " went to themes with more essential needs or more demand, or too few"
                    + " participants who need " + topic + " are available on the animators' half-days.";
        }
        Demand need = theme.demand().stream().filter(d -> d.memberId().equals(member.id())).findFirst()
                .orElse(null);
        List<String> unavailable = new ArrayList<>();
        List<String> busy = new ArrayList<>();
        List<String> full = new ArrayList<>();
        for (Seating seating : onTheme) {
            PlannedWorkshop workshop = seating.workshop();
            String when = workshop.getHalfDay().toString();
            if (workshop.animator().getId().equals(member.id())) {
                busy.add("leads the " + topic + " workshop on " + when);
            } else if (need == null || !need.availableOn(workshop.halfDayNumber())) {
                unavailable.add(when);
            } else if (workshop.isPinned()) {
                full.add("the workshop on " + when + " was kept with its own participants");
            } else {
                full.add("the workshop on " + when + " is full (" + WorkshopWords.count(seating.size(),
                        "participant") + ", essential needs first)");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!unavailable.isEmpty()) {
            parts.add(who + " is not available on the half-day of the " + topic + " workshop"
                    + (unavailable.size() > 1 ? "s" : "") + " (" + WorkshopWords.join(unavailable) + ")");
        }
        if (!busy.isEmpty()) {
            parts.add(who + " " + WorkshopWords.join(busy));
        }
        if (!full.isEmpty()) {
            parts.add(WorkshopWords.join(full));
        }
        String sentence = String.join("; ", parts) + ".";
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** @return whether the session was kept from the earlier calendar */
    static boolean kept(SessionRecord session, Workshop workshop) {
        return session.members().get(0).equals(workshop.animator()) && session.date().equals(workshop.date())
                && (session.halfDay() == null || session.halfDay().equals(workshop.halfDay()));
    }
}
