package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.workshop.Workshop;

/**
 * The report's compact who-with-whom table, on its first screen: each participant with their resource persons and
 * hours, each mentee with their mentor and day, each co-development group, each workshop with its animator and
 * date. Each row's first cell links to the row's explanation further down. Below 600 px wide the rows become
 * stacked cards (CSS only).
 */
final class WhoWithWhomSection extends ReportSection {

    WhoWithWhomSection(ReportPage page) {
        super(page);
    }

    /** @return the anchor of a mentee's immersion row */
    static String immersionAnchor(int index) {
        return "immersion-" + index;
    }

    /** @return the anchor of a workshop's row */
    static String workshopAnchor(int number) {
        return "workshop-" + number;
    }

    void write() {
        html.open("section", "id", "who-with-whom", "class", "brief", "aria-labelledby", "who-with-whom-title").nl();
        html.element("h2", t("report.who.title"), "id", "who-with-whom-title").nl();
        html.element("p", t("report.who.intro"), "class", "muted").nl();
        html.open("table", "class", "who cards").nl();
        html.element("caption", t("report.who.caption"), "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", t("report.who.column.who"), "scope", "col")
                .element("th", t("report.who.column.with"), "scope", "col")
                .element("th", t("report.who.column.what"), "scope", "col")
                .close("tr").close("thead").nl();
        accompaniment();
        immersion();
        codevelopment();
        workshops();
        html.close("table").nl();
        html.close("section").nl();
    }

    private String t(String key, Object... arguments) {
        return page.t(key, arguments);
    }

    private void modeHeading(String title) {
        html.open("tbody").nl();
        html.open("tr", "class", "mode").element("th", title, "colspan", "3", "scope", "colgroup").close("tr").nl();
    }

    private void accompaniment() {
        if (proposal.accompaniment() == null || people.participants().isEmpty()) {
            return;
        }
        modeHeading(t("report.who.mode.accompaniment"));
        for (String participant : people.participants()) {
            // Resource persons in the order they first cover a need, each with their hours and topics.
            Map<String, List<Assignment>> byResource = new LinkedHashMap<>();
            for (Assignment assignment : proposal.accompaniment().assignments()) {
                if (assignment.participant().equals(participant)) {
                    byResource.computeIfAbsent(assignment.resource(), r -> new ArrayList<>()).add(assignment);
                }
            }
            List<UncoveredNeed> uncovered = new ArrayList<>();
            for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
                if (need.participant().equals(participant)) {
                    uncovered.add(need);
                }
            }
            html.open("tr", "class", uncovered.isEmpty() ? null : "gap").nl();
            whoCell(participant, "#" + page.anchors.get(participant));
            html.open("td", "data-label", t("report.who.column.with"));
            int planned = 0;
            if (byResource.isEmpty()) {
                html.element("span", t("report.who.nobody"), "class", "muted");
            } else {
                html.open("ul", "class", "plain");
                for (Map.Entry<String, List<Assignment>> entry : byResource.entrySet()) {
                    int hours = 0;
                    List<String> topics = new ArrayList<>();
                    for (Assignment assignment : entry.getValue()) {
                        hours += assignment.hours();
                        topics.add(page.topic(assignment.topic()));
                    }
                    planned += hours;
                    html.open("li").element("strong", people.displayName(entry.getKey())).text(" ")
                            .element("span", t("report.who.hours", hours, messages.and(topics)), "class", "muted")
                            .close("li");
                }
                html.close("ul");
            }
            html.close("td").nl();
            int asked = planned;
            for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
                if (need.participant().equals(participant)) {
                    asked += need.hours();
                }
            }
            html.open("td", "data-label", t("report.who.column.what")).text(t("report.who.planned", planned, asked));
            if (!uncovered.isEmpty()) {
                html.raw("<br>").open("span", "class", "gap-note");
                uncoveredLinks(uncovered);
                html.close("span");
            }
            html.close("td").nl();
            html.close("tr").nl();
        }
        html.close("tbody").nl();
    }

    /**
     * Writes "Not covered: A, B and C" in the report's language, each topic a link to its uncovered need's row,
     * where the candidates and what blocks each are.
     */
    private void uncoveredLinks(List<UncoveredNeed> uncovered) {
        String sentence = t("report.who.uncovered", "\u0000");
        String and = messages.get("common.list.and", "\u0000", "\u0001");
        String last = and.substring(and.indexOf('\u0000') + 1, and.indexOf('\u0001'));
        int at = sentence.indexOf('\u0000');
        html.text(sentence.substring(0, at));
        for (int i = 0; i < uncovered.size(); i++) {
            if (i > 0) {
                html.text(i == uncovered.size() - 1 ? last : messages.get("common.list.separator"));
            }
            UncoveredNeed need = uncovered.get(i);
            html.element("a", page.topic(need.topic()), "href",
                    "#" + page.gapAnchor(need.participant(), need.topic()));
        }
        html.text(sentence.substring(at + 1));
    }

    private void immersion() {
        if (proposal.immersion() == null || proposal.immersion().pairings().isEmpty()) {
            return;
        }
        modeHeading(t("report.who.mode.immersion"));
        int index = 1;
        for (ImmersionPairing pairing : proposal.immersion().pairings()) {
            html.open("tr").nl();
            whoCell(pairing.mentee(), "#" + immersionAnchor(index++));
            html.element("td", people.displayName(pairing.mentor()), "data-label", t("report.who.column.with"))
                    .nl();
            html.element("td", page.date(pairing.day()), "data-label", t("report.who.column.what")).nl();
            html.close("tr").nl();
        }
        html.close("tbody").nl();
    }

    private void codevelopment() {
        if (proposal.codevelopment() == null || proposal.codevelopment().groups().isEmpty()) {
            return;
        }
        modeHeading(t("report.who.mode.codevelopment"));
        for (CodevelopmentGroup group : proposal.codevelopment().groups()) {
            html.open("tr").nl();
            html.open("th", "scope", "row").element("a", t("report.who.group", group.number()),
                    "href", "#group-" + group.number()).close("th").nl();
            html.element("td", page.names(group.members()), "data-label", t("report.who.column.with")).nl();
            CodevelopmentSession first = null;
            for (CodevelopmentSession session : group.sessions()) {
                if (session.date() != null && (first == null || session.date().isBefore(first.date()))) {
                    first = session;
                }
            }
            html.element("td", first == null ? t("report.who.sessions.undated", group.sessions().size())
                    : t("report.who.sessions", group.sessions().size(), page.date(first.date())),
                    "data-label", t("report.who.column.what")).nl();
            html.close("tr").nl();
        }
        html.close("tbody").nl();
    }

    private void workshops() {
        if (proposal.workshops() == null || proposal.workshops().workshops().isEmpty()) {
            return;
        }
        modeHeading(t("report.who.mode.workshop"));
        for (Workshop workshop : proposal.workshops().workshops()) {
            html.open("tr").nl();
            html.open("th", "scope", "row").element("a", workshop.number() + ". " + Format.words(workshop.theme()),
                    "href", "#" + workshopAnchor(workshop.number())).close("th").nl();
            html.element("td", people.displayName(workshop.animator()), "data-label", t("report.who.column.with"))
                    .nl();
            String when = workshop.date() == null ? t("report.who.undated")
                    : page.date(workshop.date()) + " · " + page.halfDayName(workshop.halfDay());
            html.element("td", t("report.who.workshop", when, workshop.attendees().size()),
                    "data-label", t("report.who.column.what")).nl();
            html.close("tr").nl();
        }
        html.close("tbody").nl();
    }

    private void whoCell(String member, String href) {
        html.open("th", "scope", "row").element("a", people.displayName(member), "href", href).close("th").nl();
    }
}
