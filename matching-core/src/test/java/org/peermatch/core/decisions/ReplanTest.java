package org.peermatch.core.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.ReplanFact;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.codevelopment.CodevelopmentScoring;
import org.peermatch.core.immersion.ImmersionPairFacts;
import org.peermatch.core.immersion.ImmersionScoring;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineGroup;
import org.peermatch.core.model.BaselineImmersion;
import org.peermatch.core.model.BaselinePair;
import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.ProgrammeModesTest;
import org.peermatch.core.solve.ProgressListener;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workshop.PublishedWorkshop;

/**
 * The committee's decision loop on the demo: re-planning after a resource person drops out (every pair not
 * involving them is kept unless coverage gains, the changes list exactly the released and the new pairs, a budget
 * of changes is never exceeded), "why not" on a forbidden and an allowed pair, and an alternative; every plan is
 * certified by the modes' certifiers.
 */
class ReplanTest {

    private static final SolverSettings MOVES = new SolverSettings(null, null, 3_000L, 5);

    private static Programme demo;
    private static Baseline published;
    private static String dropout;
    private static Proposal first;

    @BeforeAll
    static void publishTheDemo() throws Exception {
        demo = ProgrammeModesTest.demo().withSolver(MOVES);
        Proposal proposal = PeerMatch.solve(demo);
        first = proposal;
        published = Changes.snapshot(proposal, demo);

        // The resource person accompanying the fewest participants (at least one) drops out.
        dropout = proposal.accompaniment().loads().stream()
                .filter(load -> !load.participants().isEmpty())
                .min((a, b) -> Integer.compare(a.participants().size(), b.participants().size()))
                .map(ResourceLoad::resource).orElseThrow();
    }

    /** @return the programme with the member no longer offering accompaniment */
    static Programme withoutResource(Programme programme, String id) {
        List<Member> members = new ArrayList<>();
        for (Member member : programme.members()) {
            if (member.id().equals(id)) {
                Map<Mode, Offer> offers = new LinkedHashMap<>(member.offers());
                offers.remove(Mode.ACCOMPANIMENT);
                member = new Member(member.id(), member.name(), member.organization(), member.sectors(),
                        member.requests(), member.needs(), member.competences(), offers, member.availability(),
                        member.conflicts(), member.continuity(), member.preferences(), member.experienceYears(),
                        member.tags(), member.objectives(), member.location());
            }
            members.add(member);
        }
        return new Programme(programme.name(), programme.start(), programme.end(), programme.timeZone(),
                programme.halfDays(), programme.accompaniment(), programme.immersion(), programme.codevelopment(),
                programme.workshop(), programme.calendar(), programme.closed(), programme.rooms(), members,
                programme.history(), programme.decisions(), programme.weights(), programme.solver(),
                programme.changes());
    }

    @Test
    void aDropoutKeepsEveryUnaffectedPairUnlessCoverageGainsAndListsExactlyTheReleasedAndNewPairs() {
        Programme changed = withoutResource(demo, dropout);
        Proposal replanned = PeerMatch.replan(changed, published, ReplanFact.UNLIMITED);
        assertThat(replanned.feasible()).isTrue();
        assertThat(replanned.accompaniment().violations()).isEmpty();
        // The least change possible: nothing but the released pairs (no new pair, no need moved).
        Proposal frozen = PeerMatch.replan(changed, published, 0);
        assertThat(frozen.accompaniment().violations()).isEmpty();

        Baseline now = Changes.snapshot(replanned, changed);
        Changes changes = Changes.between(published, now, changed, Messages.english());
        List<List<String>> releasedPairs = published.pairs().stream().filter(p -> p.resource().equals(dropout))
                .map(p -> List.of(p.participant(), p.resource())).distinct().toList();
        assertThat(releasedPairs).isNotEmpty();
        List<BaselinePair> moved = new ArrayList<>();
        for (BaselinePair pair : published.pairs()) {
            if (!pair.resource().equals(dropout) && now.pairs().stream()
                    .noneMatch(p -> p.samePair(pair) && p.topic().equals(pair.topic()))) {
                moved.add(pair);
            }
        }
        if (!moved.isEmpty()) {
            // A need not involving the dropout moves only when that serves coverage.
            assertThat(replanned.accompaniment().mediumScore()).as("moved %s", moved)
                    .isGreaterThan(frozen.accompaniment().mediumScore());
        }
        List<ChangedPair> dropped = changes.pairs().stream().filter(p -> p.kind() == ChangeKind.DROPPED).toList();
        assertThat(dropped).filteredOn(ChangedPair::released)
                .extracting(p -> List.of(p.participant(), p.resource())).containsExactlyElementsOf(releasedPairs);
        assertThat(dropped).filteredOn(ChangedPair::released).allSatisfy(p -> assertThat(p.reason())
                .startsWith(demo.member(dropout).name() + " no longer offers accompaniment: "));
        assertThat(dropped).filteredOn(p -> !p.released()).allSatisfy(p -> {
            assertThat(p.reason()).startsWith("Changed so that more needs are covered: ");
            assertThat(moved).anyMatch(m -> m.participant().equals(p.participant())
                    && m.resource().equals(p.resource()));
        });
        // Each new pair is in the new proposal only and says whose place it takes.
        List<ChangedPair> added = changes.pairs().stream().filter(p -> p.kind() == ChangeKind.ADDED).toList();
        for (ChangedPair pair : added) {
            assertThat(published.pairs()).noneMatch(p -> p.participant().equals(pair.participant())
                    && p.resource().equals(pair.resource()));
            assertThat(pair.reason()).contains(" takes " + changed.member(pair.participant()).name() + "'s need ");
        }
        assertThat(changes.added()).isEqualTo(added.size());
        assertThat(changes.counted()).isEqualTo(added.size() + moved.size());
    }

    /**
     * Done-when line 1: Romain Cazals (3 pairs in the published demo) stops offering accompaniment; the capacity
     * left covers his needs, so every other pair is kept as it was (same need, same resource person), all needs stay
     * covered, and the changes are exactly his released pairs and the new pairs. (Most other dropouts of the demo
     * leave an essential need that free capacity cannot cover: there a few pairs move, for coverage, which the test
     * above checks.)
     */
    @Test
    void aDropoutWhoseNeedsTheFreeCapacityCoversKeepsEveryOtherPairAndTheChangesAreExactlyReleasedAndNew() {
        String gone = "romain-cazals";
        List<BaselinePair> his = published.pairs().stream().filter(p -> p.resource().equals(gone)).toList();
        assertThat(his).isNotEmpty();
        Programme changed = withoutResource(demo, gone);
        Proposal replanned = PeerMatch.replan(changed, published, ReplanFact.UNLIMITED);
        assertThat(replanned.accompaniment().violations()).isEmpty();
        assertThat(replanned.accompaniment().hardScore()).isZero();
        assertThat(replanned.accompaniment().uncovered()).isEmpty();
        Baseline now = Changes.snapshot(replanned, changed);
        for (BaselinePair pair : published.pairs()) {
            if (!pair.resource().equals(gone)) {
                assertThat(now.pairs()).as("kept %s", pair)
                        .anyMatch(p -> p.samePair(pair) && p.topic().equals(pair.topic()));
            }
        }
        Changes changes = Changes.between(published, now, changed, Messages.english());
        List<List<String>> released = his.stream().map(p -> List.of(p.participant(), p.resource())).distinct()
                .toList();
        List<List<String>> fresh = now.pairs().stream()
                .filter(p -> published.pairs().stream().noneMatch(b -> b.samePair(p)))
                .map(p -> List.of(p.participant(), p.resource())).distinct().toList();
        assertThat(fresh).isNotEmpty();
        List<ChangedPair> dropped = changes.pairs().stream().filter(p -> p.kind() == ChangeKind.DROPPED).toList();
        assertThat(dropped).allMatch(ChangedPair::released)
                .extracting(p -> List.of(p.participant(), p.resource())).containsExactlyElementsOf(released);
        assertThat(dropped).allSatisfy(p -> assertThat(p.reason())
                .startsWith("Romain Cazals no longer offers accompaniment: "));
        List<ChangedPair> added = changes.pairs().stream().filter(p -> p.kind() == ChangeKind.ADDED).toList();
        assertThat(added).extracting(p -> List.of(p.participant(), p.resource()))
                .containsExactlyInAnyOrderElementsOf(fresh);
        assertThat(added).allSatisfy(p -> assertThat(p.reason())
                .contains(" takes " + changed.member(p.participant()).name() + "'s need "));
        assertThat(changes.counted()).isEqualTo(fresh.size());
    }

    @Test
    void aBudgetOfChangesIsNeverExceeded() {
        Programme changed = withoutResource(demo, dropout);
        for (int budget : new int[] {0, 1}) {
            Proposal replanned = PeerMatch.replan(changed, published, budget);
            assertThat(replanned.accompaniment().hardScore()).isZero();
            assertThat(replanned.accompaniment().violations()).isEmpty();
            Changes changes = Changes.between(published, Changes.snapshot(replanned, changed), changed,
                    Messages.english());
            assertThat(changes.counted()).as("budget %d", budget).isLessThanOrEqualTo(budget);
        }
    }

    @Test
    void replanningTheSameProgrammeKeepsEveryPair() {
        Proposal replanned = PeerMatch.replan(demo, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, demo), demo, Messages.english());
        assertThat(changes.dropped()).isZero();
        assertThat(replanned.accompaniment().violations()).isEmpty();
    }

    @Test
    void replanningWithOtherWeightsKeepsEveryImmersionDay() {
        // from scratch, other weights give other days; from the published proposal, every day stays
        Map<String, Long> weights = new LinkedHashMap<>(demo.weights());
        weights.put("travel-distance", 5L);
        weights.put("immersion-days-close", 20L);
        Programme reseeded = demo.withWeights(weights);
        Proposal scratch = PeerMatch.solve(reseeded);
        assertThat(Changes.between(published, Changes.snapshot(scratch, demo), demo, Messages.english())
                .count(ChangeKind.DROPPED)).isPositive();

        Proposal replanned = PeerMatch.replan(reseeded, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, demo), demo, Messages.english());

        assertThat(published.immersions()).isNotEmpty();
        assertThat(changes.count(ChangeKind.KEPT)).isEqualTo(published.immersions().size());
        assertThat(changes.count(ChangeKind.DROPPED)).isZero();
        assertThat(changes.immersionsMoved()).isZero();
        assertThat(replanned.immersion().violations()).isEmpty();
    }

    @Test
    void groupsTheCommitteeChangedByHandAndPublishedAreKept() {
        // the committee swapped two members between the first two groups before publishing
        List<BaselineGroup> groups = new ArrayList<>(published.groups());
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
        List<String> first = new ArrayList<>(groups.get(0).members());
        List<String> second = new ArrayList<>(groups.get(1).members());
        String[] swap = swapWithoutConflict(first, second);
        first.remove(swap[0]);
        second.remove(swap[1]);
        first.add(swap[1]);
        second.add(swap[0]);
        groups.set(0, new BaselineGroup(groups.get(0).number(), first));
        groups.set(1, new BaselineGroup(groups.get(1).number(), second));
        Baseline byHand = new Baseline(published.programme(), published.pairs(), published.resources(),
                published.participants(), published.names(), published.immersions(), groups, published.workshops());
        assertThat(Changes.between(byHand, Changes.snapshot(ReplanTest.first, demo), demo, Messages.english())
                .groupCount(ChangeKind.DROPPED)).as("from scratch the groups differ").isPositive();

        // with a heavy keep-baseline-group every published group stays as it is
        Map<String, Long> weights = new LinkedHashMap<>(demo.weights());
        weights.put("keep-baseline-group", 100_000L);
        Programme strict = demo.withWeights(weights);
        Proposal replanned = PeerMatch.replan(strict, byHand, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(byHand, Changes.snapshot(replanned, strict), strict, Messages.english());

        assertThat(changes.groupCount(ChangeKind.DROPPED)).isZero();
        assertThat(changes.groupCount(ChangeKind.KEPT))
                .isEqualTo(groups.stream().mapToLong(group -> group.members().size()).sum());
        assertThat(replanned.codevelopment().violations()).isEmpty();

        // with the default weight a member moves only where it is worth more than its separations; the rest stay
        Proposal usual = PeerMatch.replan(demo, byHand, ReplanFact.UNLIMITED);
        Changes usualChanges = Changes.between(byHand, Changes.snapshot(usual, demo), demo, Messages.english());
        assertThat(usualChanges.groupMembersMoved()).isLessThanOrEqualTo(2);
        assertThat(usualChanges.groupCount(ChangeKind.DROPPED)).isEqualTo(usualChanges.groupCount(ChangeKind.ADDED))
                .isEqualTo(usualChanges.groupMembersMoved());
    }

    /** @return a member of each group who may join the other one (no conflict of interest there) */
    private static String[] swapWithoutConflict(List<String> first, List<String> second) {
        for (String a : first) {
            for (String b : second) {
                if (fits(a, second, b) && fits(b, first, a)) {
                    return new String[] {a, b};
                }
            }
        }
        throw new AssertionError("every swap between the first two groups makes a conflict");
    }

    private static boolean fits(String member, List<String> group, String leaving) {
        return group.stream().filter(other -> !other.equals(leaving)).allMatch(other -> CodevelopmentScoring
                .conflict(demo.member(member), demo.member(other), demo.decisions()) == null);
    }

    @Test
    void aMemberLeavingCodevelopmentIsReleasedAndTheOthersKeepTheirGroupMates() {
        String leaving = published.groups().get(0).members().get(0);
        List<Member> members = new ArrayList<>();
        for (Member member : demo.members()) {
            if (member.id().equals(leaving)) {
                List<Mode> requests = new ArrayList<>(member.requests());
                requests.remove(Mode.CODEVELOPMENT);
                member = new Member(member.id(), member.name(), member.organization(), member.sectors(), requests,
                        member.needs(), member.competences(), member.offers(), member.availability(),
                        member.conflicts(), member.continuity(), member.preferences(), member.experienceYears(),
                        member.tags(), member.objectives(), member.location());
            }
            members.add(member);
        }
        Programme changed = demo.withMembers(members, demo.applications());

        Proposal replanned = PeerMatch.replan(changed, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, changed), changed,
                Messages.english());

        assertThat(changes.groupMembers()).filteredOn(member -> member.kind() == ChangeKind.DROPPED)
                .singleElement().satisfies(member -> {
                    assertThat(member.member()).isEqualTo(leaving);
                    assertThat(member.released()).isTrue();
                    assertThat(member.reason()).contains("no longer asks for co-development");
                });
        assertThat(changes.groupMembersMoved()).isZero();
        assertThat(changes.lines(Messages.french())).anySatisfy(line -> assertThat(line)
                .startsWith("Groupes de co-développement : "));
    }

    @Test
    void aWorkshopTheCommitteeMovedByHandAndPublishedIsKept() {
        // the committee moved the first workshop to a later week before publishing
        List<BaselineWorkshop> workshops = new ArrayList<>(published.workshops());
        BaselineWorkshop first = workshops.get(0);
        BaselineWorkshop moved = null;
        for (int weeks = 1; moved == null && weeks < 40; weeks++) {
            BaselineWorkshop candidate = new BaselineWorkshop(first.theme(), first.animator(),
                    first.date().plusWeeks(weeks), first.halfDay(), first.room());
            boolean free = workshops.stream().noneMatch(other -> other.date().equals(candidate.date())
                    && other.halfDay().equals(candidate.halfDay()));
            if (free && PublishedWorkshop.of(demo, candidate) == PublishedWorkshop.POSSIBLE) {
                moved = candidate;
            }
        }
        assertThat(moved).as("a later half-day the animator is available on").isNotNull();
        workshops.set(0, moved);
        Baseline byHand = new Baseline(published.programme(), published.pairs(), published.resources(),
                published.participants(), published.names(), published.immersions(), published.groups(), workshops);
        assertThat(Changes.between(byHand, Changes.snapshot(ReplanTest.first, demo), demo, Messages.english())
                .workshopCount(ChangeKind.DROPPED)).as("from scratch the workshops differ").isPositive();

        Proposal replanned = PeerMatch.replan(demo, byHand, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(byHand, Changes.snapshot(replanned, demo), demo, Messages.english());

        assertThat(changes.workshopCount(ChangeKind.DROPPED)).as(String.join("\n",
                changes.lines(Messages.english()))).isZero();
        assertThat(changes.workshopCount(ChangeKind.KEPT)).isEqualTo(workshops.size());
        assertThat(replanned.workshops().violations()).isEmpty();
    }

    @Test
    void replanningWithOtherCalendarWeightsKeepsThePublishedMeetingDates() {
        // from scratch, other calendar weights date meetings elsewhere; from the published proposal, they stay
        Map<String, Long> weights = new LinkedHashMap<>(demo.weights());
        weights.put("calendar-meetings-bunched", 300L);
        weights.put("calendar-series-ends-early", 400L);
        Programme reweighted = demo.withWeights(weights);
        Proposal scratch = PeerMatch.solve(reweighted);
        Changes fromScratch = Changes.between(published, Changes.snapshot(scratch, demo), demo, Messages.english());
        assertThat(fromScratch.meetings().moved()).as("from scratch some meetings move").isPositive();

        Proposal replanned = PeerMatch.replan(reweighted, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, demo), demo, Messages.english());

        assertThat(changes.meetings().moved()).as(String.join("\n", changes.lines(Messages.english())))
                .isLessThan(fromScratch.meetings().moved() / 4 + 1);
        assertThat(changes.meetings().kept()).isGreaterThan(fromScratch.meetings().kept());
        assertThat(replanned.calendarViolations()).isEmpty();
        assertThat(changes.lines(Messages.english())).anySatisfy(line -> assertThat(line)
                .startsWith("Calendar: ").contains("published accompaniment meetings keep their half-day"));
    }

    @Test
    void anAnimatorDropoutReleasesTheirWorkshopsAndKeepsTheOthers() {
        String gone = published.workshops().get(0).animator();
        Programme changed = withoutOffer(demo, gone, Mode.WORKSHOP);

        Proposal replanned = PeerMatch.replan(changed, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, changed), changed,
                Messages.english());

        assertThat(changes.workshops()).filteredOn(workshop -> workshop.kind() == ChangeKind.DROPPED)
                .isNotEmpty()
                .allSatisfy(workshop -> {
                    assertThat(workshop.animator()).isEqualTo(gone);
                    assertThat(workshop.released()).isTrue();
                    assertThat(workshop.reason()).contains("no longer offers workshops");
                });
        assertThat(changes.workshopsMoved()).isZero();
        assertThat(replanned.workshops().violations()).isEmpty();
        assertThat(changes.lines(Messages.french())).anySatisfy(line -> assertThat(line)
                .startsWith("Ateliers collectifs : "));
    }

    @Test
    void aMentorDropoutReleasesTheirDaysAndKeepsEveryOtherDayUnlessMoreMenteesArePlaced() {
        BaselineImmersion lost = published.immersions().get(0);
        Programme changed = withoutOffer(demo, lost.mentor(), Mode.IMMERSION);

        Proposal replanned = PeerMatch.replan(changed, published, ReplanFact.UNLIMITED);
        Changes changes = Changes.between(published, Changes.snapshot(replanned, changed), changed,
                Messages.english());

        assertThat(replanned.immersion().violations()).isEmpty();
        List<ChangedImmersion> dropped = changes.immersions().stream()
                .filter(day -> day.kind() == ChangeKind.DROPPED).toList();
        assertThat(dropped).filteredOn(ChangedImmersion::released)
                .allSatisfy(day -> assertThat(day.mentor()).isEqualTo(lost.mentor()))
                .allSatisfy(day -> assertThat(day.reason()).contains("no longer offers immersion days"))
                .isNotEmpty();
        long publishedElsewhere = published.immersions().stream()
                .filter(day -> !day.mentor().equals(lost.mentor())).count();
        assertThat(changes.count(ChangeKind.KEPT) + changes.immersionsMoved()).isEqualTo(publishedElsewhere);
        assertThat(replanned.immersion().pairings()).as("no mentee with a possible day is left without one")
                .hasSizeGreaterThanOrEqualTo((int) publishedElsewhere);
        assertThat(changes.lines(Messages.english())).anySatisfy(line -> assertThat(line)
                .startsWith("Immersion days: "));
        assertThat(changes.lines(Messages.french())).anySatisfy(line -> assertThat(line)
                .startsWith("Journées d’immersion : "));
    }

    /** @return the programme with the member no longer offering the mode */
    static Programme withoutOffer(Programme programme, String id, Mode mode) {
        List<Member> members = new ArrayList<>();
        for (Member member : programme.members()) {
            if (member.id().equals(id)) {
                Map<Mode, Offer> offers = new LinkedHashMap<>(member.offers());
                offers.remove(mode);
                member = new Member(member.id(), member.name(), member.organization(), member.sectors(),
                        member.requests(), member.needs(), member.competences(), offers, member.availability(),
                        member.conflicts(), member.continuity(), member.preferences(), member.experienceYears(),
                        member.tags(), member.objectives(), member.location());
            }
            members.add(member);
        }
        return programme.withMembers(members, programme.applications());
    }

    @Test
    void whyNotThisMentorNamesTheRuleOfAForbiddenPair() {
        ImmersionScoring scoring = new ImmersionScoring(demo, new PairScoring(demo).novelty());
        Member[] pair = immersionPair(scoring, true);

        WhyNotMentor.Answer answer = WhyNotMentor.ask(demo, published, pair[0].id(), pair[1].id(),
                Messages.english());

        assertThat(answer.forbidden()).isNotEmpty().allSatisfy(rule -> assertThat(rule).matches(
                "(immersion-conflict-of-interest|mentor-less-experienced|mentor-other-sector"
                        + "|immersion-day-unavailable): .+"));
        assertThat(answer.lines().get(0)).startsWith("Why not " + pair[1].name() + " as mentor of "
                + pair[0].name() + "? The hard rules forbid the pair:");
        assertThat(WhyNotMentor.ask(demo, published, pair[0].id(), pair[1].id(), Messages.french()).lines().get(0))
                .contains("comme mentor·e de").contains("Les règles strictes interdisent ce binôme");
    }

    @Test
    void whyNotThisMentorGivesACertifiedPlanWithThePairAndSaysWhetherTheProposalWasImprovable() {
        ImmersionScoring scoring = new ImmersionScoring(demo, new PairScoring(demo).novelty());
        Member[] pair = immersionPair(scoring, false);

        WhyNotMentor.Answer answer = WhyNotMentor.ask(demo, published, pair[0].id(), pair[1].id(),
                Messages.english());

        assertThat(answer.forbidden()).isEmpty();
        assertThat(answer.holds(pair[0].id(), pair[1].id())).as(String.join("\n", answer.lines())).isTrue();
        assertThat(answer.after().violations()).isEmpty();
        assertThat(answer.lines()).contains(answer.improves()
                ? "The proposal was improvable: the plan with the pair is better."
                : "The plan with the pair is no better than the proposal.");
        assertThat(answer.lines()).anySatisfy(line -> assertThat(line).startsWith("Mentees with an immersion day: "));
    }

    @Test
    void whyNotThisMemberInThatGroupGivesACertifiedPlanWithTheMemberThere() {
        BaselineGroup second = published.groups().get(1);
        String member = published.groups().get(0).members().stream()
                .filter(id -> second.members().stream().allMatch(mate -> CodevelopmentScoring.conflict(
                        demo.member(id), demo.member(mate), demo.decisions()) == null))
                .findFirst().orElseThrow();

        WhyNotGroup.Answer answer = WhyNotGroup.ask(demo, published, member, second.number(), Messages.english());

        assertThat(answer.forbidden()).isEmpty();
        assertThat(answer.after().violations()).isEmpty();
        assertThat(answer.after().groups()).as(String.join("\n", answer.lines()))
                .anySatisfy(group -> assertThat(group.members()).contains(member)
                        .containsAnyElementsOf(second.members()));
        assertThat(answer.changes().groupMembers()).anySatisfy(change -> {
            assertThat(change.member()).isEqualTo(member);
            assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(change.group()).isEqualTo(second.number());
        });
        assertThat(answer.lines()).contains(answer.improves()
                ? "The proposal was improvable: the plan with this change is better."
                : "The plan with this change is no better than the proposal.");
    }

    @Test
    void whyNotThisMemberInThatGroupSaysWhatForbidsIt() {
        String outsider = demo.members().stream().filter(m -> !m.requests(Mode.CODEVELOPMENT)).findFirst()
                .orElseThrow().id();

        WhyNotGroup.Answer answer = WhyNotGroup.ask(demo, published, outsider, 9, Messages.french());

        assertThat(answer.forbidden()).hasSize(2);
        assertThat(answer.lines().get(0)).contains("dans le groupe de co-développement 9 ? C’est impossible");
        assertThat(answer.lines()).anySatisfy(line -> assertThat(line).contains("ne demande pas le co-développement"))
                .anySatisfy(line -> assertThat(line).contains("La proposition n’a pas de groupe 9"));
    }

    /**
     * @return a mentee and a mentor the proposal does not pair: one a rule of the pair forbids ({@code forbidden}),
     *         else one no rule of the pair forbids
     */
    private static Member[] immersionPair(ImmersionScoring scoring, boolean forbidden) {
        for (Member mentee : demo.participantsIn(Mode.IMMERSION)) {
            for (Member mentor : demo.members()) {
                if (mentor.offer(Mode.IMMERSION) == null || mentor.id().equals(mentee.id())
                        || published.immersions().contains(published.immersionOf(mentee.id()))
                                && published.immersionOf(mentee.id()).mentor().equals(mentor.id())) {
                    continue;
                }
                ImmersionPairFacts facts = scoring.facts(mentee, mentor);
                java.util.BitSet common = (java.util.BitSet) scoring.fullDays(mentee).clone();
                common.and(scoring.fullDays(mentor));
                boolean allowed = !facts.conflicted() && facts.experienceShortfall() == 0
                        && (!demo.immersion().sameSectorRequired() || facts.sameSector()) && !common.isEmpty();
                if (forbidden != allowed) {
                    return new Member[] {mentee, mentor};
                }
            }
        }
        throw new AssertionError("the demo has no such pair");
    }

    @Test
    void whyOnAForbiddenPairNamesTheRule() {
        // The demo's committee forbade Mehdi Haddad with Julien Marty.
        WhyNot.Answer answer = WhyNot.ask(demo, published, "mehdi-haddad", "julien-marty", null,
                Messages.english());
        assertThat(answer.forbidden()).singleElement().asString()
                .startsWith("conflict-of-interest: The committee forbade Mehdi Haddad with Julien Marty");
        assertThat(answer.after()).isNull();
        assertThat(String.join("\n", WhyNot.ask(demo, published, "mehdi-haddad", "julien-marty", null,
                Messages.french()).lines())).contains("Le comité de pilotage a interdit Mehdi Haddad avec Julien Marty");
    }

    @Test
    void whyOnAnAllowedPairGivesACertifiedPlanWithItNoBetterThanTheProposalOrSaysItWasImprovable() {
        // A participant's need and a competent resource person they are not paired with.
        BaselinePair need = published.pairs().get(0);
        String resource = allowedUnused(need);
        WhyNot.Answer answer = WhyNot.ask(demo, published, need.participant(), resource, need.topic(),
                Messages.english());
        assertThat(answer.forbidden()).isEmpty();
        assertThat(answer.after().violations()).isEmpty();
        assertThat(answer.after().hardScore()).isZero();
        assertThat(answer.after().assignments()).anyMatch(a -> a.participant().equals(need.participant())
                && a.resource().equals(resource) && a.topic().equals(need.topic()));
        assertThat(answer.before().score()).isEqualTo("0hard/0medium/" + answer.before().softScore() + "soft");
        if (answer.improves()) {
            assertThat(answer.lines()).contains("The proposal was improvable: the plan with the pair is better.");
        } else {
            assertThat(answer.after().mediumScore() < answer.before().mediumScore()
                    || answer.after().mediumScore() == answer.before().mediumScore()
                            && answer.afterSoftWithoutChanges() <= answer.before().softScore()).isTrue();
            assertThat(answer.lines()).contains("The plan with the pair is no better than the proposal.");
        }
        assertThat(answer.changes().pairs()).anyMatch(p -> p.kind() == ChangeKind.ADDED
                && p.participant().equals(need.participant()) && p.resource().equals(resource));
    }

    /** @return a resource person competent on the need, free of every rule of the pair, not paired with them */
    private static String allowedUnused(BaselinePair need) {
        Member participant = demo.member(need.participant());
        for (Member member : demo.members()) {
            boolean paired = published.pairs().stream().anyMatch(p -> p.participant().equals(need.participant())
                    && p.resource().equals(member.id()));
            if (member.offer(Mode.ACCOMPANIMENT) != null && !paired
                    && member.levelOn(need.topic()) >= demo.accompaniment().minimumLevel()
                    && WhyNot.ask(demo.withSolver(new SolverSettings(null, null, 1L, 0)), Baseline.NONE,
                            participant.id(), member.id(), need.topic(), Messages.english()).forbidden().isEmpty()
                    && !member.organization().equalsIgnoreCase(participant.organization())) {
                return member.id();
            }
        }
        throw new AssertionError("no allowed, unused resource person for " + need);
    }

    @Test
    void anAlternativeIsCertifiedAndDiffersByTheStatedShare() throws InterruptedException {
        List<List<String>> earlier = Alternatives.pairs(first);
        Proposal second = PeerMatch.start(demo, Baseline.NONE, ReplanFact.UNLIMITED, earlier,
                ProgressListener.NONE, EnvironmentMode.PHASE_ASSERT).await();
        assertThat(second.feasible()).isTrue();
        assertThat(second.allViolations()).isEmpty();
        Alternatives.Row row = Alternatives.row(2, second, earlier);
        assertThat(row.newShare()).isGreaterThanOrEqualTo(Alternatives.STATED_SHARE);
        assertThat(row.covered()).isEqualTo(Alternatives.row(1, first, List.of()).covered());
        assertThat(Alternatives.table(List.of(Alternatives.row(1, first, List.of()), row), Messages.english()))
                .hasSize(4);
    }
}
