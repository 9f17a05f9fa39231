package org.peermatch.core.solve;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.calendar.CalendarConstraint;
import org.peermatch.core.codevelopment.CodevelopmentConstraint;
import org.peermatch.core.immersion.ImmersionConstraint;
import org.peermatch.core.orientation.OrientationConstraint;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.workshop.WorkshopConstraint;

/** Every constraint of every planning problem, in the order of the README's constraint table. */
public final class ConstraintCatalog {

    private ConstraintCatalog() {
    }

    /** @return all constraint definitions */
    public static List<ConstraintDefinition> all() {
        List<ConstraintDefinition> all = new ArrayList<>();
        all.addAll(AccompanimentConstraint.definitions());
        all.addAll(ImmersionConstraint.definitions());
        all.addAll(CodevelopmentConstraint.definitions());
        all.addAll(WorkshopConstraint.definitions());
        all.addAll(OrientationConstraint.definitions());
        all.addAll(CalendarConstraint.definitions());
        return List.copyOf(all);
    }

    /** @return the definition with that id, or null */
    public static ConstraintDefinition find(String id) {
        for (ConstraintDefinition definition : all()) {
            if (definition.id().equals(id)) {
                return definition;
            }
        }
        return null;
    }
}
