package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.CandidateVerdict;
import org.peermatch.core.accompaniment.PairExplanation;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.RunnerUps;
import org.peermatch.core.accompaniment.RunnerUps.RunnerUp;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;

/** The report's individual accompaniment sections: each participant's needs with who covers them and why (or what
 * blocks every candidate), then each resource person's load against what they offered. */
final class AccompanimentSection extends ReportSection {

    /** How many runners-up the report names for each pair. */
    private static final int RUNNERS_UP = 2;

    /** Each participant's covered needs, uncovered needs, and topics with each resource person, in proposal order. */
    private final Map<String, List<Assignment>> assignmentsOf = new HashMap<>();
    private final Map<String, List<UncoveredNeed>> uncoveredOf = new HashMap<>();
    private final Map<List<String>, List<String>> topicsOfPair = new HashMap<>();
    private RunnerUps runnerUps;

    AccompanimentSection(ReportPage page) {
        super(page);
        // Indexed once: a scan of every pair for each participant and each load made the report quadratic at XL.
        if (proposal.accompaniment() != null) {
            for (Assignment assignment : proposal.accompaniment().assignments()) {
                assignmentsOf.computeIfAbsent(assignment.participant(), p -> new ArrayList<>()).add(assignment);
                topicsOfPair.computeIfAbsent(List.of(assignment.resource(), assignment.participant()),
                        pair -> new ArrayList<>()).add(assignment.topic());
            }
            for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
                uncoveredOf.computeIfAbsent(need.participant(), p -> new ArrayList<>()).add(need);
            }
        }
    }

    void participants() {
        runnerUps = new RunnerUps(programme, proposal.accompaniment());
        html.open("section", "id", "participants", "aria-labelledby", "participants-title").nl();
        html.element("h2", page.t("report.toc.participants"), "id", "participants-title").nl();
        html.open("div", "class", "filters", "id", "filters", "hidden", "hidden").nl();
        html.element("label", page.t("report.filter.text"), "for", "filter-text")
                .open("input", "type", "search", "id", "filter-text", "autocomplete", "off").nl();
        html.open("label").open("input", "type", "checkbox", "id", "filter-gaps")
                .text(" " + page.t("report.filter.gaps")).close("label").nl();
        html.open("p", "id", "filter-count", "aria-live", "polite").close("p").nl();
        html.close("div").nl();
        if (people.participants().isEmpty()) {
            html.element("p", page.t("report.participants.none"), "class", "muted").nl();
        }
        for (String participant : people.participants()) {
            participant(participant);
        }
        html.close("section").nl();
    }

    /** A row of a participant's needs table: a covered need or an uncovered one. */
    private record NeedRow(String topic, Assignment assignment, UncoveredNeed uncovered) {
    }

    private void participant(String participant) {
        Member member = people.member(participant);
        List<NeedRow> rows = needRows(participant, member);
        boolean hasGap = rows.stream().anyMatch(row -> row.uncovered() != null);
        long hoursAsked = 0;
        long hoursPlanned = 0;
        StringBuilder search = new StringBuilder(people.displayName(participant)).append(' ')
                .append(people.organization(participant));
        for (NeedRow row : rows) {
            search.append(' ').append(Format.words(row.topic()));
            if (row.assignment() != null) {
                hoursAsked += row.assignment().hours();
                hoursPlanned += row.assignment().hours();
                search.append(' ').append(people.displayName(row.assignment().resource()));
            } else {
                hoursAsked += row.uncovered().hours();
            }
        }

        html.open("article", "class", hasGap ? "participant has-gap" : "participant",
                "id", page.anchors.get(participant), "aria-labelledby", page.anchors.get(participant) + "-name",
                "data-search", search.toString().toLowerCase(Locale.ROOT)).nl();
        html.open("header").nl();
        html.open("h3", "id", page.anchors.get(participant) + "-name").text(people.displayName(participant));
        if (!people.organization(participant).isEmpty()) {
            html.element("span", people.organization(participant), "class", "org");
        }
        html.close("h3").nl();
        List<String> meta = new ArrayList<>();
        if (member != null && !member.sectors().isEmpty()) {
            meta.add(String.join(", ", member.sectors().stream().map(Format::words).toList()));
        }
        meta.add(page.t("report.participant.needs", rows.size()));
        meta.add(page.t("report.who.planned", hoursPlanned, hoursAsked));
        html.element("p", String.join(" · ", meta), "class", "meta").nl();
        html.close("header").nl();

        if (rows.isEmpty()) {
            html.element("p", page.t("report.participant.noNeed"), "class", "muted").nl();
            html.close("article").nl();
            return;
        }
        html.open("table", "class", "needs").nl();
        html.element("caption", page.t("report.participant.caption", people.displayName(participant)), "class",
                "visually-hidden").nl();
        html.raw("<colgroup><col class=\"c-need\"><col class=\"c-priority\"><col class=\"c-hours\">"
                + "<col class=\"c-who\"><col class=\"c-why\"></colgroup>").nl();
        html.open("thead").open("tr")
                .element("th", page.t("report.needs.need"), "scope", "col")
                .element("th", page.t("report.needs.priority"), "scope", "col")
                .element("th", page.t("report.needs.hours"), "scope", "col", "class", "num")
                .element("th", page.t("report.needs.resource"), "scope", "col")
                .element("th", page.t("report.needs.why"), "scope", "col")
                .close("tr").close("thead").nl();
        html.open("tbody").nl();
        for (NeedRow row : rows) {
            if (row.assignment() != null) {
                coveredRow(row.assignment());
            } else {
                uncoveredRow(row.uncovered());
            }
        }
        html.close("tbody").close("table").nl();
        html.close("article").nl();
    }

    /** The proposal's entries for one participant, in the order of the participant's needs in the document. */
    private List<NeedRow> needRows(String participant, Member member) {
        List<NeedRow> rows = new ArrayList<>();
        for (Assignment assignment : assignmentsOf.getOrDefault(participant, List.of())) {
            rows.add(new NeedRow(assignment.topic(), assignment, null));
        }
        for (UncoveredNeed need : uncoveredOf.getOrDefault(participant, List.of())) {
            rows.add(new NeedRow(need.topic(), null, need));
        }
        List<String> topics = new ArrayList<>();
        if (member != null) {
            for (Need need : member.needs()) {
                topics.add(need.topic());
            }
        }
        // Stable sort: needs in document order, topics the document does not list last, in proposal order.
        rows.sort(Comparator.comparingInt(row -> {
            int index = topics.indexOf(row.topic());
            return index < 0 ? Integer.MAX_VALUE : index;
        }));
        return rows;
    }

    private void needCells(String topic, int priority, int hours) {
        html.element("th", Format.words(topic), "scope", "row");
        html.open("td", "class", "priority")
                .element("span", Integer.toString(priority), "class", "prio prio-" + priority)
                .text(" " + page.priority(priority)).close("td");
        html.element("td", Integer.toString(hours), "class", "num");
    }

    private void coveredRow(Assignment assignment) {
        html.open("tr").nl();
        needCells(assignment.topic(), assignment.priority(), assignment.hours());
        html.open("td").element("strong", people.displayName(assignment.resource()));
        if (!people.organization(assignment.resource()).isEmpty()) {
            html.raw("<br>").element("span", people.organization(assignment.resource()), "class", "org");
        }
        if (assignment.pinned()) {
            html.raw("<br>").element("span", page.t("report.needs.pinned"), "class", "badge badge-pinned");
        }
        html.close("td").nl();
        html.open("td");
        PairExplanation why = assignment.why();
        if (why == null || why.sentences().isEmpty()) {
            html.element("span", page.t("report.needs.noExplanation"), "class", "muted");
        } else {
            html.open("ul", "class", "why");
            for (String sentence : why.sentences()) {
                html.element("li", sentence);
            }
            html.close("ul");
        }
        runnersUp(assignment);
        html.close("td").nl();
        html.close("tr").nl();
    }

    /** The next best allowed resource persons for the pair's need, and why the proposal did not choose them. */
    private void runnersUp(Assignment assignment) {
        List<RunnerUp> runners = runnerUps.of(assignment, RUNNERS_UP);
        html.open("p", "class", "runners").element("span", page.t("report.runnerUps"), "class", "runners-label")
                .text(" ");
        if (runners.isEmpty()) {
            html.text(page.t("report.runnerUps.none"));
        } else {
            List<String> entries = new ArrayList<>();
            for (RunnerUp runner : runners) {
                List<String> reasons = new ArrayList<>();
                for (RunnerUps.Reason reason : runner.reasons()) {
                    reasons.add(switch (reason) {
                        case LOWER_LEVEL -> page.t("report.runnerUp.level", runner.level(), runner.chosenLevel());
                        case NO_COMMON_SECTOR -> page.t("report.runnerUp.sector");
                        case WORKED_TOGETHER -> page.t("report.runnerUp.met", runner.earlierInteractions());
                        case LESS_PREFERRED -> page.t("report.runnerUp.preference");
                        case NO_HOURS_LEFT -> page.t("report.runnerUp.hours", runner.hoursLeft());
                        case NO_PLACE_LEFT -> page.t("report.runnerUp.participants");
                        case TOO_MANY_RESOURCE_PERSONS -> page.t("report.runnerUp.persons");
                        case LOWER_VALUE -> page.t("report.runnerUp.lower", runner.value(), runner.chosenValue());
                        case EQUAL_VALUE -> page.t("report.runnerUp.equal");
                    });
                }
                entries.add(page.t("report.runnerUp", people.displayName(runner.resource()), messages.and(reasons)));
            }
            html.text(messages.semicolons(entries) + ".");
        }
        html.close("p");
    }

    private void uncoveredRow(UncoveredNeed need) {
        html.open("tr", "class", "gap", "id", page.gapAnchor(need.participant(), need.topic())).nl();
        needCells(need.topic(), need.priority(), need.hours());
        html.open("td", "colspan", "2").nl();
        html.element("span", page.t("report.needs.notCovered"), "class", "badge badge-gap").nl();
        html.element("p", need.summary(), "class", "gap-summary").nl();
        if (need.candidates().isEmpty()) {
            html.element("p", people.resources().isEmpty() ? page.t("report.resources.none")
                    : page.t("report.needs.noCandidate"),
                    "class", "muted").nl();
        } else {
            html.open("table", "class", "candidates").nl();
            html.element("caption", page.t("report.candidates.caption")).nl();
            html.open("thead").open("tr")
                    .element("th", page.t("report.needs.resource"), "scope", "col")
                    .element("th", page.t("report.candidates.blocks"), "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (CandidateVerdict verdict : need.candidates()) {
                html.open("tr").open("th", "scope", "row").text(people.displayName(verdict.resource()));
                if (!people.organization(verdict.resource()).isEmpty()) {
                    html.raw("<br>").element("span", people.organization(verdict.resource()), "class", "org");
                }
                html.close("th").open("td");
                if (verdict.blockedBy().isEmpty()) {
                    html.element("span", page.t("report.candidates.tradeoff"), "class", "rule rule-none");
                }
                for (String rule : verdict.blockedBy()) {
                    html.element("span", ReportPage.ruleName(rule), "class", "rule");
                }
                html.text(" ").text(verdict.reason());
                if (verdict.blockedBy().isEmpty()) {
                    // Nothing forbids the pair: what it would cost is the counterfactual `why` computes.
                    html.open("p", "class", "why-ask").text(page.t("report.candidates.ask")).text(" ")
                            .element("code", page.t("report.candidates.command", need.participant(),
                                    verdict.resource(), need.topic()))
                            .close("p");
                }
                html.close("td").close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        html.close("td").nl();
        html.close("tr").nl();
    }

    // ---- Resource persons ---------------------------------------------------------------------------------------

    void resourcePersons() {
        html.open("section", "id", "resource-persons", "aria-labelledby", "resource-persons-title").nl();
        html.element("h2", page.t("report.toc.resources"), "id", "resource-persons-title").nl();
        if (proposal.accompaniment().loads().isEmpty()) {
            html.element("p", page.t("report.resources.none"), "class", "muted").nl();
            html.close("section").nl();
            return;
        }
        html.element("p", page.t("report.loads.intro"), "class", "muted").nl();
        html.open("table", "class", "loads").nl();
        html.element("caption", page.t("report.loads.caption"), "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", page.t("report.needs.resource"), "scope", "col")
                .element("th", page.t("report.loads.hours"), "scope", "col")
                .element("th", page.t("report.loads.participants"), "scope", "col")
                .element("th", page.t("report.loads.accompanies"), "scope", "col")
                .close("tr").close("thead").nl();
        html.open("tbody").nl();
        for (ResourceLoad load : proposal.accompaniment().loads()) {
            loadRow(load);
        }
        html.close("tbody").close("table").nl();
        html.close("section").nl();
    }

    private void loadRow(ResourceLoad load) {
        html.open("tr").nl();
        html.open("th", "scope", "row").text(people.displayName(load.resource()));
        if (!people.organization(load.resource()).isEmpty()) {
            html.raw("<br>").element("span", people.organization(load.resource()), "class", "org");
        }
        html.close("th").nl();

        boolean hoursOver = load.hours() > load.hoursCapacity();
        long percent = Format.percent(load.hours(), load.hoursCapacity());
        html.open("td").open("div", "class", "meter");
        bar(load.hours(), load.hoursCapacity());
        String share = percent < 0 ? "" : " · " + percent + " %";
        html.open("span", "class", hoursOver ? "over" : null)
                .text(load.hours() + " / " + load.hoursCapacity() + " h" + share);
        if (hoursOver) {
            html.text(" " + page.t("report.loads.over"));
        }
        html.close("span").close("div").close("td").nl();

        boolean participantsOver = load.participants().size() > load.participantsCapacity();
        html.open("td").open("span", "class", participantsOver ? "over" : null)
                .text(load.participants().size() + " / " + load.participantsCapacity());
        if (participantsOver) {
            html.text(" " + page.t("report.loads.over"));
        }
        html.close("span").close("td").nl();

        html.open("td");
        if (load.participants().isEmpty()) {
            html.element("span", page.t("report.loads.nobody"), "class", "muted");
        } else {
            html.open("ul", "class", "why");
            for (String participant : load.participants()) {
                html.open("li").text(people.displayName(participant));
                List<String> topics = new ArrayList<>();
                for (String topic : topicsOfPair.getOrDefault(List.of(load.resource(), participant), List.of())) {
                    topics.add(Format.words(topic).toLowerCase(Locale.ROOT));
                }
                if (!topics.isEmpty()) {
                    html.element("span", " (" + String.join(", ", topics) + ")", "class", "muted");
                }
                html.close("li");
            }
            html.close("ul");
        }
        html.close("td").nl();
        html.close("tr").nl();
    }

    /** An inline SVG bar of hours given against capacity; over capacity it fills red and marks the capacity. */
    void bar(int used, int capacity) {
        int scale = Math.max(Math.max(used, capacity), 1);
        double usedWidth = 100.0 * Math.max(used, 0) / scale;
        html.raw("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">")
                .raw("<rect class=\"bar-track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\" rx=\"2\"></rect>")
                .raw("<rect class=\"" + (used > capacity ? "bar-over" : "bar-fill") + "\" x=\"0\" y=\"0\" width=\""
                        + String.format(Locale.ROOT, "%.1f", usedWidth) + "\" height=\"10\" rx=\"2\"></rect>");
        if (used > capacity && capacity > 0) {
            String x = String.format(Locale.ROOT, "%.1f", 100.0 * capacity / scale);
            html.raw("<line class=\"bar-cap\" x1=\"" + x + "\" y1=\"0\" x2=\"" + x + "\" y2=\"10\"></line>");
        }
        html.raw("</svg>");
    }

    // ---- Immersion days -----------------------------------------------------------------------------------------
}
