package org.peermatch.core.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.decisions.Changes;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.solve.ConstraintCatalog;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.solve.SolveStatistics;
import org.peermatch.core.text.Messages;
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
    /** The script's two sentences, replaced by those of the report's language. */
    private static final String ALL_SHOWN = "\"Showing all \" + items.length + \" participants.\"";
    private static final String SOME_SHOWN = "\"Showing \" + shown + \" of \" + items.length + \" participants.\"";

    private final ReportPage page;
    private final Proposal proposal;
    private final Programme programme;
    /** The programme calendar, or null when the report has none. */
    private final ProgrammeCalendar calendar;
    private final People people;
    private final Html html;
    /** Anchor of each participant's section, by member id. */
    private final Map<String, String> anchors;

    private final Messages messages;
    private final PointsToDecide points;
    /** The changes of a re-plan from its published proposal, or null. */
    private final Changes changes;

    private HtmlReport(Proposal proposal, Programme programme, ProgrammeCalendar calendar, Messages messages,
            Changes changes) {
        this.changes = changes;
        this.page = new ReportPage(proposal, programme, calendar, messages);
        this.messages = messages;
        this.points = new PointsToDecide(proposal, programme);
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
        write(proposal, programme, proposal.calendar(), out);
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
     * Writes the report in the programme's language with a month-grid calendar section, UTF-8, to the stream. The
     * stream is flushed but not closed.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, ProgrammeCalendar calendar, OutputStream out)
            throws IOException {
        write(proposal, programme, calendar, programme.messages(), out);
    }

    /**
     * Formats the report in the programme's language with a month-grid calendar section.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @return the whole HTML document
     */
    public static String toHtml(Proposal proposal, Programme programme, ProgrammeCalendar calendar) {
        return toHtml(proposal, programme, calendar, programme.messages());
    }

    /**
     * Writes the report in a language, with a month-grid calendar section, UTF-8, to the stream. The stream is
     * flushed but not closed.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @param messages the report's sentences, in its language
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, ProgrammeCalendar calendar, Messages messages,
            OutputStream out) throws IOException {
        write(proposal, programme, calendar, messages, null, out);
    }

    /**
     * Writes the report of a re-plan, with its "Changes" section before the participants' section, UTF-8, to the
     * stream. The stream is flushed but not closed.
     *
     * @param proposal the re-planned proposal
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @param messages the report's sentences, in its language
     * @param changes the changes from the published proposal, or null for none
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(Proposal proposal, Programme programme, ProgrammeCalendar calendar, Messages messages,
            Changes changes, OutputStream out) throws IOException {
        // Written through, not built whole then encoded: a large programme's report is tens of megabytes.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        Template.write(PAGE, values(proposal, programme, calendar, messages, changes), writer);
        writer.flush();
    }

    /**
     * Formats the report in a language, with a month-grid calendar section.
     *
     * @param proposal the result of a solve
     * @param programme the programme it was solved from
     * @param calendar the programme calendar planned from the proposal, or null for no calendar section
     * @param messages the report's sentences, in its language
     * @return the whole HTML document
     */
    public static String toHtml(Proposal proposal, Programme programme, ProgrammeCalendar calendar,
            Messages messages) {
        return Template.fill(PAGE, values(proposal, programme, calendar, messages, null));
    }

    /** @return the page template's values: the language, title, style, body and script */
    private static Map<String, String> values(Proposal proposal, Programme programme, ProgrammeCalendar calendar,
            Messages messages, Changes changes) {
        HtmlReport report = new HtmlReport(proposal, programme, calendar, messages, changes);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", messages.language());
        values.put("skip", Html.escape(messages.get("report.skip")));
        values.put("title", Html.escape(messages.get("report.title", report.programmeName())));
        values.put("style", STYLE);
        values.put("body", report.body());
        values.put("script", script(messages));
        return values;
    }

    private String programmeName() {
        if (proposal.programme() != null && !proposal.programme().isBlank()) {
            return proposal.programme();
        }
        return programme.name() == null ? page.t("report.programme") : programme.name();
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
        new WhoWithWhomSection(page).write();
        new PointsSection(page, points.points()).write();
        AccompanimentSection accompaniment = new AccompanimentSection(page);
        accompaniment.resourcePersons();
        html.element("p", messages.get("report.print.detail"), "class", "print-only").nl();
        if (changes != null) {
            ChangesSection.write(html, changes, messages);
        }
        accompaniment.participants();
        new ImmersionSection(page).write();
        new CodevelopmentSection(page).write();
        new WorkshopSection(page).write();
        if (calendar != null) {
            MonthGrid.write(html, programme, calendar, messages);
        }
        scoreDetails();
        html.close("main").nl();
        html.open("footer", "class", "colophon")
                .text(page.t("report.colophon"))
                .close("footer").nl();
        html.close("div");
        return html.toString();
    }

    // ---- Header -------------------------------------------------------------------------------------------------

    private void masthead() {
        html.open("header", "class", "masthead").nl();
        html.element("p", page.t("report.kicker"), "class", "kicker").nl();
        html.element("h1", programmeName()).nl();
        if (programme.start() != null && programme.end() != null) {
            html.element("p", page.t("report.period", page.date(programme.start()), page.date(programme.end())),
                    "class", "period").nl();
        }
        html.close("header").nl();
    }

    private void status() {
        Status status = Status.of(proposal);
        List<String> clauses = new ArrayList<>();
        for (PointsToDecide.ModeGap gap : points.modeGaps()) {
            clauses.add(gapClause(gap));
        }
        String headline;
        String icon;
        List<String> explanation = new ArrayList<>();
        switch (status) {
            case COMPLETE -> {
                headline = page.t("report.status.complete");
                icon = "✓";
                explanation.add(page.t("report.status.complete.detail"));
            }
            case GAPS -> {
                // The worst gap first; the others after it, so nothing reads as covered while a mode has a gap.
                headline = clauses.isEmpty() ? page.t("report.status.gaps") : page.capitalized(clauses.get(0));
                icon = "!";
                if (clauses.size() > 1) {
                    explanation.add(page.t("report.status.also", messages.and(clauses.subList(1, clauses.size()))));
                }
                explanation.add(page.t("report.status.gaps.detail"));
            }
            default -> {
                headline = page.t("report.status.broken", proposal.allViolations().size());
                icon = "✕";
                if (!clauses.isEmpty()) {
                    explanation.add(page.t("report.status.also", messages.and(clauses)));
                }
                explanation.add(page.t("report.status.broken.detail"));
            }
        }
        html.open("section", "class", "status status-" + status.jsonName(), "aria-labelledby", "status-title").nl();
        html.open("h2", "id", "status-title")
                .element("span", icon, "class", "status-icon", "aria-hidden", "true")
                .text(" " + headline).close("h2").nl();
        html.element("p", String.join(" ", explanation)).nl();
        html.close("section").nl();
    }

    /** @return what a mode left unplanned as a clause, e.g. "24 essential workshop needs have no seat" */
    private String gapClause(PointsToDecide.ModeGap gap) {
        if (gap.mode() == null) {
            return page.t("report.gap.calendar", gap.total());
        }
        return switch (gap.mode()) {
            case ACCOMPANIMENT -> gap.essential() > 0
                    ? page.t("report.gap.accompaniment.essential", gap.total(), gap.essential())
                    : page.t("report.gap.accompaniment", gap.total());
            case IMMERSION -> page.t("report.gap.immersion", gap.total());
            case CODEVELOPMENT -> page.t("report.gap.codevelopment", gap.total());
            case WORKSHOP -> {
                List<String> parts = new ArrayList<>();
                if (gap.total() > gap.notHeld()) {
                    parts.add(page.t("report.gap.workshop.seats", gap.total() - gap.notHeld()));
                }
                if (gap.notHeld() > 0) {
                    parts.add(page.t("report.gap.workshop.notHeld", gap.notHeld()));
                }
                yield messages.and(parts);
            }
            case OTHER -> page.t("report.status.gaps");
        };
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
        figure(page.t("report.figure.participants"), page.number(people.participants().size()), null);
        figure(page.t("report.figure.resources"), page.number(people.resources().size()), null);
        figure(page.t("report.figure.covered"), page.number(covered), page.t("report.figure.of", needs));
        figure(page.t("report.figure.hours"), page.number(hoursPlanned), page.t("report.figure.asked", hoursAsked));
        ImmersionProposal immersion = proposal.immersion();
        if (immersion != null) {
            int mentees = immersion.pairings().size() + immersion.unplaced().size();
            figure(page.t("report.figure.immersion"), page.number(immersion.pairings().size()),
                    page.t("report.figure.mentees", mentees));
        }
        if (proposal.workshops() != null) {
            int seats = 0;
            for (Workshop workshop : proposal.workshops().workshops()) {
                seats += workshop.attendees().size();
            }
            figure(page.t("report.figure.workshops"), page.number(proposal.workshops().workshops().size()),
                    page.t("report.figure.seats", seats));
        }
        CodevelopmentProposal codevelopment = proposal.codevelopment();
        if (codevelopment != null) {
            int members = codevelopment.unplaced().size();
            for (CodevelopmentGroup group : codevelopment.groups()) {
                members += group.members().size();
            }
            figure(page.t("report.figure.codevelopment"), page.number(codevelopment.groups().size()),
                    page.t("report.figure.members", members));
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
        html.open("nav", "class", "toc", "aria-label", page.t("report.toc")).open("ol");
        if (!proposal.allViolations().isEmpty()) {
            tocEntry("report.toc.broken", "broken-rules");
        }
        tocEntry("report.toc.who", "who-with-whom");
        tocEntry("report.toc.points", "points-to-decide");
        tocEntry("report.toc.resources", "resource-persons");
        tocEntry("report.toc.participants", "participants");
        if (proposal.immersion() != null) {
            tocEntry("report.toc.immersion", "immersion");
        }
        if (proposal.codevelopment() != null) {
            tocEntry("report.toc.codevelopment", "codevelopment");
        }
        if (proposal.workshops() != null) {
            tocEntry("report.toc.workshops", "workshops");
        }
        if (calendar != null) {
            tocEntry("report.toc.calendar", "calendar");
        }
        tocEntry("report.toc.scores", "score-details");
        html.close("ol").close("nav").nl();
    }

    private void tocEntry(String key, String anchor) {
        html.open("li").element("a", page.t(key), "href", "#" + anchor).close("li");
    }

    // ---- Broken rules -------------------------------------------------------------------------------------------

    private void brokenRules() {
        List<Violation> violations = proposal.allViolations();
        if (violations.isEmpty()) {
            return;
        }
        html.open("section", "id", "broken-rules", "class", "broken", "aria-labelledby", "broken-rules-title").nl();
        html.element("h2", page.t("report.broken.title", violations.size()), "id", "broken-rules-title").nl();
        html.element("p", page.t("report.broken.intro")).nl();
        html.open("table").nl();
        html.element("caption", page.t("report.broken.caption"), "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", page.t("report.broken.rule"), "scope", "col")
                .element("th", page.t("report.broken.what"), "scope", "col")
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
        html.element("h2", page.t("report.toc.scores"), "id", "score-details-title").nl();
        html.open("p").text(page.t("report.scores.accompaniment") + " ").element("code", proposal.accompaniment().score());
        if (proposal.immersion() != null) {
            html.text(", " + page.t("report.scores.immersion") + " ").element("code", proposal.immersion().score());
        }
        if (proposal.codevelopment() != null) {
            html.text(", " + page.t("report.scores.codevelopment") + " ").element("code", proposal.codevelopment().score());
        }
        if (proposal.workshops() != null) {
            html.text(", " + page.t("report.scores.workshops") + " ").element("code", proposal.workshops().score());
        }
        html.text(page.t("report.scores.levels"))
                .close("p").nl();
        html.open("table", "class", "constraints").nl();
        html.element("caption", page.t("report.scores.caption"), "class", "visually-hidden").nl();
        html.open("thead").open("tr")
                .element("th", page.t("report.scores.constraint"), "scope", "col")
                .element("th", page.t("report.scores.level"), "scope", "col")
                .element("th", page.t("report.scores.weight"), "scope", "col", "class", "num")
                .element("th", page.t("report.scores.contribution"), "scope", "col", "class", "num")
                .element("th", page.t("report.scores.meaning"), "scope", "col")
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
                    .element("td", constraint.level() == null ? "" : page.t("report.scores.level."
                            + constraint.level().name().toLowerCase(Locale.ROOT)))
                    .element("td", page.number(constraint.weight()), "class", "num")
                    .element("td", constraint.score() > 0 ? "+" + page.number(constraint.score())
                            : page.number(constraint.score()),
                            "class", constraint.score() == 0 ? "num contribution zero" : "num contribution")
                    .element("td", definition == null ? "" : description(definition))
                    .close("tr").nl();
        }
        html.close("tbody").close("table").nl();

        SolveStatistics statistics = proposal.statistics();
        if (statistics != null) {
            html.element("h3", page.t("report.stats.title")).nl();
            html.open("dl", "class", "stats").nl();
            if (statistics.reproducible()) {
                stat(page.t("report.stats.search"), page.t("report.stats.reproducible"));
            } else {
                stat(page.t("report.stats.time"), Format.duration(statistics.spent(), messages.locale(),
                        page.t("report.stats.time.unknown")));
            }
            stat(page.t("report.stats.moves"), page.number(statistics.moveCount()));
            if (!statistics.reproducible()) {
                stat(page.t("report.stats.speed"), page.number(statistics.movesPerSecond()));
            }
            stat(page.t("report.stats.seed"), Long.toString(statistics.seed()));
            stat(page.t("report.stats.stopped"), page.t(statistics.terminatedEarly() ? "report.stats.stopped.yes"
                    : "report.stats.stopped.no"));
            html.close("dl").nl();
        }
        html.close("section").nl();
    }

    /** @return the filtering script with the participant count it shows in the report's language */
    private static String script(Messages messages) {
        return SCRIPT.replace(ALL_SHOWN, jsSentence(messages.get("report.filter.count.all",
                "\u0000items.length\u0000"))).replace(SOME_SHOWN, jsSentence(messages.get("report.filter.count.some", "\u0000shown\u0000",
                        "\u0000items.length\u0000")));
    }

    /** @return a sentence whose variables are marked by NUL characters as a script expression, e.g. "a " + n + "." */
    private static String jsSentence(String marked) {
        List<String> parts = new ArrayList<>();
        String[] pieces = marked.split("\u0000", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i % 2 == 1) {
                parts.add(pieces[i]);
            } else if (!pieces[i].isEmpty()) {
                parts.add("\"" + pieces[i].replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        return String.join(" + ", parts);
    }

    /** @return what the constraint means, in the report's language (the catalog's own English otherwise) */
    private String description(ConstraintDefinition definition) {
        String key = "constraints." + definition.id();
        return messages.language().equals("en") || !messages.has(key) ? definition.description() : page.t(key);
    }

    private void stat(String label, String value) {
        html.open("div").element("dt", label).element("dd", value).close("div").nl();
    }
}
