package org.peermatch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.orientation.OrientationProposal;
import org.peermatch.core.orientation.OrientedApplicant;
import org.peermatch.core.orientation.WaitingApplicant;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.text.Messages;

/** The console's account of the orientation: its summary, each admitted applicant and the waiting list. */
final class OrientationLines {

    private OrientationLines() {
    }

    static void print(OrientationProposal orientation, PrintWriter err, Messages text) {
        err.println(orientation.summary());
        for (OrientedApplicant applicant : orientation.admitted()) {
            err.println("  " + text.get("orientation.console.admitted", applicant.name(), applicant.member(),
                    modes(applicant.modes(), text), String.join(" ", applicant.reasons())));
        }
        for (WaitingApplicant applicant : orientation.waiting()) {
            err.println("  " + text.get("orientation.console.waiting", applicant.rank(), applicant.name(),
                    applicant.member(), String.join(" ", applicant.reasons()), applicant.wouldAdmit()));
        }
        for (Violation violation : orientation.violations()) {
            err.println("  - " + violation.message());
        }
    }

    private static String modes(List<Mode> modes, Messages text) {
        List<String> names = new ArrayList<>();
        modes.forEach(mode -> names.add(text.get("orientation.mode." + mode.jsonName())));
        return text.and(names);
    }
}
