package org.peermatch.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.solve.Proposal;

/** Hand-made programmes, proposals and records for the calendar tests. */
public final class CalendarFixture {

    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    public static final LocalDate END = LocalDate.of(2027, 12, 17);
    public static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));

    private CalendarFixture() {
    }

    public static Member member(String id) {
        return member(id, Availability.ALWAYS);
    }

    public static Member member(String id, Availability availability) {
        return new Member(id, "Name " + id, "Org " + id, List.of("music"), List.of(), List.of(), List.of(), Map.of(),
                availability, List.of(), List.of(), List.of());
    }

    /** @return available on these weekly half-days over the whole programme, e.g. {@code "TUE-PM"} */
    public static Availability weekly(String... halfDays) {
        List<WeeklyHalfDay> list = new ArrayList<>();
        for (String text : halfDays) {
            String[] parts = text.split("-");
            DayOfWeek day = switch (parts[0]) {
                case "MON" -> DayOfWeek.MONDAY;
                case "TUE" -> DayOfWeek.TUESDAY;
                case "WED" -> DayOfWeek.WEDNESDAY;
                case "THU" -> DayOfWeek.THURSDAY;
                default -> DayOfWeek.FRIDAY;
            };
            list.add(new WeeklyHalfDay(day, parts[1]));
        }
        return new Availability(List.of(new WeeklyAvailability(START, END, list)), List.of());
    }

    public static Programme programme(List<Member> members) {
        return programme(members, END, List.of(), List.of(), CalendarChanges.NONE);
    }

    public static Programme programme(List<Member> members, LocalDate end, List<ClosedPeriod> closed, List<Room> rooms,
            CalendarChanges changes) {
        return new Programme("Calendar test", START, end, ZoneId.of("Europe/Paris"), HALF_DAYS,
                AccompanimentRules.DEFAULT, ImmersionRules.DEFAULT, CodevelopmentRules.DEFAULT, WorkshopRules.DEFAULT,
                CalendarRules.DEFAULT, closed, rooms, members, List.of(), Decisions.NONE, Map.of(),
                new SolverSettings(null, null, 1_000L, 0L), changes);
    }

    public static CalendarChanges changes(LocalDate replanFrom, SessionRecord... records) {
        return new CalendarChanges(replanFrom, List.of(records));
    }

    public static SessionRecord meeting(String participant, String resource, LocalDate date, String halfDay,
            SessionStatus status, boolean late, String reason) {
        return new SessionRecord(Mode.ACCOMPANIMENT, List.of(participant, resource), date, halfDay, status, late,
                reason, 2);
    }

    public static Assignment assignment(String participant, String resource, String topic, int hours) {
        return new Assignment(participant, resource, topic, 1, hours, false, null);
    }

    public static Proposal proposal(List<Assignment> assignments) {
        return Proposal.of("Calendar test", List.of(new AccompanimentProposal("0hard/0medium/0soft", 0, 0, 0,
                assignments, List.of(), List.of(), List.of(), List.of())), null);
    }

    public static Proposal proposal(List<Assignment> assignments, List<ImmersionPairing> pairings,
            List<CodevelopmentGroup> groups) {
        ImmersionProposal immersion = pairings.isEmpty() ? null
                : new ImmersionProposal("0hard/0medium/0soft", 0, 0, 0, pairings, List.of(), List.of(), List.of());
        CodevelopmentProposal codevelopment = groups.isEmpty() ? null
                : new CodevelopmentProposal("0hard/0medium/0soft", 0, 0, 0, groups, List.of(), List.of(), List.of());
        List<ModeProposal> modes = new ArrayList<>(proposal(assignments).modes());
        if (immersion != null) {
            modes.add(immersion);
        }
        if (codevelopment != null) {
            modes.add(codevelopment);
        }
        return Proposal.of("Calendar test", modes, null);
    }

    public static ImmersionPairing immersion(String mentee, String mentor, LocalDate day) {
        return new ImmersionPairing(mentee, mentor, day, List.of("touring"), day.plusDays(7), List.of("Why."));
    }

    public static CodevelopmentGroup group(int number, List<String> members, CodevelopmentSession... sessions) {
        return new CodevelopmentGroup(number, members, List.of(sessions), List.of());
    }

    public static CodevelopmentSession codev(int number, LocalDate date, String halfDay, String client) {
        return new CodevelopmentSession(number, date, halfDay, List.of(client));
    }

    public static List<Session> of(ProgrammeCalendar calendar, String idPrefix) {
        return calendar.sessions().stream().filter(session -> session.id().startsWith(idPrefix)).toList();
    }
}
