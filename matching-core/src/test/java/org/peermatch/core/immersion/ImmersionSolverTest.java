package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.DecayingNovelty;

/** Whole solves: FULL_ASSERT, determinism, the candidate bound, and a plan with nobody to place. */
class ImmersionSolverTest {

    @Test
    void solvesInFullAssertAndPassesTheIndependentCertifier() {
        Programme programme = ImmersionFixture.generate(77, 12, 6, 6)
                .withSolver(new SolverSettings(null, null, 600L, 77));
        IndependentImmersionRules rules = new IndependentImmersionRules(programme);

        ImmersionProposal proposal = ImmersionSolving.solve(programme, EnvironmentMode.FULL_ASSERT);

        var pairs = IndependentImmersionRules.pairsOf(proposal);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.score()).isEqualTo(rules.score(pairs).toString());
        assertThat(proposal.pairings()).hasSize(rules.maxPlaceable());
    }

    @Test
    void solvesWithTheRelaxedSectorRuleInFullAssert() {
        Programme relaxed = ImmersionFixture.withRules(ImmersionFixture.generate(4, 10, 5, 5),
                new ImmersionRules(false, 10)).withSolver(new SolverSettings(null, null, 600L, 4));

        ImmersionProposal proposal = ImmersionSolving.solve(relaxed, EnvironmentMode.FULL_ASSERT);

        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.pairings()).allSatisfy(p -> assertThat(p.reportDue()).isEqualTo(p.day().plusDays(10)));
        assertThat(proposal.score()).isEqualTo(
                new IndependentImmersionRules(relaxed).score(IndependentImmersionRules.pairsOf(proposal)).toString());
    }

    @Test
    void sameSeedAndMoveLimitGiveTheSameProposal() {
        Programme programme = ImmersionFixture.generate(31, 14, 6, 8)
                .withSolver(new SolverSettings(null, null, 2_000L, 5));

        ImmersionProposal first = ImmersionSolving.solve(programme);
        ImmersionProposal second = ImmersionSolving.solve(programme);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void candidateDaysAreBoundedPerPairAndSpreadOverTheCalendar() {
        List<Member> members = ImmersionFixture.members(
                ImmersionFixture.mentor("r1", "music", 2), ImmersionFixture.mentor("r2", "music", 2),
                ImmersionFixture.mentee("e1", "music"), ImmersionFixture.mentee("e2", "music"));
        Programme year = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(40), members);

        ImmersionPlan plan = ImmersionProblem.build(year, DecayingNovelty.of(year));

        for (MenteePlacement placement : plan.getPlacements()) {
            for (Mentor mentor : plan.getMentors()) {
                List<MentorDay> days = placement.getCandidates().stream().filter(d -> d.mentor() == mentor).toList();
                assertThat(days).hasSize(ImmersionProblem.MAX_DAYS_PER_PAIR);
                assertThat(days.getLast().dayNumber() - days.getFirst().dayNumber()).isGreaterThan(200);
            }
        }
        // The two mentors' grids differ, so immersion days are not all on the same few dates.
        List<LocalDate> first = plan.getPlacements().getFirst().getCandidates().stream()
                .filter(d -> d.mentor().getId().equals("r1")).map(MentorDay::date).toList();
        List<LocalDate> second = plan.getPlacements().getFirst().getCandidates().stream()
                .filter(d -> d.mentor().getId().equals("r2")).map(MentorDay::date).toList();
        assertThat(first).isNotEqualTo(second);
        // Mentees of one mentor share its grid, so they can swap days.
        assertThat(plan.getPlacements().get(1).getCandidates()).containsAll(plan.getPlacements().getFirst()
                .getCandidates());
    }

    @Test
    void keepsEveryCommonDayOfAShortProgrammeAndOnlyFullWorkingDays() {
        LocalDate end = ImmersionFixture.START.plusDays(11);
        List<Member> members = ImmersionFixture.members(
                ImmersionFixture.mentor("r1", "music", 2).weekdays(ImmersionFixture.START, end, DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY),
                ImmersionFixture.mentee("e1", "music").unavailable(ImmersionFixture.START.plusDays(1)));
        Programme programme = ImmersionFixture.programme(end, members);

        ImmersionPlan plan = ImmersionProblem.build(programme, DecayingNovelty.of(programme));

        assertThat(plan.getPlacements().getFirst().getCandidates()).extracting(MentorDay::date)
                .containsExactly(ImmersionFixture.START, ImmersionFixture.START.plusDays(7),
                        ImmersionFixture.START.plusDays(8));
    }

    @Test
    void menteesWithoutAnyMentorAreLeftUnplacedWithAReason() {
        Programme programme = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(2),
                ImmersionFixture.members(ImmersionFixture.mentee("e1", "music"), ImmersionFixture.mentee("e2", "music")));

        ImmersionProposal proposal = ImmersionSolving.solve(programme, EnvironmentMode.FULL_ASSERT);

        assertThat(proposal.score()).isEqualTo("0hard/-2medium/0soft");
        assertThat(proposal.unplaced()).extracting(UnplacedMentee::reasons)
                .containsOnly(List.of("Nobody offers immersion days in this programme."));
    }

    @Test
    void plannedMeetingsFeedTheNoveltyOfLaterModes() {
        Programme programme = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(2),
                ImmersionFixture.members(ImmersionFixture.mentor("r1", "music", 1),
                        ImmersionFixture.mentee("e1", "music")));
        ImmersionProposal proposal = ImmersionSolving.solve(programme);

        var meetings = ImmersionProposals.plannedMeetings(proposal);

        assertThat(meetings).extracting(m -> m.members()).containsExactly(List.of("e1", "r1"));
        assertThat(DecayingNovelty.of(programme).withPlannedMeetings(meetings).pairCost("e1", "r1")).isPositive();
    }

    @Test
    void aHardRuleSwitchedOffByAZeroWeightNeitherPrunesNorCounts() {
        List<Member> members = ImmersionFixture.members(ImmersionFixture.mentor("r1", "music", 1).years(3),
                ImmersionFixture.mentee("e1", "theatre").years(9));
        Programme strict = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(2), members);
        java.util.Map<String, Long> off = new java.util.LinkedHashMap<>();
        off.put("mentor-other-sector", 0L);
        off.put("mentor-less-experienced", 0L);
        Programme lenient = ImmersionFixture.withWeights(strict, off);

        assertThat(ImmersionSolving.solve(strict).pairings()).isEmpty();
        ImmersionProposal proposal = ImmersionSolving.solve(lenient);
        assertThat(proposal.pairings()).hasSize(1);
        assertThat(proposal.feasible()).isTrue();
        assertThat(proposal.score()).isEqualTo(new IndependentImmersionRules(lenient)
                .score(IndependentImmersionRules.pairsOf(proposal)).toString());
    }

    @Test
    void aProgrammeWithoutMenteesIsEmpty() {
        Programme programme = ImmersionFixture.programme(ImmersionFixture.START.plusWeeks(2),
                ImmersionFixture.members(ImmersionFixture.mentor("r1", "music", 2)));

        assertThat(ImmersionProblem.build(programme, DecayingNovelty.of(programme)).isEmpty()).isTrue();
    }
}
