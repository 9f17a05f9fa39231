package org.peermatch.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.peermatch.benchmarks.datasets.GolferInstance;
import org.peermatch.core.groups.Group;
import org.peermatch.core.groups.GroupRound;
import org.peermatch.core.groups.GroupsCertificate;
import org.peermatch.core.groups.RotatingGroupsCertifier;
import org.peermatch.core.groups.RotatingGroupsProblem;

class GreedyGroupsTest {

    @Test
    void greedyRoundsArePartitionsThatTheCertifierAccepts() {
        for (GolferInstance instance : GolferInstance.ISSUE_6) {
            RotatingGroupsProblem problem = instance.problem();
            List<GroupRound> rounds = GreedyGroups.plan(problem);
            assertThat(rounds).hasSize(instance.rounds());
            GroupsCertificate certificate = RotatingGroupsCertifier.certify(problem, rounds);
            assertThat(certificate.violations()).isEmpty();
            int prefix = GreedyGroups.repeatFreePrefix(rounds);
            assertThat(prefix).isBetween(1, GreedyGroups.roundsWithoutRepeats(rounds));
            assertThat(instance.maximumRounds()).isLessThanOrEqualTo(instance.countingBound());
        }
    }

    @Test
    void roundsWithoutRepeatsFindsTheLargestCleanSetOfRounds() {
        // 4 people in pairs: rounds {ab, cd}, {ac, bd}, {ab, cd} again, {ad, bc}: the third repeats the first
        List<GroupRound> rounds = new ArrayList<>();
        rounds.add(round(1, "a", "b", "c", "d"));
        rounds.add(round(2, "a", "c", "b", "d"));
        rounds.add(round(3, "a", "b", "c", "d"));
        rounds.add(round(4, "a", "d", "b", "c"));
        assertThat(GreedyGroups.roundsWithoutRepeats(rounds)).isEqualTo(3);
        assertThat(GreedyGroups.repeatFreePrefix(rounds)).isEqualTo(2);
    }

    private static GroupRound round(int number, String a, String b, String c, String d) {
        return new GroupRound(number, List.of(new Group(1, List.of(a, b)), new Group(2, List.of(c, d))));
    }
}
