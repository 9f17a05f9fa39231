package org.peermatch.core.codevelopment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.scoring.NoveltyModel;

/** Builds co-development programmes for tests: by hand, member by member, or generated from a seed. */
final class CodevelopmentFixture {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final LocalDate END = LocalDate.of(2027, 12, 17);
    static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
    private static final List<String> SECTORS = List.of("music", "publishing", "design", "heritage", "games");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private CodevelopmentFixture() {
    }

    /** @return a member asking for co-development, available every weekday */
    static Member member(String id, String organization, String... sectors) {
        return member(id, organization, List.of(sectors), Availability.ALWAYS, List.of());
    }

    /** @return a member asking for co-development */
    static Member member(String id, String organization, List<String> sectors, Availability availability,
            List<String> conflicts) {
        return new Member(id, "Name " + id, organization, sectors, List.of(Mode.CODEVELOPMENT), List.of(), List.of(),
                Map.of(), availability, conflicts, List.of(), List.of(), 0, List.of(), List.of(), null);
    }

    /** @return available on one weekly half-day between two dates */
    static Availability weekly(DayOfWeek day, String slot, LocalDate from, LocalDate to) {
        return new Availability(List.of(new WeeklyAvailability(from, to, List.of(new WeeklyHalfDay(day, slot)))),
                List.of());
    }

    static Programme programme(List<Member> members, CodevelopmentRules rules) {
        return programme(members, List.of(), Decisions.NONE, rules, Map.of(), START, END, 20_000L, 0L);
    }

    static Programme programme(List<Member> members, List<Interaction> history, Decisions decisions,
            CodevelopmentRules rules, Map<String, Long> weights, LocalDate start, LocalDate end, long moves,
            long seed) {
        return new Programme("Co-development test", start, end, ZoneId.of("Europe/Paris"), HALF_DAYS,
                AccompanimentRules.DEFAULT, ImmersionRules.DEFAULT, rules, members, history, decisions, weights,
                new SolverSettings(null, null, moves, seed));
    }

    /**
     * Generates a programme: organizations shared now and then, one or two of five sectors, weekly availabilities
     * (some only part of the programme, so that some groups lack common months), a history of earlier meetings of
     * two or three members, a few declared conflicts and a forbidden pair; a programme of 3 to 12 months.
     */
    static Programme generate(long seed, int participants, CodevelopmentRules rules, long moves) {
        Random random = new Random(seed);
        LocalDate end = START.plusMonths(3 + random.nextInt(10)).minusDays(1);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            List<String> sectors = new ArrayList<>();
            sectors.add(SECTORS.get(random.nextInt(SECTORS.size())));
            if (random.nextInt(4) == 0) {
                String second = SECTORS.get(random.nextInt(SECTORS.size()));
                if (!sectors.contains(second)) {
                    sectors.add(second);
                }
            }
            Availability availability = Availability.ALWAYS;
            if (random.nextInt(3) > 0) {
                List<WeeklyHalfDay> halfDays = new ArrayList<>();
                for (int k = 0; k < 2 + random.nextInt(4); k++) {
                    halfDays.add(new WeeklyHalfDay(WEEKDAYS.get(random.nextInt(5)), random.nextBoolean() ? "AM" : "PM"));
                }
                LocalDate from = random.nextInt(4) == 0 ? START.plusMonths(random.nextInt(4)) : START;
                LocalDate to = random.nextInt(4) == 0 ? from.plusMonths(1 + random.nextInt(3)) : end;
                availability = new Availability(List.of(new WeeklyAvailability(from, to, halfDays)), List.of());
            }
            List<String> conflicts = random.nextInt(7) == 0 ? List.of("c" + random.nextInt(participants)) : List.of();
            members.add(new Member("c" + i, "Member " + i, "Org " + random.nextInt(participants + 2), sectors,
                    List.of(Mode.CODEVELOPMENT), List.of(), List.of(), Map.of(), availability, conflicts, List.of(),
                    List.of(), 0, List.of(), List.of(), null));
        }
        // Someone who does not ask for co-development, met in the history (a common peer).
        members.add(new Member("x0", "Outsider", "Org X", List.of("music"), List.of(), List.of(), List.of(), Map.of(),
                Availability.ALWAYS, List.of(), List.of(), List.of()));
        List<Interaction> history = new ArrayList<>();
        for (int k = 0; k < participants; k++) {
            List<String> met = new ArrayList<>();
            met.add("c" + random.nextInt(participants));
            met.add(random.nextInt(5) == 0 ? "x0" : "c" + random.nextInt(participants));
            if (random.nextInt(3) == 0) {
                met.add("c" + random.nextInt(participants));
            }
            history.add(new Interaction(met, Mode.OTHER, START.minusDays(1 + random.nextInt(900))));
        }
        List<ForbiddenPair> forbidden = new ArrayList<>();
        if (participants > 1 && random.nextBoolean()) {
            forbidden.add(new ForbiddenPair("c0", "c" + (1 + random.nextInt(participants - 1)),
                    random.nextBoolean() ? "family ties" : null));
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            weights.put(CodevelopmentConstraint.GROUP_SECTOR_DOMINANCE.id(), 200L);
        }
        return programme(members, history, new Decisions(List.of(), forbidden), rules, weights, START, end, moves,
                seed);
    }

    /** A solve and its proposal. */
    record Solved(CodevelopmentPlan best, CodevelopmentProposal proposal) {
    }

    /** Solves the programme's co-development problem the way the facade does. */
    static Solved solve(Programme programme, EnvironmentMode mode) {
        NoveltyModel novelty = DecayingNovelty.of(programme);
        return solve(programme, novelty, CodevelopmentProblem.build(programme, novelty), mode);
    }

    /** Solves a prepared plan (e.g. with a hand-made starting point). */
    static Solved solve(Programme programme, NoveltyModel novelty, CodevelopmentPlan plan, EnvironmentMode mode) {
        CodevelopmentPlan best = SolverFactory.<CodevelopmentPlan>create(
                CodevelopmentProblem.solverConfig(programme.solver(), mode)).buildSolver().solve(plan);
        return new Solved(best, CodevelopmentProposals.of(programme, novelty, best));
    }
}
