package org.peermatch.core.immersion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;

/** Constraint ids are global to a programme: the immersion ones are the brief's, unique and well formed. */
class ImmersionConstraintTest {

    @Test
    void idsAreTheAgreedOnesInCatalogOrder() {
        assertThat(Arrays.stream(ImmersionConstraint.values()).map(ImmersionConstraint::id)).containsExactly(
                "mentor-other-sector", "mentor-days-exceeded", "mentor-double-booked", "immersion-day-unavailable",
                "immersion-conflict-of-interest", "mentor-less-experienced", "mentee-unplaced",
                "immersion-repeated-interaction", "objectives-matched", "mentor-same-sector", "travel-distance",
                "immersion-days-close", "keep-baseline-immersion");
    }

    @Test
    void idsDoNotClashWithAccompanimentAndDefinitionsAreComplete() {
        List<String> accompaniment = Arrays.stream(AccompanimentConstraint.values()).map(AccompanimentConstraint::id)
                .toList();
        for (ImmersionConstraint constraint : ImmersionConstraint.values()) {
            ConstraintDefinition definition = constraint.definition();
            assertThat(accompaniment).doesNotContain(definition.id());
            assertThat(definition.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(definition.mode()).isEqualTo(Mode.IMMERSION);
            assertThat(definition.defaultWeight()).isPositive();
            assertThat(definition.description()).endsWith(".");
        }
    }
}
