package org.peermatch.core.workshop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * A plain re-implementation of the workshop score from the programme and a list of workshops (with their
 * attendees), written from the constraint table rather than from the constraint provider, with default weights. For
 * programmes without kept workshops.
 */
final class IndependentWorkshopRules {

    record Score(long hard, long medium, long soft) {
        @Override
        public String toString() {
            return hard + "hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private final Programme programme;
    private final WorkshopRules rules;
    private final HalfDayCalendar calendar;

    IndependentWorkshopRules(Programme programme) {
        this.programme = programme;
        this.rules = programme.workshop();
        this.calendar = new HalfDayCalendar(programme);
    }

    /** @return the themes workshops may take: the committee's, else every topic workshop participants need */
    Set<String> themes() {
        Set<String> themes = new LinkedHashSet<>(rules.themes());
        if (themes.isEmpty()) {
            for (Member member : programme.participantsIn(Mode.WORKSHOP)) {
                for (Need need : member.needs()) {
                    themes.add(need.topic());
                }
            }
        }
        return themes;
    }

    /**
     * @param workshops the held workshops
     * @param planned how many workshops the plan has (held or not)
     */
    Score score(List<Workshop> workshops, int planned) {
        long hard = 0;
        Map<String, Integer> perAnimatorSlot = new LinkedHashMap<>();
        Map<String, Integer> perRoomSlot = new LinkedHashMap<>();
        Map<String, Integer> perAnimator = new LinkedHashMap<>();
        Map<String, int[]> presence = new LinkedHashMap<>();
        Map<String, Set<String>> seated = new LinkedHashMap<>();
        for (Workshop workshop : workshops) {
            Member animator = programme.member(workshop.animator());
            Offer offer = animator.offer(Mode.WORKSHOP);
            int halfDay = number(workshop);
            if (offer == null || offer.sessions() == 0 || animator.levelOn(workshop.theme()) < rules.minimumLevel()) {
                hard++;
            }
            if (!calendar.availableHalfDays(animator).get(halfDay)) {
                hard++;
            }
            LocalDate date = workshop.date();
            if (date.isBefore(programme.start()) || date.isAfter(programme.end()) || programme.isClosed(date)
                    || date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                hard++;
            }
            if (!programme.rooms().isEmpty()) {
                Room room = programme.rooms().stream().filter(r -> r.id().equals(workshop.room())).findFirst()
                        .orElse(null);
                hard += room == null ? rules.minAttendance() + 1
                        : Math.max(0, rules.minAttendance() + 1 - room.capacity());
                if (room != null && room.unavailable().contains(date)) {
                    hard++;
                }
            }
            String slot = date + workshop.halfDay();
            perAnimatorSlot.merge(animator.id() + slot, 1, Integer::sum);
            if (workshop.room() != null) {
                perRoomSlot.merge(workshop.room() + slot, 1, Integer::sum);
            }
            perAnimator.merge(animator.id(), 1, Integer::sum);
            int maximum = rules.maxAttendance();
            if (offer != null && offer.participants() > 0) {
                maximum = Math.min(maximum, offer.participants());
            }
            int size = workshop.attendees().size();
            hard += size < rules.minAttendance() ? rules.minAttendance() - size : Math.max(0, size - maximum);
            presence.computeIfAbsent(animator.id() + "@" + slot, k -> new int[2])[1]++;
            for (String id : workshop.attendees()) {
                presence.computeIfAbsent(id + "@" + slot, k -> new int[2])[0]++;
                seated.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(workshop.theme());
            }
        }
        for (int count : perAnimatorSlot.values()) {
            hard += count - 1;
        }
        for (int count : perRoomSlot.values()) {
            hard += count - 1;
        }
        for (Map.Entry<String, Integer> entry : perAnimator.entrySet()) {
            Offer offer = programme.member(entry.getKey()).offer(Mode.WORKSHOP);
            hard += Math.max(0, entry.getValue() - (offer == null ? 0 : offer.sessions()));
        }
        for (int[] present : presence.values()) {
            if (present[0] > 0) {
                hard += present[0] + Math.min(present[1], 1) - 1;
            }
        }

        long medium = planned - workshops.size();
        long uncovered = 0;
        Set<String> themes = themes();
        for (Member member : programme.participantsIn(Mode.WORKSHOP)) {
            Map<String, Integer> priorities = new LinkedHashMap<>();
            for (Need need : member.needs()) {
                priorities.merge(need.topic(), need.priority(), Math::min);
            }
            for (Map.Entry<String, Integer> need : priorities.entrySet()) {
                if (!themes.contains(need.getKey())
                        || seated.getOrDefault(member.id(), Set.of()).contains(need.getKey())) {
                    continue;
                }
                if (need.getValue() == 1) {
                    medium++;
                }
                uncovered += 4 - need.getValue();
            }
        }
        long soft = -10 * uncovered;
        LocalDate from = programme.changes().replanFrom() != null
                && programme.changes().replanFrom().isAfter(programme.start())
                ? programme.changes().replanFrom() : programme.start();
        int days = (int) ChronoUnit.DAYS.between(from, programme.end()) + 1;
        int spacing = Math.min(28, Math.max(7, days / Math.max(1, planned)));
        for (int i = 0; i < workshops.size(); i++) {
            for (int j = i + 1; j < workshops.size(); j++) {
                long gap = Math.abs(ChronoUnit.DAYS.between(workshops.get(i).date(), workshops.get(j).date()));
                soft -= Math.max(0, spacing - gap);
            }
            Workshop workshop = workshops.get(i);
            if (!rules.preferredHalfDays().isEmpty() && !rules.preferredHalfDays().contains(
                    new WeeklyHalfDay(workshop.date().getDayOfWeek(), workshop.halfDay()))) {
                soft -= 20;
            }
        }
        return new Score(-hard, -medium, soft);
    }

    private int number(Workshop workshop) {
        int slot = 0;
        for (int s = 0; s < programme.halfDays().size(); s++) {
            if (programme.halfDays().get(s).id().equals(workshop.halfDay())) {
                slot = s;
            }
        }
        return (int) ChronoUnit.DAYS.between(programme.start(), workshop.date()) * programme.halfDays().size() + slot;
    }

    /** @return every attendee may attend: asks for workshops, needs the theme, available, not the animator */
    List<String> ineligible(List<Workshop> workshops) {
        List<String> problems = new ArrayList<>();
        for (Workshop workshop : workshops) {
            for (String id : workshop.attendees()) {
                Member member = programme.member(id);
                BitSet available = calendar.availableHalfDays(member);
                if (!member.requests(Mode.WORKSHOP) || id.equals(workshop.animator())
                        || member.needs().stream().noneMatch(n -> n.topic().equals(workshop.theme()))
                        || !available.get(number(workshop))) {
                    problems.add(id + " in workshop " + workshop.number());
                }
            }
        }
        return problems;
    }
}
