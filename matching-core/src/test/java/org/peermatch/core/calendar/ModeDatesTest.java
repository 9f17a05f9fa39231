package org.peermatch.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peermatch.core.calendar.CalendarFixture.END;
import static org.peermatch.core.calendar.CalendarFixture.assignment;
import static org.peermatch.core.calendar.CalendarFixture.codev;
import static org.peermatch.core.calendar.CalendarFixture.group;
import static org.peermatch.core.calendar.CalendarFixture.immersion;
import static org.peermatch.core.calendar.CalendarFixture.member;
import static org.peermatch.core.calendar.CalendarFixture.programme;
import static org.peermatch.core.calendar.CalendarFixture.proposal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.io.ProgrammeReader;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.solve.PeerMatch;
import org.peermatch.core.solve.Proposal;

/**
 * One source of truth for dates: each mode's section shows the calendar's date (an immersion day's report due date
 * recomputed with it), and on the demo programme with winter, spring and summer closures no section names a closed
 * day.
 */
class ModeDatesTest {

    @Test
    void aMovedImmersionDayAndCoDevelopmentSessionTakeTheCalendarsDateInTheirSections() {
        LocalDate monday = LocalDate.of(2027, 2, 1);
        Programme programme = programme(List.of(member("a"), member("b"), member("c"), member("d"), member("e"),
                member("m1"), member("r1")), END, List.of(), List.of(new Room("hall", "Main hall", 20, List.of())),
                CalendarChanges.NONE);
        Session workshop = Session.workshop(programme, "workshop-1", "Workshop: pitch", "a", List.of("b", "m1"),
                monday, "AM", "hall");
        Proposal proposal = proposal(List.of(assignment("e", "r1", "pitch", 2)),
                List.of(immersion("m1", "c", monday)),
                List.of(group(1, List.of("a", "b", "c", "d", "e"), codev(1, monday, "AM", "a"))));
        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of(workshop));

        Proposal aligned = new Proposal(proposal.programme(), ModeDates.align(proposal.modes(), calendar), calendar,
                List.of(), null);

        ImmersionPairing pairing = aligned.immersion().pairings().getFirst();
        assertThat(pairing.day()).isEqualTo(monday.plusDays(1)).isEqualTo(calendar.session("immersion-m1-c").date());
        assertThat(pairing.reportDue()).isEqualTo(monday.plusDays(1 + programme.immersion().reportDueDays()));
        assertThat(pairing.reasons()).last().asString().startsWith("On the calendar, moved from Monday 1 February 2027"
                + " (whole day) to Tuesday 2 February 2027 (whole day): Name m1 (m1) has “Workshop: pitch” then");
        assertThat(pairing.reasons()).noneMatch(reason -> reason.contains("Monday 1 February 2027")
                && !reason.startsWith("On the calendar"));
        CodevelopmentSession session = aligned.codevelopment().groups().getFirst().sessions().getFirst();
        assertThat(session.date()).isEqualTo(monday);
        assertThat(session.halfDay()).isEqualTo("PM");
        assertThat(aligned.codevelopment().groups().getFirst().reasons()).last().asString()
                .startsWith("On the calendar, session 1 is moved from Monday 1 February 2027 (AM) to Monday 1"
                        + " February 2027 (PM)");
        assertThat(aligned.calendar()).isEqualTo(calendar);
        assertThat(aligned.accompaniment().assignments()).isEqualTo(proposal.accompaniment().assignments());
    }

    @Test
    void nothingMovedLeavesTheProposalAsItIs() {
        Programme programme = programme(List.of(member("m1"), member("c")));
        Proposal proposal = proposal(List.of(), List.of(immersion("m1", "c", LocalDate.of(2027, 2, 2))), List.of());
        ProgrammeCalendar calendar = CalendarPlanner.plan(programme, proposal.modes(), List.of());

        assertThat(ModeDates.align(proposal.modes(), calendar))
                .usingElementComparator((a, b) -> a == b ? 0 : 1).containsExactlyElementsOf(proposal.modes());
    }

    @Test
    void theDemoWithWinterSpringAndSummerClosuresNamesNoClosedDayAndEverySectionAgreesWithTheCalendar()
            throws Exception {
        Programme demo;
        try (InputStream in = ModeDatesTest.class.getResourceAsStream("/org/peermatch/core/demo/demo-programme.json")) {
            demo = ProgrammeReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-programme.json");
        }
        List<ClosedPeriod> closed = new ArrayList<>(demo.closed());
        closed.add(new ClosedPeriod(demo.start(), demo.start().plusDays(11), "winter break"));
        closed.add(new ClosedPeriod(LocalDate.of(2027, 4, 19), LocalDate.of(2027, 4, 30), "spring break"));
        closed.add(new ClosedPeriod(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 31), "summer closure"));
        closed.add(new ClosedPeriod(LocalDate.of(2027, 12, 13), demo.end(), "Christmas break"));
        Programme programme = demo.withClosed(closed).withSolver(new SolverSettings(null, null, 3_000L, 5));

        Proposal proposal = PeerMatch.solve(programme);

        assertThat(proposal.immersion().pairings()).isNotEmpty();
        for (ImmersionPairing pairing : proposal.immersion().pairings()) {
            assertThat(programme.isClosed(pairing.day())).as("%s", pairing).isFalse();
            Session day = proposal.calendar().session("immersion-" + pairing.mentee() + "-" + pairing.mentor());
            assertThat(day.date()).as("calendar date of %s", pairing).isEqualTo(pairing.day());
            assertThat(pairing.reportDue()).isEqualTo(day.reportDue())
                    .isEqualTo(pairing.day().plusDays(programme.immersion().reportDueDays()));
        }
        assertThat(proposal.codevelopment().groups()).isNotEmpty();
        for (CodevelopmentGroup group : proposal.codevelopment().groups()) {
            for (CodevelopmentSession session : group.sessions()) {
                Session dated = proposal.calendar().session("codevelopment-g" + group.number() + "-"
                        + session.number());
                if (session.date() == null) {
                    assertThat(dated).isNull();
                    continue;
                }
                assertThat(programme.isClosed(session.date())).as("%s", session).isFalse();
                assertThat(dated.date()).isEqualTo(session.date());
                assertThat(dated.halfDay()).isEqualTo(session.halfDay());
            }
        }
        assertThat(proposal.calendar().sessions()).noneMatch(session -> session.date() != null
                && programme.isClosed(session.date()) && session.upcoming());
        assertThat(proposal.immersion().violations()).isEmpty();
        assertThat(proposal.codevelopment().violations()).isEmpty();
        assertThat(proposal.calendarViolations()).isEmpty();
    }
}
