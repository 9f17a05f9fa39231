package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.orientation.CapacityUse;
import org.peermatch.core.orientation.OrientationProposal;
import org.peermatch.core.orientation.OrientedApplicant;
import org.peermatch.core.orientation.WaitingApplicant;

/**
 * The report's orientation section, first when members applied with wishes: each mode's capacity and its use, the
 * admitted applicants with the modes given and why, and the waiting list in order with why and what would admit
 * each. Every sentence comes from the {@code orientation} bundle.
 */
final class OrientationSection extends ReportSection {

    OrientationSection(ReportPage page) {
        super(page);
    }

    void write() {
        OrientationProposal orientation = proposal.orientation();
        if (orientation == null) {
            return;
        }
        html.open("section", "id", "orientation", "aria-labelledby", "orientation-title").nl();
        html.element("h2", messages.get("orientation.report.title"), "id", "orientation-title").nl();
        html.element("p", messages.get("orientation.report.intro", orientation.admitted().size(),
                orientation.admitted().size() + orientation.waiting().size(), orientation.waiting().size()),
                "class", "muted").nl();
        capacities(orientation.capacities());
        if (!orientation.admitted().isEmpty()) {
            html.element("h3", messages.get("orientation.report.admitted")).nl();
            html.open("table", "class", "orientation").nl();
            html.open("thead").open("tr")
                    .element("th", messages.get("orientation.report.applicant"), "scope", "col")
                    .element("th", messages.get("orientation.report.modes"), "scope", "col")
                    .element("th", messages.get("orientation.report.wishes"), "scope", "col")
                    .element("th", messages.get("orientation.report.why"), "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (OrientedApplicant applicant : orientation.admitted()) {
                html.open("tr").nl();
                page.personCell("th", applicant.member());
                html.element("td", modes(applicant.modes())).nl();
                wishesCell(applicant.wishes(), applicant.motivation());
                page.reasonsCell(applicant.reasons());
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!orientation.waiting().isEmpty()) {
            html.element("h3", messages.get("orientation.report.waiting")).nl();
            html.open("table", "class", "orientation waiting").nl();
            html.open("thead").open("tr")
                    .element("th", "#", "scope", "col")
                    .element("th", messages.get("orientation.report.applicant"), "scope", "col")
                    .element("th", messages.get("orientation.report.wishes"), "scope", "col")
                    .element("th", messages.get("orientation.report.whyNot"), "scope", "col")
                    .element("th", messages.get("orientation.report.wouldAdmit"), "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (WaitingApplicant applicant : orientation.waiting()) {
                html.open("tr").nl();
                html.element("td", Integer.toString(applicant.rank())).nl();
                page.personCell("th", applicant.member());
                wishesCell(applicant.wishes(), applicant.motivation());
                page.reasonsCell(applicant.reasons());
                html.element("td", applicant.wouldAdmit()).nl();
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        html.close("section").nl();
    }

    private void capacities(List<CapacityUse> capacities) {
        html.open("ul", "class", "capacities").nl();
        for (CapacityUse use : capacities) {
            String mode = messages.get("orientation.mode." + use.mode().jsonName());
            String unit = "orientation.unit." + use.mode().jsonName();
            html.element("li", use.bounded()
                    ? messages.get("orientation.report.capacity", mode, use.applicants(), messages.get(unit, use.given()),
                            messages.get(unit, use.decided()), messages.get(unit, use.total()))
                    : messages.get("orientation.report.unbounded", mode, use.applicants())).nl();
        }
        html.close("ul").nl();
    }

    private void wishesCell(List<Mode> wishes, String motivation) {
        html.open("td").text(modes(wishes));
        if (!motivation.isEmpty()) {
            html.raw("<br>").element("span", "“" + motivation + "”", "class", "muted");
        }
        html.close("td").nl();
    }

    private String modes(List<Mode> modes) {
        List<String> names = new ArrayList<>();
        for (Mode mode : modes) {
            names.add(messages.get("orientation.mode." + mode.jsonName()));
        }
        return messages.and(names);
    }
}
