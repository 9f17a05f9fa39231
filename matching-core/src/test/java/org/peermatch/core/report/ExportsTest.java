package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.changes;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.meeting;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Trigger;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarFixture;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.solve.Proposal;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** iCalendar files parse back with ical4j to the same events; the CSV has its header and one line a session. */
class ExportsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);

    private final Programme programme = CalendarFixture.programme(List.of(member("p1"), member("r1"),
            named("a", "Zoé \"Z\" d'Arc, Ørsted"), member("b"), member("c"), member("d"), member("e"),
            member("m1")), END, List.of(), List.of(new Room("hall", "Salle Nougaro; 1st floor", 20, List.of())),
            changes(LocalDate.of(2027, 1, 4),
                    meeting("p1", "r1", LocalDate.of(2027, 1, 4), "PM", SessionStatus.FIXED, false, ""),
                    meeting("c", "r1", LocalDate.of(2027, 1, 5), "PM", SessionStatus.CANCELLED, true, "")));
    private final Proposal proposal = proposal(List.of(assignment("p1", "r1", "business-model", 6)),
            List.of(immersion("m1", "b", MONDAY.plusDays(14))),
            List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, MONDAY, "AM", "a"),
                    codev(2, MONDAY.plusMonths(1), "PM", "b"))));
    private final ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(),
            List.of(Session.workshop(programme, "workshop-1", "Workshop: pitch, with a long title that needs folding "
                    + "over more than seventy-five octets, accents é à", "a", List.of("d", "e"), MONDAY.plusDays(2),
                    "PM", "hall")));

    @Test
    void theProgrammeFileParsesBackToTheSameEvents() throws Exception {
        String ics = IcsExport.programme(programme, calendar);

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        assertThat(parsed.getComponents(Component.VTIMEZONE)).singleElement()
                .satisfies(zone -> assertThat(((VTimeZone) zone).getProperty(Property.TZID).get().getValue())
                        .isEqualTo("Europe/Paris"));
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        assertThat(calendar.upcoming()).hasSizeGreaterThan(5);
        assertEventsMatch(events, calendar.upcoming());
    }

    @Test
    void aPersonsFileHoldsTheirSessionsOnly() throws Exception {
        String ics = IcsExport.person(programme, calendar, "a");

        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);

        List<Session> mine = calendar.upcoming().stream().filter(session -> session.involves("a")).toList();
        assertThat(mine).extracting(Session::id).containsExactly("codevelopment-g1-1", "workshop-1",
                "codevelopment-g1-2");
        assertEventsMatch(events, mine);
        assertThat(IcsExport.people(programme, calendar)).containsExactly("p1", "r1", "a", "b", "c", "d", "e", "m1");
    }

    @Test
    void theFilesAreTheSameBytesEveryTime() {
        ProgrammeCalendar again = CalendarPlanner.plan(programme, proposal.modes(), List.of(calendar.session("workshop-1")));

        assertThat(IcsExport.programme(programme, again)).isEqualTo(IcsExport.programme(programme, calendar));
        assertThat(IcsExport.person(programme, again, "r1")).isEqualTo(IcsExport.person(programme, calendar, "r1"));
        assertThat(IcsExport.programme(programme, calendar)).contains("DTSTAMP:20270104T000000Z\r\n",
                "UID:accompaniment-p1-r1-1@peer-match\r\n", "DTSTART;TZID=Europe/Paris:20270104T140000\r\n",
                "STATUS:CONFIRMED\r\n", "STATUS:TENTATIVE\r\n", "TRIGGER:-P2D\r\n");
    }

    /** Each person's file, written from the calendar sorted out by member once, holds exactly their sessions. */
    @Test
    void everyPersonsFileHoldsTheUpcomingSessionsTheyTakePartIn() throws Exception {
        IcsExport.Files files = IcsExport.files(programme, calendar);
        for (String person : files.people()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            files.writePerson(person, out);
            String ics = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            List<String> uids = new ArrayList<>();
            for (VEvent event : new CalendarBuilder().build(new StringReader(ics))
                    .<VEvent>getComponents(Component.VEVENT)) {
                uids.add(event.getUid().orElseThrow().getValue());
            }
            assertThat(uids).as(person).containsExactlyElementsOf(calendar.upcoming().stream()
                    .filter(session -> session.involves(person)).map(IcsExport::uid).toList());
            assertThat(ics).isEqualTo(IcsExport.person(programme, calendar, person));
        }
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        files.writeProgramme(whole);
        assertThat(whole.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(IcsExport.programme(programme, calendar)).endsWith("END:VCALENDAR\r\n");
    }

    /** A stream that cannot be written is an IOException for the caller, not Jackson's unchecked wrapper. */
    @Test
    void aFailingStreamIsAnIOException() {
        java.io.OutputStream failing = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SessionsCsv.write(programme, calendar, failing))
                .isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProposalJson.write(proposal, programme, failing))
                .isInstanceOf(java.io.IOException.class).hasMessage("disk full");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> IcsExport.files(programme, calendar).writeProgramme(failing))
                .isInstanceOf(java.io.IOException.class).hasMessage("disk full");
    }

    /** Written row by row, the CSV of an empty calendar is what Jackson writes for no rows at all. */
    @Test
    void theCsvOfAnEmptyCalendarIsWhatJacksonWritesForNoRows() {
        tools.jackson.dataformat.csv.CsvSchema.Builder schema = tools.jackson.dataformat.csv.CsvSchema.builder();
        for (String column : SessionsCsv.HEADER.split(",")) {
            schema.addColumn(column);
        }
        String none = CsvMapper.builder().build().writer(schema.build().withHeader().withLineSeparator("\n"))
                .writeValueAsString(List.of());
        assertThat(SessionsCsv.toCsv(programme, ProgrammeCalendar.EMPTY)).isEqualTo(none);
    }

    @Test
    void theCsvHasItsHeaderAndALineForEveryAttendeeOfEverySession() throws Exception {
        String csv = SessionsCsv.toCsv(programme, calendar);

        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(csv)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        assertThat(csv).startsWith(SessionsCsv.HEADER + "\n");
        int attendees = calendar.sessions().stream().mapToInt(session -> session.members().size()).sum()
                + calendar.unplaced().stream().mapToInt(session -> session.members().size()).sum();
        assertThat(rows).hasSize(1 + attendees);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(16));
        List<List<String>> fixed = rows.stream().filter(row -> row.get(0).equals("accompaniment-p1-r1-1")).toList();
        assertThat(fixed).containsExactly(
                List.of("accompaniment-p1-r1-1", "accompaniment", "fixed", "2027-01-04", "PM", "2027-01-04T14:00",
                        "2027-01-04T16:00", "Accompaniment meeting 1: Name p1 with Name r1", "p1", "Name p1",
                        "participant", "", "2027-01-02T14:00", "2027-01-11", "2",
                        "Fixed at this date by the committee; the rest of the calendar is planned around it."),
                List.of("accompaniment-p1-r1-1", "accompaniment", "fixed", "2027-01-04", "PM", "2027-01-04T14:00",
                        "2027-01-04T16:00", "Accompaniment meeting 1: Name p1 with Name r1", "r1", "Name r1",
                        "resource person", "", "2027-01-02T14:00", "2027-01-11", "2",
                        "Fixed at this date by the committee; the rest of the calendar is planned around it."));
        List<List<String>> workshop = rows.stream().filter(row -> row.get(0).equals("workshop-1")).toList();
        // A name with a comma, quotes and "; " stays one field: the CSV writer quotes it.
        assertThat(workshop).extracting(row -> row.get(8) + " | " + row.get(9) + " | " + row.get(10))
                .containsExactly("a | Zoé \"Z\" d'Arc, Ørsted | animator", "d | Name d | attendee",
                        "e | Name e | attendee");
        assertThat(workshop).allSatisfy(row -> assertThat(row.get(11)).isEqualTo("Salle Nougaro; 1st floor"));
        assertThat(csv).contains("\"Zoé \"\"Z\"\" d'Arc, Ørsted\"");
        assertThat(rows.stream().filter(row -> row.get(0).startsWith("immersion-")).map(row -> row.get(10)))
                .containsExactly("mentee", "mentor");
        assertThat(rows.stream().map(row -> row.get(2)).toList()).contains("cancelled", "planned");
    }

    private void assertEventsMatch(List<VEvent> events, List<Session> sessions) {
        assertThat(events).hasSameSizeAs(sessions);
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            VEvent event = events.get(i);
            assertThat(value(event, Property.UID)).isEqualTo(session.id() + "@peer-match");
            assertThat(date(event, Property.DTSTART)).isEqualTo(session.start().atZone(PARIS));
            assertThat(date(event, Property.DTEND)).isEqualTo(session.end().atZone(PARIS));
            assertThat(value(event, Property.SUMMARY)).isEqualTo(session.title());
            assertThat(value(event, Property.DESCRIPTION)).isEqualTo(IcsExport.description(programme, session));
            assertThat(value(event, Property.DESCRIPTION)).contains("With: ");
            assertThat(value(event, Property.DTSTAMP)).isEqualTo("20270104T000000Z");
            if (session.room() == null) {
                assertThat(event.getProperty(Property.LOCATION)).isEmpty();
            } else {
                assertThat(value(event, Property.LOCATION)).isEqualTo("Salle Nougaro; 1st floor");
            }
            List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
            assertThat(attendees).extracting(attendee -> attendee.getCalAddress().toString())
                    .containsExactlyElementsOf(session.members().stream()
                            .map(member -> "urn:x-peer-match:member:" + member).toList());
            assertThat(attendees).extracting(attendee -> attendee.<Cn>getParameter("CN").get().getValue())
                    .containsExactlyElementsOf(session.members().stream()
                            .map(member -> programme.member(member).name()).toList());
            List<VAlarm> alarms = event.getAlarms();
            if (session.questionsDue() != null) {
                assertThat(alarms).singleElement().satisfies(alarm -> assertThat(session.start().plus(
                        alarm.<Trigger>getProperty(Property.TRIGGER).get().getDuration()))
                        .isEqualTo(session.questionsDue()));
            } else {
                assertThat(alarms).isEmpty();
            }
        }
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static ZonedDateTime date(VEvent event, String name) {
        DateProperty<?> property = event.<DateProperty<?>>getProperty(name).orElseThrow();
        return ZonedDateTime.from(property.getDate());
    }

    private static Member named(String id, String name) {
        Member m = member(id);
        return new Member(id, name, m.organization(), m.sectors(), m.requests(), m.needs(), m.competences(),
                m.offers(), m.availability(), m.conflicts(), m.continuity(), m.preferences());
    }
}
