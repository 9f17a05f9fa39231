package org.peermatch.core.solve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.peermatch.core.calendar.Session;
import org.peermatch.core.calendar.UnplacedSession;
import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.workshop.Workshop;

/**
 * An independent check of a whole proposal, in test code, from the programme records alone: every dated session of
 * every mode against closed days, the programme's span, everyone's availability and double booking; every mode's
 * own section against the calendar (same date, half-day and report due date; no section names a closed day); and
 * every session the calendar left undated against the free dates that remain (for a 1:1 meeting: a free half-day
 * at least the minimum cadence from the pair's other meetings). Each finding is one sentence.
 */
final class WholeProposalCertifier {

    private final Programme programme;
    private final HalfDayCalendar grid;
    private final int slots;
    private final Map<String, BitSet> availability = new HashMap<>();

    WholeProposalCertifier(Programme programme) {
        this.programme = programme;
        this.grid = new HalfDayCalendar(programme);
        this.slots = programme.halfDays().size();
    }

    List<String> findings(Proposal proposal) {
        List<String> findings = new ArrayList<>();
        Map<String, BitSet> busy = new HashMap<>();
        Map<String, List<Session>> booked = new HashMap<>();
        for (Session session : proposal.calendar().sessions()) {
            if (!session.upcoming()) {
                continue;
            }
            LocalDate date = session.date();
            if (date.isBefore(programme.start()) || date.isAfter(programme.end())) {
                findings.add(session.id() + " falls outside the programme on " + date + ".");
                continue;
            }
            if (programme.isClosed(date)) {
                findings.add(session.id() + " falls on the closed day " + date + ".");
            }
            for (HalfDaySlot slot : programme.halfDays()) {
                if (slot.id().equals(session.halfDay()) && (session.start().isBefore(date.atTime(slot.start()))
                        || session.end().isAfter(date.atTime(slot.end())) || !session.start().isBefore(session.end()))) {
                    findings.add(session.id() + " runs from " + session.start() + " to " + session.end()
                            + ", outside its half-day " + slot.id() + ".");
                }
            }
            for (String member : session.members()) {
                // two 1:1 meetings may share a half-day one after the other: times decide
                for (Session other : booked.getOrDefault(member, List.of())) {
                    if (other.start().isBefore(session.end()) && session.start().isBefore(other.end())) {
                        findings.add(member + " is booked twice on " + date + " (" + session.id() + ").");
                    }
                }
                booked.computeIfAbsent(member, id -> new ArrayList<>()).add(session);
            }
            for (int position : positions(date, session.halfDay())) {
                for (String member : session.members()) {
                    if (!available(member).get(position)) {
                        findings.add(member + " is not available for " + session.id() + " on " + date + ".");
                    }
                    busy.computeIfAbsent(member, id -> new BitSet()).set(position);
                }
            }
        }
        sections(proposal, findings);
        undated(proposal, busy, findings);
        return findings;
    }

    /** Each mode's section shows the calendar's dates, and none names a closed day. */
    private void sections(Proposal proposal, List<String> findings) {
        if (proposal.immersion() != null) {
            for (ImmersionPairing pairing : proposal.immersion().pairings()) {
                if (programme.isClosed(pairing.day())) {
                    findings.add("The immersion section names the closed day " + pairing.day() + ".");
                }
                Session day = proposal.calendar().session("immersion-" + pairing.mentee() + "-" + pairing.mentor());
                if (day != null && (!day.date().equals(pairing.day())
                        || !Objects.equals(day.reportDue(), pairing.reportDue()))) {
                    findings.add("The immersion section says " + pairing.day() + " (report " + pairing.reportDue()
                            + "), the calendar " + day.date() + " (report " + day.reportDue() + ").");
                }
            }
        }
        if (proposal.codevelopment() != null) {
            for (CodevelopmentGroup group : proposal.codevelopment().groups()) {
                for (CodevelopmentSession session : group.sessions()) {
                    Session dated = proposal.calendar().session("codevelopment-g" + group.number() + "-"
                            + session.number());
                    if (session.date() != null && programme.isClosed(session.date())) {
                        findings.add("The co-development section names the closed day " + session.date() + ".");
                    }
                    LocalDate calendarDate = dated == null ? null : dated.date();
                    String calendarHalfDay = dated == null ? null : dated.halfDay();
                    if (!Objects.equals(calendarDate, session.date())
                            || !Objects.equals(calendarHalfDay, session.halfDay())) {
                        findings.add("Group " + group.number() + "'s session " + session.number() + " is on "
                                + session.date() + " in its section, " + calendarDate + " on the calendar.");
                    }
                }
            }
        }
        if (proposal.workshops() != null) {
            for (Workshop workshop : proposal.workshops().workshops()) {
                if (programme.isClosed(workshop.date())) {
                    findings.add("The workshop section names the closed day " + workshop.date() + ".");
                }
                Session dated = proposal.calendar().session("workshop-" + workshop.number());
                if (dated != null && (!dated.date().equals(workshop.date())
                        || !Objects.equals(dated.halfDay(), workshop.halfDay()))) {
                    findings.add("Workshop " + workshop.number() + " is on " + workshop.date() + " in its section, "
                            + dated.date() + " on the calendar.");
                }
            }
        }
    }

    /** A session left undated while a free date exists for all its members. */
    private void undated(Proposal proposal, Map<String, BitSet> busy, List<String> findings) {
        int weeks = programme.calendar().minWeeksBetweenMeetings();
        for (UnplacedSession session : proposal.calendar().unplaced()) {
            boolean wholeDay = session.mode() == Mode.IMMERSION;
            List<LocalDate> pairMeetings = new ArrayList<>();
            if (session.mode() == Mode.ACCOMPANIMENT) {
                for (Session other : proposal.calendar().sessions()) {
                    if (other.mode() == Mode.ACCOMPANIMENT && other.members().equals(session.members())
                            && other.status() != org.peermatch.core.calendar.SessionState.CANCELLED) {
                        pairMeetings.add(other.date());
                    }
                }
            }
            for (LocalDate date = programme.start(); !date.isAfter(programme.end()); date = date.plusDays(1)) {
                if (programme.isClosed(date) || date.getDayOfWeek() == DayOfWeek.SATURDAY
                        || date.getDayOfWeek() == DayOfWeek.SUNDAY || tooClose(date, pairMeetings, weeks)
                        || (programme.changes() != null && programme.changes().replanFrom() != null
                                && date.isBefore(programme.changes().replanFrom()))) {
                    continue;
                }
                for (int slot = 0; slot < (wholeDay ? 1 : slots); slot++) {
                    List<Integer> positions = wholeDay ? positions(date, null)
                            : positions(date, programme.halfDays().get(slot).id());
                    if (free(session.members(), positions, busy)) {
                        findings.add(session.id() + " is left undated, but " + date
                                + (wholeDay ? "" : " " + programme.halfDays().get(slot).id()) + " is free for all.");
                        date = programme.end();
                        break;
                    }
                }
            }
        }
    }

    private static boolean tooClose(LocalDate date, List<LocalDate> meetings, int weeks) {
        for (LocalDate meeting : meetings) {
            if (Math.abs(ChronoUnit.DAYS.between(meeting, date)) < 7L * weeks) {
                return true;
            }
        }
        return false;
    }

    private boolean free(List<String> members, List<Integer> positions, Map<String, BitSet> busy) {
        for (String member : members) {
            for (int position : positions) {
                if (!available(member).get(position) || busy.getOrDefault(member, new BitSet()).get(position)) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Integer> positions(LocalDate date, String halfDay) {
        int first = (int) ChronoUnit.DAYS.between(programme.start(), date) * slots;
        List<Integer> positions = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            if (halfDay == null || programme.halfDays().get(slot).id().equals(halfDay)) {
                positions.add(first + slot);
            }
        }
        return positions;
    }

    private BitSet available(String member) {
        return availability.computeIfAbsent(member, id -> {
            Member m = programme.member(id);
            return m == null ? new BitSet() : grid.availableHalfDays(m);
        });
    }
}
