package org.peermatch.core.report;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.peermatch.core.model.Mode;
import org.peermatch.core.orientation.CapacityUse;
import org.peermatch.core.orientation.OrientationProposal;
import org.peermatch.core.orientation.OrientedApplicant;
import org.peermatch.core.orientation.WaitingApplicant;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;

/**
 * The {@code orientation} object of the proposal JSON, present only when members applied with wishes: the score,
 * each mode's capacity and use, the admitted applicants with their modes and reasons, the waiting list in order with
 * reasons and what would admit each, the constraints' scores and the hard rules broken.
 */
final class OrientationJson {

    private OrientationJson() {
    }

    static void write(ObjectNode root, OrientationProposal orientation) {
        ObjectNode node = root.putObject("orientation");
        ObjectNode score = node.putObject("score");
        score.put("total", orientation.score());
        score.put("hard", orientation.hardScore());
        score.put("medium", orientation.mediumScore());
        score.put("soft", orientation.softScore());
        ArrayNode capacities = node.putArray("capacities");
        for (CapacityUse use : orientation.capacities()) {
            ObjectNode capacity = capacities.addObject();
            capacity.put("mode", use.mode().jsonName());
            if (use.bounded()) {
                capacity.put("total", use.total());
            } else {
                capacity.putNull("total");
            }
            capacity.put("decided", use.decided());
            capacity.put("given", use.given());
            capacity.put("applicants", use.applicants());
        }
        ArrayNode admitted = node.putArray("admitted");
        for (OrientedApplicant applicant : orientation.admitted()) {
            ObjectNode item = admitted.addObject();
            item.put("member", applicant.member());
            item.put("name", applicant.name());
            modes(item.putArray("modes"), applicant.modes());
            modes(item.putArray("wishes"), applicant.wishes());
            item.put("motivation", applicant.motivation());
            strings(item.putArray("priorityGroups"), applicant.groups());
            item.put("servedWeight", applicant.served());
            item.put("needWeight", applicant.needWeight());
            strings(item.putArray("why"), applicant.reasons());
        }
        ArrayNode waiting = node.putArray("waitingList");
        for (WaitingApplicant applicant : orientation.waiting()) {
            ObjectNode item = waiting.addObject();
            item.put("rank", applicant.rank());
            item.put("member", applicant.member());
            item.put("name", applicant.name());
            modes(item.putArray("wishes"), applicant.wishes());
            item.put("motivation", applicant.motivation());
            strings(item.putArray("priorityGroups"), applicant.groups());
            item.put("needWeight", applicant.needWeight());
            strings(item.putArray("why"), applicant.reasons());
            item.put("wouldAdmit", applicant.wouldAdmit());
        }
        ArrayNode constraints = node.putArray("constraints");
        for (ConstraintScore constraint : orientation.constraints()) {
            ObjectNode item = constraints.addObject();
            item.put("id", constraint.id());
            item.put("level", constraint.level().name().toLowerCase(Locale.ROOT));
            item.put("weight", constraint.weight());
            item.put("score", constraint.score());
        }
        ArrayNode violations = node.putArray("violations");
        for (Violation violation : orientation.violations()) {
            ObjectNode item = violations.addObject();
            item.put("constraint", violation.constraint());
            item.put("message", violation.message());
        }
    }

    private static void modes(ArrayNode array, List<Mode> modes) {
        modes.forEach(mode -> array.add(mode.jsonName()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
