package org.peermatch.core.orientation;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why an orientation constraint matched, in domain words.
 *
 * @param members the ids of the applicants concerned (none for a limit of the whole programme)
 * @param message the reason, e.g. "workshop is given 130 seats but has 120 left"
 */
record OrientationJustification(List<String> members, String message) implements ConstraintJustification {

    OrientationJustification {
        members = List.copyOf(members);
    }

    static OrientationJustification of(ApplicantOrientation orientation, String message) {
        return new OrientationJustification(List.of(orientation.getId()), message);
    }
}
