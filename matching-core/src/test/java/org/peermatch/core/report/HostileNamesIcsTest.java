package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarFixture;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.solve.Proposal;

/**
 * Names that a registration form could use to smuggle text into calendars (issue 19): with {@code ;}, {@code ,},
 * {@code "}, {@code :} and {@code ^} every .ics file parses back with ical4j into exactly one ATTENDEE per member of
 * each event, whose CN is the name as written. (Control characters never get here: the reader refuses them.)
 */
class HostileNamesIcsTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    private static final List<String> HOSTILE = List.of(
            "Julien; ATTENDEE:mailto:x@example.org",
            "Zoé \"Z\" d'Arc, Ørsted; CN=evil",
            "\"quoted\" ^caret^ ,comma, ;semi; :colon:",
            "Ana\tTab \\backslash\\ ^ caret");

    private final Programme programme = CalendarFixture.programme(List.of(named("p1", HOSTILE.get(0)),
            named("r1", HOSTILE.get(1)), named("a", HOSTILE.get(2)), named("b", HOSTILE.get(3)), member("c"),
            member("d"), member("e"), member("m1")));
    private final Proposal proposal = proposal(List.of(assignment("p1", "r1", "business-model", 6)),
            List.of(immersion("m1", "b", MONDAY.plusDays(14))),
            List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, MONDAY, "AM", "a"))));
    private final ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

    @Test
    void theProgrammeFileHasExactlyOneAttendeePerMemberOfEachEvent() throws Exception {
        assertAttendeesMatch(IcsExport.programme(programme, calendar), calendar.upcoming());
    }

    @Test
    void everyPersonsFileHasExactlyOneAttendeePerMemberOfEachEvent() throws Exception {
        for (String person : IcsExport.people(programme, calendar)) {
            assertAttendeesMatch(IcsExport.person(programme, calendar, person),
                    calendar.upcoming().stream().filter(session -> session.involves(person)).toList());
        }
    }

    @Test
    void aCaretBeforeNIsWrittenAsRfc6868SaysNotAsALineBreak() {
        Programme caret = CalendarFixture.programme(List.of(named("p1", "Julien^nATTENDEE:mailto:x@example.org"),
                named("r1", "R"), member("a"), member("b"), member("c"), member("d"), member("e"), member("m1")));

        String ics = IcsExport.programme(caret, CalendarPlanner.plan(caret, proposal.modes(), List.of()));

        // ical4j's writer doubles the caret (^^n: a caret then n); its reader decodes ^n first, so this one case
        // is checked on the text rather than read back.
        assertThat(ics.replace("\r\n ", "")).contains("CN=\"Julien^^nATTENDEE:mailto:x@example.org\";")
                .doesNotContain("\nATTENDEE:mailto");
    }

    private void assertAttendeesMatch(String ics, List<Session> sessions) throws Exception {
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(ics.lines()).noneMatch(line -> line.startsWith("ATTENDEE:mailto"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(events).hasSameSizeAs(sessions).isNotEmpty();
        for (int i = 0; i < sessions.size(); i++) {
            List<Attendee> attendees = events.get(i).getProperties(Property.ATTENDEE);
            List<String> names = new ArrayList<>();
            for (String member : sessions.get(i).members()) {
                names.add(programme.member(member).name());
            }
            assertThat(attendees).extracting(attendee -> attendee.<Cn>getParameter("CN").get().getValue())
                    .containsExactlyElementsOf(names);
        }
    }

    private static Member named(String id, String name) {
        Member m = member(id);
        return new Member(id, name, m.organization(), m.sectors(), m.requests(), m.needs(), m.competences(),
                m.offers(), m.availability(), m.conflicts(), m.continuity(), m.preferences());
    }
}
