package org.peermatch.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.UnplacedMentee;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.ConstraintCatalog;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.workshop.Workshop;

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

    private final ReportPage page;
    private final Proposal proposal;
    private final Programme programme;
    /** The programme calendar, or null when the report has none. */
    private final ProgrammeCalendar calendar;
    private final People people;
    private final Html html;
    /** Anchor of each participant's section, by member id. */
    private final Map<String, String> anchors;

    private HtmlReport(Proposal proposal, Programme programme, ProgrammeCalendar calendar) {
        this.page = new ReportPage(proposal, programme, calendar);
        this.proposal = proposal;
        this.programme = programme;
        this.calendar = calendar;
        this.people = page.people;
        this.html = page.html;
        this.anchors = page.anchors;
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
        new OrientationSection(page).write();
        AccompanimentSection accompaniment = new AccompanimentSection(page);
        accompaniment.participants();
        accompaniment.resourcePersons();
        new ImmersionSection(page).write();
        new CodevelopmentSection(page).write();
        new WorkshopSection(page).write();
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
                    .element("th", ReportPage.ruleName(violation.constraint()), "scope", "row")
                    .element("td", violation.message())
                    .close("tr").nl();
        }
        html.close("tbody").close("table").nl();
        html.close("section").nl();
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
}
