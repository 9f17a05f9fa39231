package org.peermatch.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.CandidateVerdict;
import org.peermatch.core.accompaniment.PairExplanation;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.UnplacedMentee;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.ConstraintCatalog;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.workshop.UnservedWorkshopNeed;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * Writes a {@link Proposal} as one self-contained HTML page for the steering committee: it opens offline, prints
 * well and reads the same without its small optional filtering script. It loads nothing from anywhere (inline CSS,
 * no fonts, images or external scripts; a Content-Security-Policy forbids any load).
 *
 * <p>The page speaks the committee's language, in this order:
 * <ol>
 * <li>the programme's name and dates, the status in words ("Every need is covered and every rule is met", "2 needs
 * could not be covered" or "Some rules could not be met") and key numbers: participants, resource persons, needs
 * covered and hours planned;</li>
 * <li>the broken rules, prominently, when there are any;</li>
 * <li>per participant, in document order: each need with who covers it and why, or why it stays uncovered with
 * every candidate and what blocks them;</li>
 * <li>per resource person: hours given against hours offered (a bar) and participants against their maximum;</li>
 * <li>score details for whoever tunes the weights: the contribution of each constraint and the solve statistics.</li>
 * </ol>
 *
 * <p>It only formats: fits, reasons and scores all come from the proposal; names, organizations, sectors and the
 * order of needs come from the programme. Every piece of input text is escaped. Same proposal, same bytes.
 */
public final class HtmlReport {

    private static final String PAGE = Template.resource("report-page.html");
    private static final String STYLE = Template.resource("report.css");
    private static final String SCRIPT = Template.resource("report.js");

    private final Proposal proposal;
    private final Programme programme;
    /** The programme calendar, or null when the report has none. */
    private final ProgrammeCalendar calendar;
    private final People people;
    private final Html html = new Html();
    /** Anchor of each participant's section, by member id. */
    private final Map<String, String> anchors = new LinkedHashMap<>();

    private HtmlReport(Proposal proposal, Programme programme, ProgrammeCalendar calendar) {
        this.proposal = proposal;
        this.programme = programme;
        this.calendar = calendar;
        this.people = new People(proposal, programme);
        int index = 1;
        for (String participant : people.participants()) {
            anchors.put(participant, "participant-" + index++);
        }
    }

    /**
     * Writes the report, UTF-8, to the stream. The stream is flushed but not closed.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for names, organizations, sectors and needs
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, OutputStream out) throws IOException {
        out.write(toHtml(proposal, programme).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Formats the report.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from, for names, organizations, sectors and needs
     * @return the whole HTML document
     */
    public static String toHtml(Proposal proposal, Programme programme) {
        return toHtml(proposal, programme, proposal.calendar());
    }

    /**
     * Writes the report with a month-grid calendar section, UTF-8, to the stream. The stream is flushed but not
     * closed.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, ProgrammeCalendar calendar, OutputStream out)
            throws IOException {
        out.write(toHtml(proposal, programme, calendar).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Formats the report with a month-grid calendar section.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @return the whole HTML document
     */
    public static String toHtml(Proposal proposal, Programme programme, ProgrammeCalendar calendar) {
        HtmlReport report = new HtmlReport(proposal, programme, calendar);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", Html.escape(report.programmeName() + " · proposal"));
        values.put("style", STYLE);
        values.put("body", report.body());
        values.put("script", SCRIPT);
        return Template.fill(PAGE, values);
    }

    private String programmeName() {
        if (proposal.programme() != null && !proposal.programme().isBlank()) {
            return proposal.programme();
        }
        return programme.name() == null ? "Programme" : programme.name();
    }

    private String body() {
        html.open("div", "class", "page").nl();
        masthead();
        html.open("main").nl();
        status();
        figures();
        contents();
        brokenRules();
        participants();
        resourcePersons();
        immersion();
        codevelopment();
        workshops();
        if (calendar != null) {
            MonthGrid.write(html, programme, calendar);
        }
        scoreDetails();
        html.close("main").nl();
        html.open("footer", "class", "colophon")
                .text("Made by peer-match from the programme document. Fits, reasons and scores are the solver's; "
                        + "this page only presents them.")
                .close("footer").nl();
        html.close("div");
        return html.toString();
    }

    // ---- Header -------------------------------------------------------------------------------------------------

    private void masthead() {
        html.open("header", "class", "masthead").nl();
        html.element("p", "Peer-learning programme · proposal for the steering committee", "class", "kicker").nl();
        html.element("h1", programmeName()).nl();
        if (programme.start() != null && programme.end() != null) {
            html.element("p", Format.date(programme.start()) + " to " + Format.date(programme.end()),
                    "class", "period").nl();
        }
        html.close("header").nl();
    }

    private void status() {
        Status status = Status.of(proposal);
        int uncovered = proposal.accompaniment().uncovered().size();
        List<String> gaps = new ArrayList<>();
        if (uncovered > 0) {
            gaps.add(Format.count(uncovered, "need", "needs") + " could not be covered");
        }
        int unplacedMentees = proposal.immersion() == null ? 0 : proposal.immersion().unplaced().size();
        if (unplacedMentees > 0) {
            gaps.add(Format.count(unplacedMentees, "mentee has", "mentees have") + " no immersion day");
        }
        int outOfGroups = proposal.codevelopment() == null ? 0 : proposal.codevelopment().unplaced().size();
        if (outOfGroups > 0) {
            gaps.add(Format.count(outOfGroups, "member is", "members are") + " in no co-development group");
        }
        int undated = proposal.calendar() == null ? 0 : proposal.calendar().unplaced().size();
        if (undated > 0) {
            gaps.add(Format.count(undated, "session", "sessions") + " could not be dated");
        }
        String headline;
        String icon;
        String explanation;
        switch (status) {
            case COMPLETE -> {
                headline = "Every need is covered and every rule is met";
                icon = "✓";
                explanation = "The committee can take this proposal as it is, or pin and forbid pairs and run again.";
            }
            case GAPS -> {
                headline = capitalized(String.join(", ", gaps));
                icon = "!";
                List<String> whys = new ArrayList<>();
                if (uncovered > 0) {
                    whys.add("why a need stays uncovered and what blocks each resource person");
                }
                if (unplacedMentees > 0) {
                    whys.add("why a mentee has no immersion day");
                }
                if (outOfGroups > 0) {
                    whys.add("why a member is in no co-development group");
                }
                if (undated > 0) {
                    whys.add("why a session could not be dated");
                }
                explanation = "Every rule is met. The sections below explain " + String.join(", ", whys) + ".";
            }
            default -> {
                headline = "Some rules could not be met";
                icon = "✕";
                explanation = Format.count(proposal.allViolations().size(), "rule is", "rules are")
                        + " broken (listed below)"
                        + (gaps.isEmpty() ? "" : " and " + String.join(", ", gaps))
                        + ". Often a committee decision, such as a pinned pair, contradicts a rule: "
                        + "change the input and run again.";
            }
        }
        html.open("section", "class", "status status-" + status.jsonName(), "aria-labelledby", "status-title").nl();
        html.open("h2", "id", "status-title")
                .element("span", icon, "class", "status-icon", "aria-hidden", "true")
                .text(" " + headline).close("h2").nl();
        html.element("p", explanation).nl();
        if (uncovered > 0 || unplacedMentees > 0 || outOfGroups > 0) {
            html.open("ul").nl();
            for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
                String priority = Format.priority(need.priority()).toLowerCase(Locale.ROOT);
                html.open("li")
                        .element("a", people.displayName(need.participant()),
                                "href", "#" + anchors.get(need.participant()))
                        .text(": " + Format.words(need.topic()) + " (" + priority + ", " + need.hours() + " h)")
                        .close("li").nl();
            }
            if (unplacedMentees > 0) {
                for (UnplacedMentee mentee : proposal.immersion().unplaced()) {
                    html.open("li").element("a", people.displayName(mentee.mentee()), "href", "#immersion")
                            .text(": no immersion day").close("li").nl();
                }
            }
            if (outOfGroups > 0) {
                for (UnplacedCodevelopmentMember member : proposal.codevelopment().unplaced()) {
                    html.open("li").element("a", people.displayName(member.member()), "href", "#codevelopment")
                            .text(": in no co-development group").close("li").nl();
                }
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void figures() {
        int covered = proposal.accompaniment().assignments().size();
        int needs = covered + proposal.accompaniment().uncovered().size();
        long hoursPlanned = 0;
        for (Assignment assignment : proposal.accompaniment().assignments()) {
            hoursPlanned += assignment.hours();
        }
        long hoursAsked = hoursPlanned;
        for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
            hoursAsked += need.hours();
        }
        html.open("dl", "class", "figures").nl();
        figure("Participants", Format.number(people.participants().size()), null);
        figure("Resource persons", Format.number(people.resources().size()), null);
        figure("Needs covered", Format.number(covered), "of " + Format.number(needs));
        figure("Hours planned", Format.number(hoursPlanned), "of " + Format.number(hoursAsked) + " asked");
        ImmersionProposal immersion = proposal.immersion();
        if (immersion != null) {
            int mentees = immersion.pairings().size() + immersion.unplaced().size();
            figure("Immersion days", Format.number(immersion.pairings().size()), "of " + Format.number(mentees)
                    + " mentees");
        }
        if (proposal.workshops() != null) {
            int seats = 0;
            for (Workshop workshop : proposal.workshops().workshops()) {
                seats += workshop.attendees().size();
            }
            figure("Workshops", Format.number(proposal.workshops().workshops().size()),
                    "with " + Format.count(seats, "seat", "seats"));
        }
        CodevelopmentProposal codevelopment = proposal.codevelopment();
        if (codevelopment != null) {
            int members = codevelopment.unplaced().size();
            for (CodevelopmentGroup group : codevelopment.groups()) {
                members += group.members().size();
            }
            figure("Co-development groups", Format.number(codevelopment.groups().size()),
                    "for " + Format.count(members, "member", "members"));
        }
        html.close("dl").nl();
    }

    private void figure(String label, String value, String of) {
        html.open("div").element("dt", label).open("dd").text(value);
        if (of != null) {
            html.text(" ").element("span", of);
        }
        html.close("dd").close("div").nl();
    }

    private void contents() {
        html.open("nav", "class", "toc", "aria-label", "Contents").open("ol");
        if (!proposal.allViolations().isEmpty()) {
            html.open("li").element("a", "Broken rules", "href", "#broken-rules").close("li");
        }
        html.open("li").element("a", "Participants and their needs", "href", "#participants").close("li");
        html.open("li").element("a", "Resource persons", "href", "#resource-persons").close("li");
        if (proposal.immersion() != null) {
            html.open("li").element("a", "Immersion days", "href", "#immersion").close("li");
        }
        if (proposal.codevelopment() != null) {
            html.open("li").element("a", "Co-development groups", "href", "#codevelopment").close("li");
        }
        if (proposal.workshops() != null) {
            html.open("li").element("a", "Workshops", "href", "#workshops").close("li");
        }
        if (calendar != null) {
            html.open("li").element("a", "Calendar", "href", "#calendar").close("li");
        }
        html.open("li").element("a", "Score details", "href", "#score-details").close("li");
        html.close("ol").close("nav").nl();
    }

    // ---- Broken rules -------------------------------------------------------------------------------------------

    private void brokenRules() {
        List<Violation> violations = proposal.allViolations();
        if (violations.isEmpty()) {
            return;
        }
        html.open("section", "id", "broken-rules", "class", "broken", "aria-labelledby", "broken-rules-title").nl();
        html.element("h2", "Broken rules (" + violations.size() + ")", "id", "broken-rules-title").nl();
        html.element("p", "This proposal cannot be carried out as it is: each line below is a rule it breaks.").nl();
        html.open("table").nl();
        html.element("caption", "Rules this proposal breaks", "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", "Rule", "scope", "col")
                .element("th", "What is broken", "scope", "col")
                .close("tr").close("thead").nl();
        html.open("tbody").nl();
        for (Violation violation : violations) {
            html.open("tr")
                    .element("th", ruleName(violation.constraint()), "scope", "row")
                    .element("td", violation.message())
                    .close("tr").nl();
        }
        html.close("tbody").close("table").nl();
        html.close("section").nl();
    }

    // ---- Participants -------------------------------------------------------------------------------------------

    private void participants() {
        html.open("section", "id", "participants", "aria-labelledby", "participants-title").nl();
        html.element("h2", "Participants and their needs", "id", "participants-title").nl();
        html.open("div", "class", "filters", "id", "filters", "hidden", "hidden").nl();
        html.element("label", "Find a person or topic", "for", "filter-text")
                .open("input", "type", "search", "id", "filter-text", "autocomplete", "off").nl();
        html.open("label").open("input", "type", "checkbox", "id", "filter-gaps")
                .text(" Only participants with a need not covered").close("label").nl();
        html.open("p", "id", "filter-count", "aria-live", "polite").close("p").nl();
        html.close("div").nl();
        if (people.participants().isEmpty()) {
            html.element("p", "No member asks for individual accompaniment.", "class", "muted").nl();
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
                "id", anchors.get(participant), "aria-labelledby", anchors.get(participant) + "-name",
                "data-search", search.toString().toLowerCase(Locale.ROOT)).nl();
        html.open("header").nl();
        html.open("h3", "id", anchors.get(participant) + "-name").text(people.displayName(participant));
        if (!people.organization(participant).isEmpty()) {
            html.element("span", people.organization(participant), "class", "org");
        }
        html.close("h3").nl();
        List<String> meta = new ArrayList<>();
        if (member != null && !member.sectors().isEmpty()) {
            meta.add(String.join(", ", member.sectors().stream().map(Format::words).toList()));
        }
        meta.add(Format.count(rows.size(), "need", "needs"));
        meta.add(hoursPlanned + " of " + hoursAsked + " h planned");
        html.element("p", String.join(" · ", meta), "class", "meta").nl();
        html.close("header").nl();

        if (rows.isEmpty()) {
            html.element("p", "The proposal lists no need of this participant.", "class", "muted").nl();
            html.close("article").nl();
            return;
        }
        html.open("table", "class", "needs").nl();
        html.element("caption", "Needs of " + people.displayName(participant), "class", "visually-hidden").nl();
        html.raw("<colgroup><col class=\"c-need\"><col class=\"c-priority\"><col class=\"c-hours\">"
                + "<col class=\"c-who\"><col class=\"c-why\"></colgroup>").nl();
        html.open("thead").open("tr")
                .element("th", "Need", "scope", "col")
                .element("th", "Priority", "scope", "col")
                .element("th", "Hours", "scope", "col", "class", "num")
                .element("th", "Resource person", "scope", "col")
                .element("th", "Why", "scope", "col")
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
        for (Assignment assignment : proposal.accompaniment().assignments()) {
            if (assignment.participant().equals(participant)) {
                rows.add(new NeedRow(assignment.topic(), assignment, null));
            }
        }
        for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
            if (need.participant().equals(participant)) {
                rows.add(new NeedRow(need.topic(), null, need));
            }
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
                .text(" " + Format.priority(priority)).close("td");
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
            html.raw("<br>").element("span", "Pinned by the committee", "class", "badge badge-pinned");
        }
        html.close("td").nl();
        html.open("td");
        PairExplanation why = assignment.why();
        if (why == null || why.sentences().isEmpty()) {
            html.element("span", "No explanation given.", "class", "muted");
        } else {
            html.open("ul", "class", "why");
            for (String sentence : why.sentences()) {
                html.element("li", sentence);
            }
            html.close("ul");
        }
        html.close("td").nl();
        html.close("tr").nl();
    }

    private void uncoveredRow(UncoveredNeed need) {
        html.open("tr", "class", "gap").nl();
        needCells(need.topic(), need.priority(), need.hours());
        html.open("td", "colspan", "2").nl();
        html.element("span", "Not covered", "class", "badge badge-gap").nl();
        html.element("p", need.summary(), "class", "gap-summary").nl();
        if (need.candidates().isEmpty()) {
            html.element("p", people.resources().isEmpty() ? "Nobody offers individual accompaniment."
                    : "No resource person is competent on this topic at the programme's minimum level.",
                    "class", "muted").nl();
        } else {
            html.open("table", "class", "candidates").nl();
            html.element("caption", "Who could have covered it, and what blocks them").nl();
            html.open("thead").open("tr")
                    .element("th", "Resource person", "scope", "col")
                    .element("th", "What blocks them", "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (CandidateVerdict verdict : need.candidates()) {
                html.open("tr").open("th", "scope", "row").text(people.displayName(verdict.resource()));
                if (!people.organization(verdict.resource()).isEmpty()) {
                    html.raw("<br>").element("span", people.organization(verdict.resource()), "class", "org");
                }
                html.close("th").open("td");
                if (verdict.blockedBy().isEmpty()) {
                    html.element("span", "No rule: a trade-off", "class", "rule rule-none");
                }
                for (String rule : verdict.blockedBy()) {
                    html.element("span", ruleName(rule), "class", "rule");
                }
                html.text(" ").text(verdict.reason()).close("td").close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        html.close("td").nl();
        html.close("tr").nl();
    }

    // ---- Resource persons ---------------------------------------------------------------------------------------

    private void resourcePersons() {
        html.open("section", "id", "resource-persons", "aria-labelledby", "resource-persons-title").nl();
        html.element("h2", "Resource persons", "id", "resource-persons-title").nl();
        if (proposal.accompaniment().loads().isEmpty()) {
            html.element("p", "Nobody offers individual accompaniment.", "class", "muted").nl();
            html.close("section").nl();
            return;
        }
        html.element("p", "Hours given against the hours each one offered, and participants against the most "
                + "they offered to take.", "class", "muted").nl();
        html.open("table", "class", "loads").nl();
        html.element("caption", "Load of each resource person", "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", "Resource person", "scope", "col")
                .element("th", "Hours given / offered", "scope", "col")
                .element("th", "Participants / at most", "scope", "col")
                .element("th", "Accompanies", "scope", "col")
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
            html.text(" (over)");
        }
        html.close("span").close("div").close("td").nl();

        boolean participantsOver = load.participants().size() > load.participantsCapacity();
        html.open("td").open("span", "class", participantsOver ? "over" : null)
                .text(load.participants().size() + " / " + load.participantsCapacity());
        if (participantsOver) {
            html.text(" (over)");
        }
        html.close("span").close("td").nl();

        html.open("td");
        if (load.participants().isEmpty()) {
            html.element("span", "Nobody in this proposal", "class", "muted");
        } else {
            html.open("ul", "class", "why");
            for (String participant : load.participants()) {
                html.open("li").text(people.displayName(participant));
                List<String> topics = new ArrayList<>();
                for (Assignment assignment : proposal.accompaniment().assignments()) {
                    if (assignment.resource().equals(load.resource())
                            && assignment.participant().equals(participant)) {
                        topics.add(Format.words(assignment.topic()).toLowerCase(Locale.ROOT));
                    }
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
    private void bar(int used, int capacity) {
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

    private void immersion() {
        ImmersionProposal immersion = proposal.immersion();
        if (immersion == null) {
            return;
        }
        html.open("section", "id", "immersion", "aria-labelledby", "immersion-title").nl();
        html.element("h2", "Immersion days (“Vis ma vie”)", "id", "immersion-title").nl();
        html.element("p", "Each mentee spends one working day with a mentor"
                + (programme.immersion().sameSectorRequired() ? " of their sector" : "")
                + "; their objectives are kept for the evaluation after the day, and their report is due "
                + Format.count(programme.immersion().reportDueDays(), "day", "days") + " later.", "class", "muted")
                .nl();
        if (!immersion.pairings().isEmpty()) {
            html.open("table", "class", "immersion").nl();
            html.element("caption", "Immersion day of each mentee", "class", "visually-hidden").nl();
            html.open("thead").open("tr")
                    .element("th", "Mentee", "scope", "col")
                    .element("th", "Mentor", "scope", "col")
                    .element("th", "Day", "scope", "col")
                    .element("th", "Objectives", "scope", "col")
                    .element("th", "Why", "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (ImmersionPairing pairing : immersion.pairings()) {
                html.open("tr").nl();
                personCell("th", pairing.mentee());
                personCell("td", pairing.mentor());
                html.open("td").text(Format.date(pairing.day())).raw("<br>")
                        .element("span", "report due " + Format.date(pairing.reportDue()), "class", "muted")
                        .close("td").nl();
                html.open("td");
                if (pairing.objectives().isEmpty()) {
                    html.element("span", "none stated", "class", "muted");
                } else {
                    html.open("ul", "class", "why");
                    for (String objective : pairing.objectives()) {
                        html.element("li", Format.words(objective));
                    }
                    html.close("ul");
                }
                html.close("td").nl();
                reasonsCell(pairing.reasons());
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!immersion.unplaced().isEmpty()) {
            html.element("h3", "Mentees without an immersion day").nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnplacedMentee mentee : immersion.unplaced()) {
                html.open("li").element("strong", people.displayName(mentee.mentee()));
                reasons(mentee.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    // ---- Co-development groups ----------------------------------------------------------------------------------

    private void codevelopment() {
        CodevelopmentProposal codevelopment = proposal.codevelopment();
        if (codevelopment == null) {
            return;
        }
        html.open("section", "id", "codevelopment", "aria-labelledby", "codevelopment-title").nl();
        html.element("h2", "Co-development groups", "id", "codevelopment-title").nl();
        html.element("p", "Stable groups of " + programme.codevelopment().minSize() + " to "
                + programme.codevelopment().maxSize() + " peers. At each session "
                + (programme.codevelopment().clientsPerSession() == 1 ? "one member is the client"
                        : "two members are clients")
                + " and brings a situation; the others consult. Sessions fall on half-days every member of the "
                + "group is available.", "class", "muted").nl();
        for (CodevelopmentGroup group : codevelopment.groups()) {
            String title = "Group " + group.number() + " · " + Format.count(group.members().size(), "member",
                    "members");
            html.open("article", "class", "group", "id", "group-" + group.number(), "aria-label", title).nl();
            html.element("h3", title).nl();
            html.open("ul", "class", "members").nl();
            for (String member : group.members()) {
                html.open("li").text(people.displayName(member));
                String organization = people.organization(member);
                if (!organization.isEmpty()) {
                    html.element("span", " · " + organization, "class", "org");
                }
                html.close("li").nl();
            }
            html.close("ul").nl();
            reasons(group.reasons());
            if (!group.sessions().isEmpty()) {
                html.open("table", "class", "sessions").nl();
                html.element("caption", "Sessions of group " + group.number() + " and their clients",
                        "class", "visually-hidden").nl();
                html.open("thead").open("tr")
                        .element("th", "Session", "scope", "col")
                        .element("th", "Date", "scope", "col")
                        .element("th", "Client", "scope", "col")
                        .close("tr").close("thead").nl();
                html.open("tbody").nl();
                for (CodevelopmentSession session : group.sessions()) {
                    List<String> clients = new ArrayList<>();
                    for (String client : session.clients()) {
                        clients.add(people.displayName(client));
                    }
                    html.open("tr")
                            .element("th", Integer.toString(session.number()), "scope", "row")
                            .element("td", session.date() == null ? "not dated"
                                    : Format.date(session.date()) + " · " + halfDayName(session.halfDay()))
                            .element("td", String.join(" and ", clients))
                            .close("tr").nl();
                }
                html.close("tbody").close("table").nl();
            }
            html.close("article").nl();
        }
        if (!codevelopment.unplaced().isEmpty()) {
            html.element("h3", "Members in no group").nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnplacedCodevelopmentMember member : codevelopment.unplaced()) {
                html.open("li").element("strong", people.displayName(member.member()));
                reasons(member.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    // ---- Workshops ----------------------------------------------------------------------------------------------

    private void workshops() {
        WorkshopProposal workshops = proposal.workshops();
        if (workshops == null) {
            return;
        }
        html.open("section", "id", "workshops", "aria-labelledby", "workshops-title").nl();
        html.element("h2", "Workshops", "id", "workshops-title").nl();
        html.element("p", "Half-day collective workshops on the themes the participants need most, each led by a "
                + "member of the community competent on it (level " + programme.workshop().minimumLevel()
                + "+), for " + programme.workshop().minAttendance() + " to " + programme.workshop().maxAttendance()
                + " participants.", "class", "muted").nl();
        if (!workshops.workshops().isEmpty()) {
            html.open("table", "class", "workshops").nl();
            html.element("caption", "Workshops, their animators and participants", "class", "visually-hidden")
                    .nl();
            html.open("thead").open("tr")
                    .element("th", "Workshop", "scope", "col")
                    .element("th", "When and where", "scope", "col")
                    .element("th", "Animator", "scope", "col")
                    .element("th", "Participants", "scope", "col")
                    .element("th", "Why", "scope", "col")
                    .close("tr").close("thead").nl();
            html.open("tbody").nl();
            for (Workshop workshop : workshops.workshops()) {
                html.open("tr").nl();
                html.open("th", "scope", "row").text(workshop.number() + ". " + Format.words(workshop.theme()))
                        .close("th").nl();
                html.open("td").text(workshop.date() == null ? "not dated"
                        : Format.date(workshop.date()) + " · " + halfDayName(workshop.halfDay()));
                if (workshop.room() != null) {
                    html.raw("<br>").element("span", roomName(workshop.room()), "class", "muted");
                }
                html.close("td").nl();
                personCell("td", workshop.animator());
                html.open("td").text(Format.count(workshop.attendees().size(), "participant", "participants"));
                List<String> names = new ArrayList<>();
                for (String attendee : workshop.attendees()) {
                    names.add(people.displayName(attendee));
                }
                html.raw("<br>").element("span", String.join(", ", names), "class", "muted");
                html.close("td").nl();
                reasonsCell(workshop.reasons());
                html.close("tr").nl();
            }
            html.close("tbody").close("table").nl();
        }
        if (!workshops.unserved().isEmpty()) {
            html.element("h3", "Needs without a workshop seat").nl();
            html.open("ul", "class", "unplaced").nl();
            for (UnservedWorkshopNeed need : workshops.unserved()) {
                html.open("li").element("strong", people.displayName(need.participant()))
                        .text(" · " + Format.words(need.topic()) + " ("
                                + Format.priority(need.priority()).toLowerCase(Locale.ROOT) + ")");
                reasons(need.reasons());
                html.close("li").nl();
            }
            html.close("ul").nl();
        }
        html.close("section").nl();
    }

    /** @return the room's name, or its id when the programme lacks it */
    private String roomName(String id) {
        Room room = programme.room(id);
        return room == null ? id : room.name();
    }

    /** @return the half-day with its hours, e.g. "AM (09:00–12:30)", or the id when the programme lacks it */
    private String halfDayName(String id) {
        for (HalfDaySlot slot : programme.halfDays()) {
            if (slot.id().equals(id)) {
                return slot.id() + " (" + slot.start() + "–" + slot.end() + ")";
            }
        }
        return id == null ? "" : id;
    }

    private void personCell(String tag, String id) {
        html.open(tag, "scope", tag.equals("th") ? "row" : null).text(people.displayName(id));
        if (!people.organization(id).isEmpty()) {
            html.raw("<br>").element("span", people.organization(id), "class", "org");
        }
        html.close(tag).nl();
    }

    private void reasonsCell(List<String> reasons) {
        html.open("td");
        reasons(reasons);
        html.close("td").nl();
    }

    private void reasons(List<String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        html.open("ul", "class", "why");
        for (String reason : reasons) {
            html.element("li", reason);
        }
        html.close("ul");
    }

    // ---- Score details ------------------------------------------------------------------------------------------

    private void scoreDetails() {
        html.open("section", "id", "score-details", "class", "details", "aria-labelledby", "score-details-title")
                .nl();
        html.element("h2", "Score details", "id", "score-details-title").nl();
        html.open("p").text("For whoever tunes the weights. Accompaniment score ").element("code", proposal.accompaniment().score());
        if (proposal.immersion() != null) {
            html.text(", immersion ").element("code", proposal.immersion().score());
        }
        if (proposal.codevelopment() != null) {
            html.text(", co-development ").element("code", proposal.codevelopment().score());
        }
        if (proposal.workshops() != null) {
            html.text(", workshops ").element("code", proposal.workshops().score());
        }
        html.text(": hard below zero means a rule is broken, medium counts what is left unplanned (uncovered needs "
                        + "weighted by priority, mentees without a day, members in no group), soft adds up the "
                        + "quality of the pairs and groups.")
                .close("p").nl();
        html.open("table", "class", "constraints").nl();
        html.element("caption", "Contribution of each constraint", "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", "Constraint", "scope", "col")
                .element("th", "Level", "scope", "col")
                .element("th", "Weight", "scope", "col", "class", "num")
                .element("th", "Contribution", "scope", "col", "class", "num")
                .element("th", "Meaning", "scope", "col")
                .close("tr").close("thead").nl();
        html.open("tbody").nl();
        List<ConstraintScore> constraints = new ArrayList<>(proposal.accompaniment().constraints());
        if (proposal.immersion() != null) {
            constraints.addAll(proposal.immersion().constraints());
        }
        if (proposal.codevelopment() != null) {
            constraints.addAll(proposal.codevelopment().constraints());
        }
        if (proposal.workshops() != null) {
            constraints.addAll(proposal.workshops().constraints());
        }
        for (ConstraintScore constraint : constraints) {
            ConstraintDefinition definition = ConstraintCatalog.find(constraint.id());
            html.open("tr")
                    .open("th", "scope", "row").element("code", constraint.id()).close("th")
                    .element("td", constraint.level() == null ? "" : Format.words(
                            constraint.level().name().toLowerCase(Locale.ROOT)))
                    .element("td", Format.number(constraint.weight()), "class", "num")
                    .element("td", Format.signed(constraint.score()),
                            "class", constraint.score() == 0 ? "num contribution zero" : "num contribution")
                    .element("td", definition == null ? "" : definition.description())
                    .close("tr").nl();
        }
        html.close("tbody").close("table").nl();

        SolveStatistics statistics = proposal.statistics();
        if (statistics != null) {
            html.element("h3", "Solve statistics").nl();
            html.open("dl", "class", "stats").nl();
            if (statistics.reproducible()) {
                stat("Search", "Bounded by a move count: the same input and seed give this same proposal");
            } else {
                stat("Time spent", Format.duration(statistics.spent()));
            }
            stat("Moves evaluated", Format.number(statistics.moveCount()));
            if (!statistics.reproducible()) {
                stat("Moves per second", Format.number(statistics.movesPerSecond()));
            }
            stat("Random seed", Long.toString(statistics.seed()));
            stat("Stopped early", statistics.terminatedEarly() ? "Yes, interrupted" : "No, ran to its limit");
            html.close("dl").nl();
        }
        html.close("section").nl();
    }

    private void stat(String label, String value) {
        html.open("div").element("dt", label).element("dd", value).close("div").nl();
    }

    /** @return a constraint id in words, e.g. {@code resource-hours-exceeded} as "Resource hours exceeded" */
    private static String ruleName(String constraintId) {
        return Format.words(constraintId);
    }
}
