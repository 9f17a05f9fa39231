package org.peermatch.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.plan.Violation;

/** The certifier re-checks the hard rules on workshops built by hand and names the people in its messages. */
class WorkshopCertifierTest {

    /** Tuesday 2 March 2027. */
    private static final LocalDate TUESDAY = WorkshopFixture.START.plusDays(1);

    private static WorkshopFixture.Frame frame() {
        return WorkshopFixture.frame().attendance(2, 3)
                .closed(new ClosedPeriod(WorkshopFixture.START.plusDays(2), WorkshopFixture.START.plusDays(2), ""))
                .rooms(new Room("r1", "Room 1", 3, List.of(WorkshopFixture.START.plusDays(3))),
                        new Room("r2", "Room 2", 10, List.of()));
    }

    private static Programme programme(WorkshopFixture.Frame frame) {
        return frame.programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").name("Ana").animates(1, 0).competent("pitch", 5).competent("export", 3)
                        .weekdays(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                WorkshopFixture.person("a2").name("Bo").competent("pitch", 5).needs("export:1"),
                WorkshopFixture.person("p1").name("Cy").needs("pitch:1", "export:2"),
                WorkshopFixture.person("p2").name("Di").needs("pitch:2").weekdays(DayOfWeek.TUESDAY),
                WorkshopFixture.person("p3").name("Ed").needs("export:1"),
                WorkshopFixture.person("p4").name("Fa")));
    }

    private static Workshop workshop(String theme, String animator, LocalDate date, String halfDay, String room,
            String... attendees) {
        return new Workshop(1, theme, animator, date, halfDay, room, List.of(attendees), List.of());
    }

    private static List<String> messages(Programme programme, Workshop... workshops) {
        return new WorkshopCertifier(programme).violations(List.of(workshops)).stream().map(Violation::message)
                .toList();
    }

    @Test
    void acceptsAWorkshopThatBreaksNoRule() {
        assertThat(messages(programme(frame()), workshop("pitch", "a1", TUESDAY, "AM", "r1", "p1", "p2")))
                .isEmpty();
    }

    @Test
    void namesAnAnimatorWhoDoesNotOfferOrIsNotCompetentAndIsUnavailable() {
        assertThat(messages(programme(frame()),
                workshop("pitch", "a2", TUESDAY, "AM", "r1", "p1", "p2"),
                workshop("export", "a1", WorkshopFixture.START.plusDays(4), "PM", "r2", "p1", "p3")))
                .containsExactly(
                        "Bo (a2) leads the pitch workshop on Tuesday 2 March 2027 (AM) but does not offer to"
                                + " animate workshops.",
                        "Ana (a1) leads the export workshop on Friday 5 March 2027 (PM) at level 3, below the"
                                + " minimum 4.",
                        "Ana (a1) is not available for the export workshop on Friday 5 March 2027 (PM).",
                        "Bo (a2) leads 1 workshop but offers none.");
    }

    @Test
    void namesClosedDaysWeekendsAndDaysOutsideTheProgramme() {
        assertThat(messages(programme(frame()),
                workshop("pitch", "a1", WorkshopFixture.START.plusDays(2), "AM", "r2", "p1", "p3"),
                workshop("pitch", "a1", WorkshopFixture.START.plusDays(5), "AM", "r2", "p1", "p3"),
                workshop("pitch", "a1", WorkshopFixture.START.minusDays(1), "AM", "r2", "p1", "p3")))
                .filteredOn(message -> message.contains(" falls "))
                .containsExactly("The pitch workshop on Wednesday 3 March 2027 (AM) falls on a closed day.",
                        "The pitch workshop on Saturday 6 March 2027 (AM) falls on a weekend.",
                        "The pitch workshop on Sunday 28 February 2027 (AM) falls outside the programme.");
    }

    @Test
    void namesAttendanceOutOfRangeAndAttendeesWhoMayNotAttend() {
        assertThat(messages(programme(frame()),
                workshop("pitch", "a1", TUESDAY, "PM", "r2", "p1", "p3", "p4", "a1")))
                .containsExactly(
                        "The pitch workshop on Tuesday 2 March 2027 (PM) has 4 participants, outside 2 to 3.",
                        "Ed (p3) attends the pitch workshop on Tuesday 2 March 2027 (PM) but has no need on pitch.",
                        "Fa (p4) attends the pitch workshop on Tuesday 2 March 2027 (PM) but did not ask for"
                                + " workshops.",
                        "Ana (a1) attends the pitch workshop on Tuesday 2 March 2027 (PM) but leads it.",
                        "Ana (a1) leads the pitch workshop on Tuesday 2 March 2027 (PM) and attends the pitch"
                                + " workshop on Tuesday 2 March 2027 (PM).");
    }

    @Test
    void namesRoomsTooSmallUnavailableMissingOrUsedTwice() {
        Programme programme = programme(frame());
        assertThat(messages(programme,
                workshop("pitch", "a1", WorkshopFixture.START.plusDays(3), "AM", "r1", "p1", "p2", "a2")))
                .contains("Room 1 (r1) seats 3, fewer than the 3 participants and the animator of the pitch"
                        + " workshop on Thursday 4 March 2027 (AM).",
                        "Room 1 (r1) is unavailable on Thursday 4 March 2027, the day of the pitch workshop on"
                                + " Thursday 4 March 2027 (AM).");
        assertThat(messages(programme, workshop("pitch", "a1", TUESDAY, "AM", null, "p1", "p2")))
                .containsExactly("The pitch workshop on Tuesday 2 March 2027 (AM) has no room of the programme.");
        assertThat(new WorkshopCertifier(programme).violations(List.of(
                workshop("pitch", "a1", TUESDAY, "AM", "r2", "p1", "p2"),
                workshop("export", "a1", TUESDAY, "AM", "r2", "p3", "a2"))))
                .extracting(Violation::constraint)
                .contains("workshop-room-double-booked", "workshop-animator-double-booked",
                        "workshop-animator-sessions-exceeded");
    }

    @Test
    void namesSomeoneInTwoWorkshopsAtOnceOrTwiceOnATheme() {
        Programme programme = frame().programme(WorkshopFixture.members(
                WorkshopFixture.person("a1").name("Ana").animates(2, 0).competent("pitch", 5),
                WorkshopFixture.person("a3").name("Gil").animates(2, 0).competent("export", 5),
                WorkshopFixture.person("p1").name("Cy").needs("pitch:1", "export:2"),
                WorkshopFixture.person("p2").name("Di").needs("pitch:2", "export:2")));
        assertThat(messages(programme,
                workshop("pitch", "a1", TUESDAY, "AM", "r1", "p1", "p2"),
                workshop("export", "a3", TUESDAY, "AM", "r2", "p1", "p2"),
                workshop("pitch", "a1", TUESDAY.plusDays(6), "AM", "r1", "p1", "p2")))
                .containsExactly("Cy (p1) attends two workshops on pitch.",
                        "Di (p2) attends two workshops on pitch.",
                        "Cy (p1) attends the pitch workshop on Tuesday 2 March 2027 (AM) and attends the export"
                                + " workshop on Tuesday 2 March 2027 (AM).",
                        "Di (p2) attends the pitch workshop on Tuesday 2 March 2027 (AM) and attends the export"
                                + " workshop on Tuesday 2 March 2027 (AM).");
    }

    @Test
    void aKeptWorkshopIsOnlyCheckedForDoubleBookingsAndARuleAtWeightZeroIsNotReported() {
        LocalDate saturday = WorkshopFixture.START.plusDays(5);
        Programme kept = programme(frame().changes(new CalendarChanges(null, List.of(new SessionRecord(
                Mode.WORKSHOP, List.of("a2", "p4"), saturday, "AM", SessionStatus.FIXED, false, "", 0)))));
        assertThat(messages(kept, workshop("pitch", "a2", saturday, "AM", null, "p4"))).isEmpty();

        Programme switchedOff = programme(frame().weight("workshop-closed-day", 0));
        assertThat(messages(switchedOff,
                workshop("pitch", "a1", WorkshopFixture.START.plusDays(2), "AM", "r2", "p1", "p3")))
                .noneMatch(message -> message.contains(" falls "));
    }
}
