package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.codevelopment.CodevelopmentConstraint;
import org.peermatch.core.immersion.ImmersionConstraint;
import org.peermatch.core.model.Mode;
import org.peermatch.core.plan.ConstraintDefinition;

/** Constraint ids are global to a programme: the workshop ones are pinned, unique and well formed. */
class WorkshopConstraintTest {

    @Test
    void idsAreTheAgreedOnesInCatalogOrder() {
        assertThat(Arrays.stream(WorkshopConstraint.values()).map(WorkshopConstraint::id)).containsExactly(
                "workshop-animator-not-competent", "workshop-animator-unavailable", "workshop-closed-day",
                "workshop-room-too-small", "workshop-room-unavailable", "workshop-room-double-booked",
                "workshop-animator-double-booked", "workshop-animator-sessions-exceeded",
                "workshop-attendance-out-of-range", "workshop-attendee-double-booked", "workshop-not-held",
                "workshop-priority-need-without-seat", "workshop-demand-uncovered", "workshops-bunched",
                "workshop-not-preferred-half-day", "keep-baseline-workshop");
    }

    @Test
    void idsDoNotClashWithOtherModesAndDefinitionsAreComplete() {
        List<String> others = new ArrayList<>();
        Arrays.stream(AccompanimentConstraint.values()).map(AccompanimentConstraint::id).forEach(others::add);
        Arrays.stream(ImmersionConstraint.values()).map(ImmersionConstraint::id).forEach(others::add);
        Arrays.stream(CodevelopmentConstraint.values()).map(CodevelopmentConstraint::id).forEach(others::add);
        for (WorkshopConstraint constraint : WorkshopConstraint.values()) {
            ConstraintDefinition definition = constraint.definition();
            assertThat(others).doesNotContain(definition.id());
            // workshop ids start with "workshop", but for the keep-baseline family that every mode shares
            assertThat(definition.id()).matches("[a-z]+(-[a-z]+)*")
                    .matches("workshop.*|keep-baseline-workshop");
            assertThat(definition.mode()).isEqualTo(Mode.WORKSHOP);
            assertThat(definition.defaultWeight()).isPositive();
            assertThat(definition.description()).endsWith(".");
        }
    }
}
