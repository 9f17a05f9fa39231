package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;
import org.peermatch.core.testing.Programmes;

class DecayingNoveltyTest {

    private static final LocalDate REFERENCE = LocalDate.of(2027, 1, 4);

    private static Interaction met(LocalDate date, String... members) {
        return new Interaction(List.of(members), Mode.ACCOMPANIMENT, date);
    }

    private static DecayingNovelty model(Interaction... history) {
        return new DecayingNovelty(List.of(history), REFERENCE, 12);
    }

    @Test
    void costsNothingForStrangersUnknownIdsAndOneself() {
        DecayingNovelty novelty = model(met(REFERENCE, "a", "b"), met(REFERENCE, "c", "d"));
        assertThat(novelty.pairCost("a", "c")).isZero();
        assertThat(novelty.pairCost("a", "zed")).isZero();
        assertThat(novelty.pairCost("zed", "yod")).isZero();
        assertThat(novelty.pairCost("a", "a")).isZero();
        assertThat(novelty.acquaintance("a", "c")).isEqualTo(Acquaintance.NONE);
        assertThat(novelty.acquaintance("a", "a")).isEqualTo(Acquaintance.NONE);
        assertThat(model().pairCost("a", "b")).isZero();
    }

    @Test
    void aDirectMeetingCostsAHundredOnTheReferenceDateAndHalvesEveryHalfLife() {
        assertThat(model(met(REFERENCE, "a", "b")).pairCost("a", "b"))
                .isEqualTo(NoveltyModel.DIRECT_MEETING_COST).isEqualTo(100);
        assertThat(model(met(REFERENCE.minusYears(1), "a", "b")).pairCost("a", "b")).isEqualTo(50);
        assertThat(model(met(REFERENCE.minusYears(2), "a", "b")).pairCost("a", "b")).isEqualTo(25);
        assertThat(model(met(REFERENCE.minusMonths(6), "a", "b")).pairCost("a", "b")).isEqualTo(71);
        assertThat(new DecayingNovelty(List.of(met(REFERENCE.minusMonths(6), "a", "b")), REFERENCE, 6)
                .pairCost("a", "b")).isEqualTo(50);
    }

    @Test
    void referenceDateEdges() {
        // The day before the reference date still rounds to a full meeting; after it, meetings count in full.
        assertThat(model(met(REFERENCE.minusDays(1), "a", "b")).pairCost("a", "b")).isEqualTo(100);
        assertThat(model(met(REFERENCE.plusDays(1), "a", "b")).pairCost("a", "b")).isEqualTo(100);
        assertThat(model(met(REFERENCE.plusYears(3), "a", "b")).pairCost("a", "b")).isEqualTo(100);
        // Ten half-lives ago costs 0.1: rounded away, but the pair still met once.
        DecayingNovelty ancient = model(met(REFERENCE.minusYears(10), "a", "b"));
        assertThat(ancient.pairCost("a", "b")).isZero();
        assertThat(ancient.acquaintance("a", "b"))
                .isEqualTo(new Acquaintance(1, REFERENCE.minusYears(10), List.of(), 0));
    }

    @Test
    void directMeetingsAddUpAndAGroupMeetingIsADirectMeetingOfEveryPair() {
        DecayingNovelty novelty = model(met(REFERENCE, "a", "b"), met(REFERENCE.minusYears(1), "b", "a"),
                met(REFERENCE.minusYears(2), "c", "d", "e"));
        assertThat(novelty.pairCost("a", "b")).isEqualTo(150);
        assertThat(novelty.acquaintance("b", "a"))
                .isEqualTo(new Acquaintance(2, REFERENCE, List.of(), 150));
        // Each pair of the group met once; sharing the third member does not add to a direct meeting.
        assertThat(novelty.pairCost("c", "d")).isEqualTo(25);
        assertThat(novelty.pairCost("e", "c")).isEqualTo(25);
        assertThat(model(met(REFERENCE, "a", "b", "b")).pairCost("a", "b")).isEqualTo(100);
    }

    @Test
    void aCommonPeerCostsAQuarterOfADirectMeetingAsFreshAsTheOlderLink() {
        DecayingNovelty novelty = model(met(REFERENCE, "a", "c"), met(REFERENCE.minusYears(1), "c", "b"));
        assertThat(novelty.pairCost("a", "b")).isEqualTo(13); // 25 x 0.5 = 12.5, rounded half up
        assertThat(novelty.pairCost("b", "a")).isEqualTo(13);
        assertThat(novelty.acquaintance("a", "b")).isEqualTo(new Acquaintance(0, null, List.of("c"), 13));
        assertThat(model(met(REFERENCE, "a", "c"), met(REFERENCE, "c", "b")).pairCost("a", "b"))
                .isEqualTo(DecayingNovelty.PEER_COST).isEqualTo(25);
    }

    @Test
    void aLinkIsDatedByItsLastMeetingAndAPeerCountsOnce() {
        DecayingNovelty novelty = model(met(REFERENCE.minusYears(3), "a", "c"), met(REFERENCE, "a", "c"),
                met(REFERENCE.minusYears(2), "a", "c"), met(REFERENCE, "b", "c"), met(REFERENCE, "c", "b"));
        assertThat(novelty.pairCost("a", "c")).isEqualTo(100 + 25 + 13);
        assertThat(novelty.pairCost("a", "b")).isEqualTo(25);
    }

    @Test
    void onlyTheTwoFreshestCommonPeersCount() {
        DecayingNovelty novelty = model(met(REFERENCE.minusYears(2), "a", "old", "b"),
                met(REFERENCE.minusYears(1), "a", "mid"), met(REFERENCE.minusYears(1), "mid", "b"),
                met(REFERENCE, "a", "new"), met(REFERENCE, "b", "new"));
        // a and b met directly two years ago (25): their peers weigh 25 + 12.5 = 37.5, which is more.
        assertThat(novelty.pairCost("a", "b")).isEqualTo(38);
        assertThat(novelty.acquaintance("a", "b"))
                .isEqualTo(new Acquaintance(1, REFERENCE.minusYears(2), List.of("new", "mid", "old"), 38));

        List<Interaction> crowd = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            crowd.add(met(REFERENCE, "x", "p" + i, "y"));
        }
        crowd.add(met(REFERENCE, "left", "p0"));
        crowd.add(met(REFERENCE, "p1", "right"));
        crowd.add(met(REFERENCE, "left", "p1"));
        crowd.add(met(REFERENCE, "p0", "right"));
        crowd.add(met(REFERENCE, "left", "p2"));
        crowd.add(met(REFERENCE, "p2", "right"));
        DecayingNovelty many = new DecayingNovelty(crowd, REFERENCE, 12);
        assertThat(many.pairCost("left", "right")).isEqualTo(2 * DecayingNovelty.PEER_COST);
        // Ties of freshness are listed by id.
        assertThat(many.acquaintance("left", "right").commonPeers()).containsExactly("p0", "p1", "p2");
        // x and y met 30 times: their 30 common peers do not matter.
        assertThat(many.pairCost("x", "y")).isEqualTo(3000);
        assertThat(many.acquaintance("x", "y").commonPeers()).isEmpty();
    }

    @Test
    void aFreshCommonPeerOutweighsAnOldDirectMeeting() {
        DecayingNovelty novelty = model(met(REFERENCE.minusYears(4), "a", "b"), met(REFERENCE, "a", "c"),
                met(REFERENCE.minusMonths(1), "b", "c"));
        // Direct: 100 / 16 = 6.25; peer: 25 x 0.5^(1/12) = 23.6.
        assertThat(novelty.pairCost("a", "b")).isEqualTo(24);
        assertThat(novelty.acquaintance("a", "b"))
                .isEqualTo(new Acquaintance(1, REFERENCE.minusYears(4), List.of("c"), 24));
    }

    @Test
    void aPeerCostOfZeroLeavesTheDirectMeetingsAlone() {
        List<Interaction> history = List.of(met(REFERENCE.minusMonths(5), "a", "c"), met(REFERENCE, "c", "b"),
                met(REFERENCE.minusMonths(7), "a", "c"), met(REFERENCE.minusDays(400), "a", "b"));
        DecayingNovelty direct = new DecayingNovelty(history, REFERENCE, 12, 0);
        assertThat(direct.pairCost("a", "b"))
                .isEqualTo(Math.round(100 * Novelty.decay(REFERENCE.minusDays(400), REFERENCE, 12)));
        assertThat(direct.pairCost("a", "c")).isEqualTo(Math.round(100 * (Novelty.decay(REFERENCE.minusMonths(5),
                REFERENCE, 12) + Novelty.decay(REFERENCE.minusMonths(7), REFERENCE, 12))));
        assertThat(new DecayingNovelty(List.of(met(REFERENCE, "a", "c"), met(REFERENCE, "c", "b")), REFERENCE, 12, 0)
                .pairCost("a", "b")).isZero();
    }

    @Test
    void theCostOfAGroupIsTheSumOverItsPairs() {
        DecayingNovelty novelty = model(met(REFERENCE, "a", "b"), met(REFERENCE.minusYears(1), "b", "c"),
                met(REFERENCE, "c", "d"));
        long expected = novelty.pairCost("a", "b") + novelty.pairCost("a", "c") + novelty.pairCost("a", "d")
                + novelty.pairCost("b", "c") + novelty.pairCost("b", "d") + novelty.pairCost("c", "d");
        assertThat(novelty.groupCost(List.of("a", "b", "c", "d"))).isEqualTo(expected).isEqualTo(100 + 13 + 0
                + 50 + 13 + 100);
        assertThat(novelty.groupCost(List.of("a", "b", "a"))).isEqualTo(100);
        assertThat(novelty.groupCost(List.of("a"))).isZero();
        assertThat(novelty.groupCost(List.of())).isZero();
    }

    @Test
    void plannedMeetingsMakeANewModelAndCountInFull() {
        DecayingNovelty history = model(met(REFERENCE.minusYears(1), "a", "b"));
        NoveltyModel planned = history.withPlannedMeetings(List.of(
                new Interaction(List.of("b", "c"), Mode.IMMERSION, REFERENCE.plusMonths(2))));
        assertThat(planned.pairCost("b", "c")).isEqualTo(100);
        assertThat(planned.pairCost("a", "b")).isEqualTo(50);
        assertThat(planned.pairCost("a", "c")).isEqualTo(13);
        assertThat(history.pairCost("b", "c")).isZero();
        assertThat(history.pairCost("a", "c")).isZero();
    }

    @Test
    void theProgrammeSetsTheReferenceDateAndHalfLife() {
        DecayingNovelty novelty = DecayingNovelty.of(Programmes.of(List.of(),
                List.of(met(Programmes.START.minusYears(1), "a", "b")), Decisions.NONE, Map.of()));
        assertThat(novelty.reference()).isEqualTo(Programmes.START);
        assertThat(novelty.halfLifeMonths()).isEqualTo(12);
        assertThat(novelty.peerCost()).isEqualTo(25);
        assertThat(novelty.pairCost("a", "b")).isEqualTo(50);
    }

    @Test
    void refusesAHalfLifeBelowOneMonthAndAPeerCostThatWouldOutweighADirectMeeting() {
        assertThatThrownBy(() -> new DecayingNovelty(List.of(), REFERENCE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The novelty half-life of 0 months is below 1.\nMaybe use 12 months, the default.");
        assertThatThrownBy(() -> new DecayingNovelty(List.of(), REFERENCE, 12, 50))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The novelty cost of a common peer 50 is outside 0..49.\nMaybe use 25");
        assertThatThrownBy(() -> new DecayingNovelty(List.of(), REFERENCE, 12, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DecayingNovelty(List.of(), REFERENCE, 12, DecayingNovelty.MAX_PEER_COST).peerCost())
                .isEqualTo(49);
    }

    @Test
    void countsAMemberListedTwiceInOneInteractionOnce() {
        DecayingNovelty novelty = new DecayingNovelty(List.of(
                new Interaction(List.of("p1", "r1", "r1"), Mode.ACCOMPANIMENT, REFERENCE)), REFERENCE, 12);

        assertThat(novelty.acquaintance("p1", "r1").directMeetings()).isEqualTo(1);
        assertThat(novelty.pairCost("p1", "r1")).isEqualTo(100);
    }
}
