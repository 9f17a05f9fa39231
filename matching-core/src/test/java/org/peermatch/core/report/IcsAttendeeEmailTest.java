package org.peermatch.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;

import org.junit.jupiter.api.Test;
import org.peermatch.core.calendar.CalendarFixture;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.model.Coordinator;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;

/**
 * A member who gives an {@code email} is invited by it: the .ics events carry their ATTENDEE as {@code mailto:} with
 * their name as CN, written by ical4j's own types; a member without one keeps the {@code urn:} form. Without a
 * coordinator no event has an ORGANIZER; with one, every event has it, {@code mailto:} their address, CN their name.
 */
class IcsAttendeeEmailTest {

    @Test
    void aMemberWithAnEmailIsAMailtoAttendee() throws Exception {
        Member plain = member("p1");
        Member withEmail = new Member("p1", "Zoé \"Z\" d'Arc; CN=evil", plain.organization(), plain.sectors(),
                plain.requests(), plain.needs(), plain.competences(), plain.offers(), plain.availability(),
                plain.conflicts(), plain.continuity(), plain.preferences(), 0, List.of(), List.of(), null,
                "zoe.darc@example.org");
        Programme programme = CalendarFixture.programme(List.of(withEmail, member("r1")));
        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "pitch", 4))).modes(), List.of());

        for (String ics : List.of(IcsExport.programme(programme, calendar),
                IcsExport.person(programme, calendar, "p1"), IcsExport.person(programme, calendar, "r1"))) {
            List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
            assertThat(events).hasSize(2);
            for (VEvent event : events) {
                List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
                assertThat(attendees).extracting(Attendee::getCalAddress).containsExactly(
                        URI.create("mailto:zoe.darc@example.org"), IcsExport.attendeeUri("r1"));
                assertThat(attendees).extracting(attendee -> attendee.<Cn>getParameter("CN").get().getValue())
                        .containsExactly("Zoé \"Z\" d'Arc; CN=evil", "Name r1");
                assertThat(event.getProperties(Property.ORGANIZER)).isEmpty();
            }
        }
    }

    @Test
    void theCoordinatorOrganizesEverySession() throws Exception {
        Programme programme = CalendarFixture.programme(List.of(member("p1"), member("r1")))
                .withCoordinator(new Coordinator("Inès \"I\" Carrère; CN=evil", "coordination@example.org"));
        ProgrammeCalendar calendar = CalendarPlanner.plan(programme,
                proposal(List.of(assignment("p1", "r1", "pitch", 4))).modes(), List.of());

        for (String ics : List.of(IcsExport.programme(programme, calendar),
                IcsExport.person(programme, calendar, "p1"))) {
            List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
            assertThat(events).hasSize(2);
            for (VEvent event : events) {
                List<Organizer> organizers = event.getProperties(Property.ORGANIZER);
                assertThat(organizers).singleElement().satisfies(organizer -> {
                    assertThat(organizer.getCalAddress()).isEqualTo(URI.create("mailto:coordination@example.org"));
                    assertThat(organizer.<Cn>getParameter("CN").get().getValue())
                            .isEqualTo("Inès \"I\" Carrère; CN=evil");
                });
            }
        }
        Programme nameless = programme.withCoordinator(new Coordinator(null, "coordination@example.org"));
        VEvent event = new CalendarBuilder().build(new StringReader(IcsExport.programme(nameless, calendar)))
                .<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(event.<Organizer>getProperties(Property.ORGANIZER)).singleElement()
                .satisfies(organizer -> assertThat(organizer.getParameter("CN")).isEmpty());
    }
}
