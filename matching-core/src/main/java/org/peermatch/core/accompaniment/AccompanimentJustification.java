package org.peermatch.core.accompaniment;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, in domain words.
 *
 * @param members the ids of the people concerned (participant first, then resource person, when both)
 * @param topic the need's topic, or null when the match is not about one need
 * @param message the reason, e.g. "m03 is given 26 hours but offers 20"
 */
record AccompanimentJustification(List<String> members, String topic, String message)
        implements ConstraintJustification {

    public AccompanimentJustification {
        members = List.copyOf(members);
    }

    static AccompanimentJustification of(String message, String... members) {
        return new AccompanimentJustification(List.of(members), null, message);
    }

    static AccompanimentJustification ofNeed(NeedAssignment assignment, String message) {
        List<String> members = assignment.getResource() == null ? List.of(assignment.getParticipant().getId())
                : List.of(assignment.getParticipant().getId(), assignment.getResource().getId());
        return new AccompanimentJustification(members, assignment.getNeed().topic(), message);
    }
}
