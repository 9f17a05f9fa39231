package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.SessionState;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

/** The calendar section of the report: a table per month, sessions by day, escaped, no script of its own. */
class MonthGridTest {

    private final Programme programme = ReportFixture.programme();
    private final Proposal proposal = ReportFixture.proposal();
    /** Planned, plus a Saturday workshop led by the member with the tricky name: weekend sessions, escaping. */
    private final ProgrammeCalendar calendar = withSaturdayWorkshop(CalendarPlanner.plan(programme, proposal.modes(),
            List.of()));
    private final String html = HtmlReport.toHtml(proposal, programme, calendar);

    @Test
    void theCalendarSectionHasATablePerMonthWithTheSessionsOfEachDay() {
        String section = section();

        assertThat(html).contains("<li><a href=\"#calendar\">Calendar</a></li>");
        assertThat(section).contains("<caption>January 2027</caption>", "<caption>December 2027</caption>");
        assertThat(count(section, "<table class=\"month\">")).isEqualTo(12);
        assertThat(count(section, "<th scope=\"col\" abbr=\"Monday\">Mon</th>")).isEqualTo(12);
        // 11 January 2027 is the programme's first day, a Monday: the pinned pair's first meeting.
        assertThat(section).contains("<td><span class=\"day-number\">11</span><ul><li class=\"kind-accompaniment "
                + "state-planned\" title=\"Accompaniment meeting 1: Camille Martin with Ana Costa\"><span "
                + "class=\"time\">09:00</span> <strong>Meeting</strong> Camille M. &amp; Ana C.</li>");
        // Days before the programme's start are shaded as outside.
        assertThat(section).contains("<td class=\"outside\"><span class=\"day-number\">4</span></td>");
        assertThat(section).contains("Accompaniment hours on the calendar");
        // The Saturday workshop breaks the availability rule, and the section says so.
        assertThat(section).contains("2 calendar rules are broken: Léa &lt;script&gt;");
    }

    @Test
    void inputTextIsEscapedAndTheSectionAddsNoScript() {
        String section = section();

        assertThat(section).doesNotContain("<script", "<b>");
        assertThat(section).contains("Pitch &lt;b&gt;&amp; co&lt;/b&gt;");
        assertThat(section).contains("title=\"Accompaniment meeting 1: Léa &lt;script&gt;alert(1)&lt;/script&gt; "
                + "&amp; &quot;Fils&quot; with Bruno Lefèvre\"", "<strong>Meeting</strong> Léa F. &amp; Bruno L.");
        // The Saturday workshop is listed under January's table.
        assertThat(section).contains("<ul class=\"weekend\">");
    }

    @Test
    void theSameCalendarGivesTheSameBytesAndNoCalendarMeansNoSection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(proposal, programme, calendar, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(html);
        assertThat(HtmlReport.toHtml(proposal, programme,
                withSaturdayWorkshop(CalendarPlanner.plan(programme, proposal.modes(), List.of())))).isEqualTo(html);
        String without = HtmlReport.toHtml(proposal, programme);
        assertThat(without).doesNotContain("id=\"calendar\"", "href=\"#calendar\"");
    }

    @Test
    void heldAndFixedSessionsAreMarkedInTheReportsLanguage() {
        List<Session> sessions = new java.util.ArrayList<>(calendar.sessions());
        sessions.set(0, withStatus(sessions.get(0), SessionState.HELD));
        sessions.set(1, withStatus(sessions.get(1), SessionState.FIXED));
        ProgrammeCalendar recorded = new ProgrammeCalendar(sessions, calendar.unplaced(), calendar.budgets());

        assertThat(HtmlReport.toHtml(proposal, programme, recorded)).contains(
                "<span class=\"muted\">(held)</span>", "<span class=\"muted\">(fixed)</span>");
        assertThat(HtmlReport.toHtml(proposal, programme, recorded, Messages.french()))
                .contains("<span class=\"muted\">(tenue)</span>", "<span class=\"muted\">(fixée)</span>")
                .doesNotContain("(held)", "(fixed)");
    }

    private static Session withStatus(Session session, SessionState status) {
        return new Session(session.id(), session.mode(), session.title(), session.members(), session.date(),
                session.halfDay(), session.start(), session.end(), session.room(), status, session.questionsDue(),
                session.reportDue(), session.hours(), session.notes());
    }

    private ProgrammeCalendar withSaturdayWorkshop(ProgrammeCalendar planned) {
        List<Session> sessions = new java.util.ArrayList<>(planned.sessions());
        sessions.add(Session.workshop(programme, "workshop-1", "Pitch <b>& co</b>", "m02", List.of("m03"),
                LocalDate.of(2027, 1, 16), "AM", null));
        return new ProgrammeCalendar(sessions, planned.unplaced(), planned.budgets());
    }

    private String section() {
        int start = html.indexOf("<section id=\"calendar\"");
        assertThat(start).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
