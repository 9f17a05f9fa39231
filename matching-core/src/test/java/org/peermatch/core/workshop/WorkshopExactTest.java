package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;

/**
 * Brute force on tiny programmes (one week, one or two workshops, a few animators, participants and rooms): every
 * combination of lead, half-day and room of every workshop (or not held) is scored by the independent rules, with
 * attendees from {@link ThemeEnrolment} (whose own exactness {@link ThemeEnrolmentTest} checks), and the solver
 * must reach the best score.
 */
class WorkshopExactTest {

    private static final Comparator<IndependentWorkshopRules.Score> ORDER = Comparator
            .comparingLong(IndependentWorkshopRules.Score::hard)
            .thenComparingLong(IndependentWorkshopRules.Score::medium)
            .thenComparingLong(IndependentWorkshopRules.Score::soft);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void solverReachesTheBruteForceOptimum(long seed) {
        Programme programme = tiny(seed);
        IndependentWorkshopRules rules = new IndependentWorkshopRules(programme);
        WorkshopPlan plan = WorkshopProblem.build(programme);
        IndependentWorkshopRules.Score best = bruteForce(plan, rules, 0, null);

        WorkshopProposal proposal = WorkshopFixture.solve(programme);

        assertThat(proposal.score()).as("optimum %s", best).isEqualTo(best.toString());
    }

    private static IndependentWorkshopRules.Score bruteForce(WorkshopPlan plan, IndependentWorkshopRules rules,
            int index, IndependentWorkshopRules.Score best) {
        List<PlannedWorkshop> workshops = plan.getWorkshops();
        if (index == workshops.size()) {
            IndependentWorkshopRules.Score score = rules.score(records(plan), workshops.size());
            return best == null || ORDER.compare(score, best) > 0 ? score : best;
        }
        PlannedWorkshop workshop = workshops.get(index);
        set(workshop, null, null, null);
        best = bruteForce(plan, rules, index + 1, best);
        List<WorkshopRoom> rooms = new ArrayList<>(workshop.getRoomRange());
        rooms.add(null);
        for (Lead lead : workshop.getLeadRange()) {
            for (HalfDay halfDay : workshop.getHalfDayRange()) {
                for (WorkshopRoom room : rooms) {
                    set(workshop, lead, halfDay, room);
                    best = bruteForce(plan, rules, index + 1, best);
                }
            }
        }
        set(workshop, null, null, null);
        return best;
    }

    private static void set(PlannedWorkshop workshop, Lead lead, HalfDay halfDay, WorkshopRoom room) {
        workshop.setLead(lead);
        workshop.setHalfDay(halfDay);
        workshop.setRoom(room);
    }

    /** @return the held workshops with the attendees the enrolment gives them */
    private static List<Workshop> records(WorkshopPlan plan) {
        List<Workshop> records = new ArrayList<>();
        List<PlannedWorkshop> held = plan.getWorkshops().stream().filter(PlannedWorkshop::held).toList();
        for (WorkshopTheme theme : plan.getThemes()) {
            for (Seating seating : ThemeEnrolment.of(theme, held).seatings()) {
                PlannedWorkshop w = seating.workshop();
                records.add(new Workshop(records.size() + 1, theme.topic(), w.animator().getId(),
                        w.getHalfDay().date(), w.getHalfDay().slot(), w.getRoom() == null ? null : w.getRoom().getId(),
                        seating.attendees().stream().map(Demand::memberId).toList(), List.of()));
            }
        }
        return records;
    }

    /** One week, 1 or 2 workshops, 2 or 3 animators, 5 to 8 participants on 3 topics, sometimes rooms. */
    private static Programme tiny(long seed) {
        Random random = new Random(seed * 7919);
        List<String> topics = List.of("pitch", "export", "funding");
        List<WorkshopFixture.Person> people = new ArrayList<>();
        int animators = 2 + random.nextInt(2);
        for (int i = 1; i <= animators; i++) {
            WorkshopFixture.Person animator = WorkshopFixture.person("a" + i).animates(1 + random.nextInt(2),
                    random.nextInt(3) == 0 ? 2 : 0);
            animator.competent(topics.get(random.nextInt(3)), 3 + random.nextInt(3));
            if (random.nextBoolean()) {
                animator.competent(topics.get(random.nextInt(3)), 4);
            }
            if (random.nextBoolean()) {
                animator.weekdays(DayOfWeek.of(1 + random.nextInt(5)), DayOfWeek.of(1 + random.nextInt(5)));
            }
            people.add(animator);
        }
        int participants = 5 + random.nextInt(4);
        for (int i = 1; i <= participants; i++) {
            WorkshopFixture.Person participant = WorkshopFixture.person("p" + i);
            String first = topics.get(random.nextInt(3));
            participant.needs(first + ":" + (1 + random.nextInt(3)));
            String second = topics.get(random.nextInt(3));
            if (!second.equals(first) && random.nextBoolean()) {
                participant.needs(second + ":" + (1 + random.nextInt(3)));
            }
            if (random.nextInt(3) > 0) {
                participant.weekdays(DayOfWeek.of(1 + random.nextInt(5)), DayOfWeek.of(1 + random.nextInt(5)));
            }
            people.add(participant);
        }
        WorkshopFixture.Frame frame = WorkshopFixture.frame().end(WorkshopFixture.START.plusDays(4))
                .rules(1 + random.nextInt(2), 4, 2, 3 + random.nextInt(2), List.of(), List.of());
        if (random.nextBoolean()) {
            frame.rooms(new Room("r1", "Room 1", 3 + random.nextInt(3), List.of()),
                    new Room("r2", "Room 2", 2 + random.nextInt(4), List.of(WorkshopFixture.START.plusDays(
                            random.nextInt(5)))));
        }
        List<Member> members = people.stream().map(WorkshopFixture.Person::build).toList();
        return frame.solver(new SolverSettings(null, null, 4_000L, seed)).programme(members);
    }
}
