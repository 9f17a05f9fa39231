package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> FIELDS = List.of("id", "name", "organization", "sectors", "requests", "needs");

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsAsOneEdit() {
        assertThat(DidYouMean.distance("name", "name")).isZero();
        assertThat(DidYouMean.distance("nam", "name")).isEqualTo(1);
        assertThat(DidYouMean.distance("names", "name")).isEqualTo(1);
        assertThat(DidYouMean.distance("nane", "name")).isEqualTo(1);
        assertThat(DidYouMean.distance("nmae", "name")).isEqualTo(1);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestNameWhenItLooksLikeATypo() {
        assertThat(DidYouMean.closest("nmae", FIELDS)).isEqualTo("name");
        assertThat(DidYouMean.closest("Organisation", FIELDS)).isEqualTo("organization");
        assertThat(DidYouMean.closest("sector", FIELDS)).isEqualTo("sectors");
        assertThat(DidYouMean.closest("phone", FIELDS)).isNull();
    }

    @Test
    void prefersANameEqualButForCaseAndPunctuation() {
        assertThat(DidYouMean.closestAll("m03", List.of("m01", "m 03", "m04"))).containsExactly("m 03");
        assertThat(DidYouMean.closestAll("Live Performance", List.of("live-performance", "music")))
                .containsExactly("live-performance");
    }

    @Test
    void returnsEveryNameAtTheSmallestDistanceInOrder() {
        assertThat(DidYouMean.closestAll("m07", List.of("m01", "m02", "x99"))).containsExactly("m01", "m02");
    }

    @Test
    void listsTheAcceptedNamesWhenNoneIsClose() {
        assertThat(DidYouMean.advice("phone", List.of("id", "name"), "one of the fields of a member"))
                .isEqualTo("Maybe use one of the fields of a member: `id`, `name`.");
        assertThat(DidYouMean.advice("nmae", List.of("id", "name"), "one of the fields of a member"))
                .isEqualTo("Maybe you meant `name`?");
    }
}
