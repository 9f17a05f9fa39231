package org.peermatch.core.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.ForbiddenPair;

class RotatingGroupsProblemTest {

    @Test
    void groupsOfSizeSAndSPlusOneWhenNIsNotAMultiple() {
        assertThat(RotatingGroupsProblem.numbered(32, 4, 9).groupSizes()).hasSize(8).containsOnly(4);
        assertThat(RotatingGroupsProblem.numbered(10, 4, 2).groupSizes()).containsExactly(5, 5);
        assertThat(RotatingGroupsProblem.numbered(14, 4, 2).groupSizes()).containsExactly(5, 5, 4);
        assertThat(RotatingGroupsProblem.numbered(7, 2, 2).groupSizes()).containsExactly(3, 2, 2);
        assertThat(RotatingGroupsProblem.numbered(4, 4, 1).groupSizes()).containsExactly(4);
        assertThat(RotatingGroupsProblem.numbered(5, 4, 1).groupSizes()).containsExactly(5);
    }

    @Test
    void peopleThatCannotBeSplitIntoSAndSPlusOneAreRejectedWithANearbySize() {
        assertThatThrownBy(() -> RotatingGroupsProblem.numbered(11, 4, 3))
                .isInstanceOfSatisfying(GroupsInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("people");
                        assertThat(problem.message()).contains("11", "4", "5");
                        assertThat(problem.advice()).startsWith("Maybe").contains("size 3").contains("add 1 person");
                    });
                });
        assertThat(RotatingGroupsProblem.numbered(11, 3, 3).groupSizes()).containsExactly(4, 4, 3);
    }

    @Test
    void everyShapeProblemIsReportedAtOnce() {
        assertThat(RotatingGroupsProblem.checkShape(3, 1, 0)).extracting(GroupsInputProblem::field)
                .containsExactly("size", "rounds");
        assertThat(RotatingGroupsProblem.checkShape(3, 4, 2)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("fewer than the group size"));
        assertThat(RotatingGroupsProblem.checkShape(RotatingGroupsProblem.MAX_PEOPLE + 1, 4, 2)).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("exceed"));
        assertThat(RotatingGroupsProblem.checkShape(32, 4, 10)).isEmpty();
    }

    @Test
    void duplicatesUnknownPeopleAndSelfPairsAreAllReported() {
        assertThatThrownBy(() -> new RotatingGroupsProblem(List.of("ana", "bob", "ana", "cy"), 2, 1,
                List.of(new PastMeeting("ana", "zoe", 1)),
                List.of(new ForbiddenPair("bob", "bob", null))))
                .isInstanceOfSatisfying(GroupsInputException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.problems()).allSatisfy(problem -> assertThat(problem.advice()).startsWith("Maybe"));
                    assertThat(e.getMessage()).contains("(ana) appears twice", "(zoe) is not among", "same person");
                });
    }

    @Test
    void pastMeetingsNeedAPositiveCount() {
        assertThatThrownBy(() -> new PastMeeting("a", "b", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\nMaybe");
    }

    @Test
    void optionsMustBeBounded() {
        assertThatThrownBy(() -> new RotatingGroupsOptions(null, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe");
        assertThat(RotatingGroupsOptions.ofMoveLimit(10).reproducible()).isTrue();
        assertThat(RotatingGroupsOptions.ofTimeLimit(java.time.Duration.ofSeconds(1)).reproducible()).isFalse();
    }
}
