package org.peermatch.core.workshop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who attends the workshops of one theme: the enrolment, a pure function of the theme's demand and its held
 * workshops (half-day, animator, capacity). The constraints and the proposal both call {@link #of}, so the score is
 * the score of the enrolment the committee reads.
 *
 * <p><b>Rule.</b> A participant may only attend a workshop on a theme they need, on a half-day they are available,
 * never one they lead, and one workshop per theme. Kept workshops keep their attendees (who count as seated on the
 * theme). The others are seated by priority: essential needs first, then in programme order, each along an
 * augmenting path (moving already seated participants between the theme's workshops when that frees a seat). Because
 * the participants a set of workshops can seat together form a transversal matroid, this greedy order seats the most
 * essential needs possible, then the largest priority weight possible (exact). Then workshops below the minimum
 * attendance take participants from workshops of the same theme that have more than the minimum, one at a time
 * (a greedy balancing step, not proven optimal).
 *
 * <p>O(N × W × (N + W)) for N needs and W workshops of the theme.
 *
 * @param theme the theme
 * @param seatings who attends each held workshop of the theme, in workshop order
 * @param unseated the theme's needs without a seat, in programme order
 * @param attendances everyone present at the theme's workshops (animators and attendees)
 */
record ThemeEnrolment(WorkshopTheme theme, List<Seating> seatings, List<Demand> unseated,
        List<Attendance> attendances) {

    public ThemeEnrolment {
        seatings = List.copyOf(seatings);
        unseated = List.copyOf(unseated);
        attendances = List.copyOf(attendances);
    }

    /**
     * @param theme the theme
     * @param workshops its workshops, in any order; those not held or on another theme are ignored
     * @return the enrolment
     */
    public static ThemeEnrolment of(WorkshopTheme theme, Collection<PlannedWorkshop> workshops) {
        List<PlannedWorkshop> held = new ArrayList<>();
        for (PlannedWorkshop workshop : workshops) {
            if (workshop.held() && workshop.theme() == theme) {
                held.add(workshop);
            }
        }
        held.sort(Comparator.comparing(PlannedWorkshop::getId));
        return new Enroller(theme, held).enrol();
    }

    /** The working state of one enrolment. */
    private static final class Enroller {
        private final WorkshopTheme theme;
        private final List<PlannedWorkshop> workshops;
        private final List<Demand> open = new ArrayList<>();
        private final int[] assignedTo;
        private final int[] count;
        private final int[] capacity;

        Enroller(WorkshopTheme theme, List<PlannedWorkshop> workshops) {
            this.theme = theme;
            this.workshops = workshops;
            Set<String> kept = new HashSet<>();
            for (PlannedWorkshop workshop : workshops) {
                if (workshop.isPinned()) {
                    for (Demand attendee : workshop.getKeptAttendees()) {
                        kept.add(attendee.memberId());
                    }
                }
            }
            for (Demand need : theme.demand()) {
                if (!kept.contains(need.memberId())) {
                    open.add(need);
                }
            }
            assignedTo = new int[open.size()];
            Arrays.fill(assignedTo, -1);
            count = new int[workshops.size()];
            capacity = new int[workshops.size()];
            for (int w = 0; w < workshops.size(); w++) {
                capacity[w] = workshops.get(w).isPinned() ? 0 : workshops.get(w).capacity();
            }
        }

        ThemeEnrolment enrol() {
            for (int d = 0; d < open.size(); d++) {
                place(d, new boolean[workshops.size()]);
            }
            balance();
            List<Seating> seatings = new ArrayList<>();
            List<Attendance> attendances = new ArrayList<>();
            for (int w = 0; w < workshops.size(); w++) {
                PlannedWorkshop workshop = workshops.get(w);
                List<Demand> attendees = new ArrayList<>();
                if (workshop.isPinned()) {
                    attendees.addAll(workshop.getKeptAttendees());
                } else {
                    for (int d = 0; d < open.size(); d++) {
                        if (assignedTo[d] == w) {
                            attendees.add(open.get(d));
                        }
                    }
                    attendees.sort(Comparator.comparingInt(Demand::participant));
                }
                seatings.add(new Seating(workshop, attendees));
                attendances.add(new Attendance(workshop.animator().getId(), workshop.animator().label(),
                        workshop.halfDayNumber(), workshop, true));
                for (Demand attendee : attendees) {
                    attendances.add(new Attendance(attendee.memberId(), attendee.label(), workshop.halfDayNumber(),
                            workshop, false));
                }
            }
            List<Demand> unseated = new ArrayList<>();
            for (int d = 0; d < open.size(); d++) {
                if (assignedTo[d] < 0) {
                    unseated.add(open.get(d));
                }
            }
            unseated.sort(Comparator.comparingInt(Demand::participant));
            return new ThemeEnrolment(theme, seatings, unseated, attendances);
        }

        private boolean eligible(int d, int w) {
            PlannedWorkshop workshop = workshops.get(w);
            Demand need = open.get(d);
            return !workshop.isPinned() && need.availableOn(workshop.halfDayNumber())
                    && !need.memberId().equals(workshop.animator().getId());
        }

        /** Kuhn's augmenting path over workshops with capacities. */
        private boolean place(int d, boolean[] visited) {
            for (int w = 0; w < workshops.size(); w++) {
                if (visited[w] || !eligible(d, w)) {
                    continue;
                }
                visited[w] = true;
                if (count[w] < capacity[w]) {
                    assignedTo[d] = w;
                    count[w]++;
                    return true;
                }
                for (int other = 0; other < open.size(); other++) {
                    if (assignedTo[other] == w && place(other, visited)) {
                        // other moved to another workshop of the theme: its seat here goes to d
                        count[w]--;
                        assignedTo[d] = w;
                        count[w]++;
                        return true;
                    }
                }
            }
            return false;
        }

        private void balance() {
            int minimum = workshops.isEmpty() ? 0 : workshops.get(0).getFrame().minAttendance();
            for (int w = 0; w < workshops.size(); w++) {
                if (workshops.get(w).isPinned()) {
                    continue;
                }
                boolean moved = true;
                while (moved && count[w] < minimum && count[w] < capacity[w]) {
                    moved = false;
                    for (int d = 0; d < open.size() && !moved; d++) {
                        int from = assignedTo[d];
                        if (from >= 0 && from != w && count[from] > minimum && eligible(d, w)) {
                            count[from]--;
                            assignedTo[d] = w;
                            count[w]++;
                            moved = true;
                        }
                    }
                }
            }
        }
    }
}
