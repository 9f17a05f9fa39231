package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.testing.Programmes;

class PairScoringTest {

    private static final Need BUDGET = new Need("budget", 1, 6);

    private static Member member(String id, String organization, List<String> sectors, List<String> conflicts,
            List<String> preferences) {
        return new Member(id, "Name " + id, organization, sectors, List.of(Mode.ACCOMPANIMENT), List.of(BUDGET),
                List.of(new Competence("budget", 4)), Map.of(Mode.ACCOMPANIMENT, new Offer(20, 3)),
                Availability.ALWAYS, conflicts, List.of(), preferences);
    }

    private static Member member(String id, String organization) {
        return member(id, organization, List.of("music"), List.of(), List.of());
    }

    private static PairScoring scoring(List<Member> members, List<ForbiddenPair> forbidden) {
        return new PairScoring(Programmes.of(members, List.of(), new Decisions(List.of(), forbidden), Map.of()));
    }

    @Test
    void sameOrganizationIgnoringCaseIsAConflict() {
        Member a = member("a", "Le Bikini");
        Member b = member("b", "le BIKINI");
        assertThat(scoring(List.of(a, b), List.of()).conflict(a, b)).isEqualTo("both work for Le Bikini");
    }

    @Test
    void aConflictDeclaredByEitherSideIsAConflict() {
        Member declaring = member("a", "Org A", List.of(), List.of("b"), List.of());
        Member other = member("b", "Org B");
        PairScoring scoring = scoring(List.of(declaring, other), List.of());
        assertThat(scoring.conflict(declaring, other)).isEqualTo("declared a conflict of interest");
        assertThat(scoring.conflict(other, declaring)).isEqualTo("declared a conflict of interest");
    }

    @Test
    void aForbiddenPairIsAConflictWithTheCommitteesReason() {
        Member a = member("a", "Org A");
        Member b = member("b", "Org B");
        Member c = member("c", "Org C");
        PairScoring scoring = scoring(List.of(a, b, c),
                List.of(new ForbiddenPair("b", "a", "ongoing dispute"), new ForbiddenPair("a", "c", null)));
        assertThat(scoring.conflict(a, b)).isEqualTo("are a pair the committee forbade (ongoing dispute)");
        assertThat(scoring.conflict(b, a)).isEqualTo("are a pair the committee forbade (ongoing dispute)");
        assertThat(scoring.conflict(a, c)).isEqualTo("are a pair the committee forbade");
        assertThat(scoring.conflict(b, c)).isNull();
    }

    @Test
    void aMemberCannotAccompanyThemselves() {
        Member a = member("a", "Org A");
        assertThat(scoring(List.of(a), List.of()).conflict(a, a)).isEqualTo("are the same person");
    }

    @Test
    void factsGatherEverythingAboutThePair() {
        Availability mondayMornings = new Availability(List.of(new WeeklyAvailability(Programmes.START,
                Programmes.END, List.of(new WeeklyHalfDay(DayOfWeek.MONDAY, "AM")))), List.of(Programmes.START));
        Member participant = new Member("p", "P", "Org P", List.of("design", "music", "games"),
                List.of(Mode.ACCOMPANIMENT), List.of(BUDGET), List.of(), Map.of(), mondayMornings, List.of(),
                List.of(), List.of("x", "r"));
        Member resource = member("r", "Org R", List.of("games", "music"), List.of(), List.of());
        PairScoring scoring = scoring(List.of(participant, resource), List.of());

        PairFacts facts = scoring.facts(participant, resource);

        // 2027-01-04 to 2027-12-17 is 348 days: 2 half-days a month ask ceil(2 * 348 / 30.4375) = 23.
        assertThat(scoring.requiredCommonHalfDays()).isEqualTo(23);
        // 50 Mondays from 4 January to 13 December, minus the unavailable first one.
        assertThat(facts).isEqualTo(new PairFacts(null, 49, 23, List.of("music", "games"), 0, null, 0, false, 2));
        assertThat(facts.missingHalfDays()).isZero();
        assertThat(facts.preferencePoints()).isEqualTo(3);
        assertThat(scoring.facts(resource, participant).preferenceRank()).isZero();
    }

    @Test
    void competencePointsAndShortfall() {
        assertThat(PairScoring.competencePoints(5, 3, new Need("t", 1, 2))).isEqualTo(6);
        assertThat(PairScoring.competencePoints(4, 3, new Need("t", 3, 2))).isEqualTo(1);
        assertThat(PairScoring.competencePoints(2, 3, new Need("t", 1, 2))).isZero();
        assertThat(PairScoring.levelShortfall(1, 3)).isEqualTo(2);
        assertThat(PairScoring.levelShortfall(4, 3)).isZero();
    }

    @Test
    void preferencePointsFallFromFourToOne() {
        int[] expected = {0, 4, 3, 2, 1, 1, 1};
        for (int rank = 0; rank < expected.length; rank++) {
            PairFacts facts = new PairFacts(null, 0, 0, List.of(), 0, null, 0, false, rank);
            assertThat(facts.preferencePoints()).as("rank %d", rank).isEqualTo(expected[rank]);
        }
    }

    @Test
    void sentencesExplainARepeatedRankedPairOfTheSameSector() {
        PairScoring scoring = scoring(List.of(member("a", "Org A")), List.of());
        PairFacts facts = new PairFacts(null, 40, 23, List.of("music", "games"), 2, LocalDate.of(2026, 5, 12), 75,
                false, 1);
        assertThat(scoring.sentences(new Need("budget", 1, 6), 4, facts)).containsExactly(
                "covers budget at level 4/5 (minimum 3)",
                "same sector: music, games",
                "worked together twice, last in May 2026 (novelty cost 75)",
                "ranked 1st in the participant's preferences",
                "40 common half-days available (minimum 23)");
    }

    @Test
    void sentencesExplainANewPair() {
        PairScoring scoring = scoring(List.of(member("a", "Org A")), List.of());
        PairFacts facts = new PairFacts(null, 12, 23, List.of(), 0, null, 0, false, 0);
        assertThat(scoring.sentences(new Need("legal", 2, 4), 3, facts)).containsExactly(
                "covers legal at level 3/5 (minimum 3)",
                "never worked together: a new interaction",
                "12 common half-days available (minimum 23)");
    }

    @Test
    void sentencesExplainContinuityAndOrdinals() {
        PairScoring scoring = scoring(List.of(member("a", "Org A")), List.of());
        PairFacts once = new PairFacts(null, 30, 23, List.of(), 1, LocalDate.of(2026, 5, 12), 0, true, 2);
        assertThat(scoring.sentences(BUDGET, 5, once)).containsExactly(
                "covers budget at level 5/5 (minimum 3)",
                "continuity asked by the participant (worked together once)",
                "ranked 2nd in the participant's preferences",
                "30 common half-days available (minimum 23)");
        PairFacts third = new PairFacts(null, 30, 23, List.of(), 1, LocalDate.of(2026, 5, 12), 50, false, 3);
        assertThat(scoring.sentences(BUDGET, 5, third)).contains(
                "worked together once, last in May 2026 (novelty cost 50)",
                "ranked 3rd in the participant's preferences");
        PairFacts fifth = new PairFacts(null, 30, 23, List.of(), 0, null, 0, false, 5);
        assertThat(scoring.sentences(BUDGET, 5, fifth)).contains("ranked 5th in the participant's preferences");
    }

    private static final LocalDate MAY_2026 = LocalDate.of(2026, 5, 12);

    private static PairScoring scoringWithPeers() {
        Member ines = new Member("ines", "Inès Carrère", "Org I", List.of(), List.of(), List.of(), List.of(),
                Map.of(), Availability.ALWAYS, List.of(), List.of(), List.of());
        return scoring(List.of(member("a", "Org A"), ines, member("paul", "Org P")), List.of());
    }

    private static PairFacts peers(List<String> commonPeers, int times, long cost, boolean continuity) {
        return new PairFacts(null, 30, 23, List.of(), times, times == 0 ? null : MAY_2026, commonPeers, cost,
                continuity, 0);
    }

    @Test
    void sentencesExplainAPairWhoOnlyShareCommonPeers() {
        PairScoring scoring = scoringWithPeers();
        assertThat(scoring.sentences(BUDGET, 4, peers(List.of("ines"), 0, 12, false))).containsExactly(
                "covers budget at level 4/5 (minimum 3)",
                "have not worked together but both worked with Inès Carrère (novelty cost 12)",
                "30 common half-days available (minimum 23)");
        assertThat(scoring.noveltySentence(peers(List.of("paul", "ines"), 0, 37, false))).isEqualTo(
                "have not worked together but both worked with Name paul and Inès Carrère (novelty cost 37)");
        assertThat(scoring.noveltySentence(peers(List.of("ines", "paul", "a"), 0, 50, false))).isEqualTo(
                "have not worked together but both worked with Inès Carrère, Name paul and 1 other"
                        + " (novelty cost 50)");
        assertThat(scoring.noveltySentence(peers(List.of("ines", "paul", "a", "gone"), 0, 50, false))).isEqualTo(
                "have not worked together but both worked with Inès Carrère, Name paul and 2 others"
                        + " (novelty cost 50)");
        assertThat(scoring.noveltySentence(peers(List.of("gone"), 0, 3, false)))
                .isEqualTo("have not worked together but both worked with gone (novelty cost 3)");
    }

    @Test
    void sentencesExplainAnOldMeetingOutweighedByAFreshCommonPeer() {
        PairScoring scoring = scoringWithPeers();
        assertThat(scoring.noveltySentence(peers(List.of("ines"), 1, 24, false))).isEqualTo(
                "worked together once, last in May 2026, and both worked with Inès Carrère since (novelty cost 24)");
    }

    @Test
    void sentencesExplainContinuityWithCommonPeers() {
        PairScoring scoring = scoringWithPeers();
        assertThat(scoring.noveltySentence(peers(List.of("ines"), 0, 0, true)))
                .isEqualTo("continuity asked by the participant (both worked with Inès Carrère)");
        assertThat(scoring.noveltySentence(peers(List.of(), 0, 0, true)))
                .isEqualTo("never worked together: a new interaction");
    }

    @Test
    void factsTellTheCommonPeersFromTheProgrammeHistory() {
        Member participant = member("p", "Org P");
        Member resource = member("r", "Org R");
        Member peer = member("c", "Org C");
        Member continuing = new Member("q", "Name q", "Org Q", List.of("music"), List.of(Mode.ACCOMPANIMENT),
                List.of(BUDGET), List.of(), Map.of(), Availability.ALWAYS, List.of(), List.of("r"), List.of());
        List<Interaction> history = List.of(
                new Interaction(List.of("p", "c"), Mode.CODEVELOPMENT, Programmes.START.minusYears(1)),
                new Interaction(List.of("c", "r", "q"), Mode.ACCOMPANIMENT, Programmes.START));
        PairScoring scoring = new PairScoring(Programmes.of(List.of(participant, resource, peer, continuing),
                history, Decisions.NONE, Map.of()));

        PairFacts facts = scoring.facts(participant, resource);
        assertThat(facts.earlierInteractions()).isZero();
        assertThat(facts.lastInteraction()).isNull();
        assertThat(facts.commonPeers()).containsExactly("c");
        assertThat(facts.noveltyCost()).isEqualTo(13);
        assertThat(scoring.noveltySentence(facts))
                .isEqualTo("have not worked together but both worked with Name c (novelty cost 13)");
        assertThat(scoring.novelty().pairCost("p", "r")).isEqualTo(13);

        PairFacts continued = scoring.facts(continuing, resource);
        assertThat(continued.noveltyCost()).isZero();
        assertThat(continued.earlierInteractions()).isEqualTo(1);
        assertThat(continued.commonPeers()).isEmpty();
        assertThat(scoring.facts(continuing, participant).noveltyCost()).isEqualTo(13);
    }

    @Test
    void theNoveltyModelIsPluggable() {
        Member participant = member("p", "Org P");
        Member resource = member("r", "Org R");
        Programme programme = Programmes.of(List.of(participant, resource), List.of(), Decisions.NONE, Map.of());
        NoveltyModel everyoneMet = new NoveltyModel() {
            @Override
            public long pairCost(String first, String second) {
                return first.equals(second) ? 0 : 7;
            }

            @Override
            public Acquaintance acquaintance(String first, String second) {
                return new Acquaintance(3, MAY_2026, List.of(), pairCost(first, second));
            }

            @Override
            public NoveltyModel withPlannedMeetings(Collection<Interaction> planned) {
                return this;
            }
        };
        PairScoring scoring = new PairScoring(programme, everyoneMet);
        assertThat(scoring.novelty()).isSameAs(everyoneMet);
        PairFacts facts = scoring.facts(participant, resource);
        assertThat(facts.noveltyCost()).isEqualTo(7);
        assertThat(scoring.noveltySentence(facts))
                .isEqualTo("worked together 3 times, last in May 2026 (novelty cost 7)");
        assertThat(everyoneMet.groupCost(List.of("a", "b", "c"))).isEqualTo(21);
        assertThat(new PairScoring(programme).novelty()).isInstanceOf(DecayingNovelty.class);
    }

    @Test
    void programmeRulesSetTheMinimumOfTheSentences() {
        Programme base = Programmes.of(List.of(member("a", "Org A")));
        Programme strict = new Programme(base.name(), base.start(), base.end(), base.timeZone(), base.halfDays(),
                new AccompanimentRules(4, 2, 1, 12), base.members(), base.history(),
                base.decisions(), base.weights(), base.solver());
        PairScoring scoring = new PairScoring(strict);
        assertThat(scoring.requiredCommonHalfDays()).isEqualTo(12);
        assertThat(scoring.sentences(BUDGET, 4, new PairFacts(null, 12, 12, List.of(), 0, null, 0, false, 0)))
                .first().isEqualTo("covers budget at level 4/5 (minimum 4)");
    }
}
