package org.peermatch.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.peermatch.core.codevelopment.CodevelopmentGroup;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.CodevelopmentSession;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.text.Messages;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * One source of truth for dates: the calendar. When {@link CalendarPlanner} moves an immersion day or a
 * co-development session away from the date its mode chose (someone would be booked twice), or cannot place it, or
 * {@link CalendarSearch} moves one of them or a workshop to make room for a 1:1 meeting, the mode's own section takes
 * the calendar's date — an immersion day's report due date with it — and its reasons say why, so that the proposal,
 * the report and the calendar files never disagree.
 *
 * <p>Sessions the committee's record stands for (held or fixed) keep the mode's section as it is: the record is
 * listed on the calendar under its own id. O(sessions) look-ups of O(calendar sessions) each.
 */
public final class ModeDates {

    private ModeDates() {
    }

    /**
     * @param modes the modes' proposals, which dated their sessions
     * @param calendar the calendar planned from them
     * @return the same modes in the same order, each immersion pairing and co-development session dated as on the
     *         calendar (a mode is the same object when nothing of it moved)
     */
    public static List<ModeProposal> align(List<ModeProposal> modes, ProgrammeCalendar calendar) {
        return align(modes, calendar, Messages.english());
    }

    /** @return {@link #align(List, ProgrammeCalendar)} with the reasons it adds in the messages' language */
    public static List<ModeProposal> align(List<ModeProposal> modes, ProgrammeCalendar calendar, Messages messages) {
        if (calendar == null) {
            return List.copyOf(modes);
        }
        List<ModeProposal> aligned = new ArrayList<>();
        for (ModeProposal mode : modes) {
            aligned.add(switch (mode) {
                case ImmersionProposal immersion -> immersion(immersion, calendar, messages);
                case CodevelopmentProposal codevelopment -> codevelopment(codevelopment, calendar, messages);
                case WorkshopProposal workshops -> workshops(workshops, calendar, messages);
                default -> mode;
            });
        }
        return List.copyOf(aligned);
    }

    private static ImmersionProposal immersion(ImmersionProposal immersion, ProgrammeCalendar calendar,
            Messages messages) {
        if (immersion == null) {
            return null;
        }
        boolean changed = false;
        List<ImmersionPairing> pairings = new ArrayList<>();
        for (ImmersionPairing pairing : immersion.pairings()) {
            String id = "immersion-" + pairing.mentee() + "-" + pairing.mentor();
            Session session = calendar.session(id);
            UnplacedSession unplaced = unplaced(calendar, id);
            if (session != null && !session.date().equals(pairing.day())) {
                String was = messages.date(pairing.day());
                List<String> reasons = new ArrayList<>();
                for (String reason : pairing.reasons()) {
                    if (!reason.contains(was)) {
                        reasons.add(reason);
                    }
                }
                reasons.add(messages.get("calendar.mode.immersionMoved", lastNote(session, messages)));
                pairings.add(new ImmersionPairing(pairing.mentee(), pairing.mentor(), session.date(),
                        pairing.objectives(), session.reportDue(), reasons));
                changed = true;
            } else if (session == null && unplaced != null) {
                List<String> reasons = new ArrayList<>(pairing.reasons());
                reasons.add(messages.get("calendar.mode.immersionDropped", unplaced.reason()));
                pairings.add(new ImmersionPairing(pairing.mentee(), pairing.mentor(), pairing.day(),
                        pairing.objectives(), pairing.reportDue(), reasons));
                changed = true;
            } else {
                pairings.add(pairing);
            }
        }
        return !changed ? immersion : new ImmersionProposal(immersion.score(), immersion.hardScore(),
                immersion.mediumScore(), immersion.softScore(), pairings, immersion.unplaced(),
                immersion.constraints(), immersion.violations());
    }

    private static CodevelopmentProposal codevelopment(CodevelopmentProposal codevelopment,
            ProgrammeCalendar calendar, Messages messages) {
        if (codevelopment == null) {
            return null;
        }
        boolean changed = false;
        List<CodevelopmentGroup> groups = new ArrayList<>();
        for (CodevelopmentGroup group : codevelopment.groups()) {
            List<CodevelopmentSession> sessions = new ArrayList<>();
            List<String> reasons = new ArrayList<>(group.reasons());
            for (CodevelopmentSession planned : group.sessions()) {
                String id = "codevelopment-g" + group.number() + "-" + planned.number();
                Session session = calendar.session(id);
                UnplacedSession unplaced = unplaced(calendar, id);
                if (session != null && (!session.date().equals(planned.date())
                        || !Objects.equals(session.halfDay(), planned.halfDay()))) {
                    sessions.add(new CodevelopmentSession(planned.number(), session.date(), session.halfDay(),
                            planned.clients()));
                    reasons.add(messages.get("calendar.mode.sessionMoved", planned.number(),
                            lastNote(session, messages)));
                } else if (session == null && unplaced != null && planned.date() != null) {
                    sessions.add(new CodevelopmentSession(planned.number(), null, null, planned.clients()));
                    reasons.add(messages.get("calendar.mode.sessionDropped", planned.number(), unplaced.reason()));
                } else {
                    sessions.add(planned);
                    continue;
                }
                changed = true;
            }
            groups.add(new CodevelopmentGroup(group.number(), group.members(), sessions, reasons));
        }
        return !changed ? codevelopment : new CodevelopmentProposal(codevelopment.score(), codevelopment.hardScore(),
                codevelopment.mediumScore(), codevelopment.softScore(), groups, codevelopment.unplaced(),
                codevelopment.constraints(), codevelopment.violations());
    }

    private static WorkshopProposal workshops(WorkshopProposal workshops, ProgrammeCalendar calendar,
            Messages messages) {
        if (workshops == null) {
            return null;
        }
        boolean changed = false;
        List<Workshop> aligned = new ArrayList<>();
        for (Workshop workshop : workshops.workshops()) {
            Session session = calendar.session("workshop-" + workshop.number());
            if (session != null && (!session.date().equals(workshop.date())
                    || !Objects.equals(session.halfDay(), workshop.halfDay()))) {
                List<String> reasons = new ArrayList<>(workshop.reasons());
                reasons.add(messages.get("calendar.mode.workshopMoved", lastNote(session, messages)));
                aligned.add(new Workshop(workshop.number(), workshop.theme(), workshop.animator(), session.date(),
                        session.halfDay(), workshop.room(), workshop.attendees(), reasons));
                changed = true;
            } else {
                aligned.add(workshop);
            }
        }
        return !changed ? workshops : new WorkshopProposal(workshops.score(), workshops.hardScore(),
                workshops.mediumScore(), workshops.softScore(), aligned, workshops.unserved(),
                workshops.constraints(), workshops.violations());
    }

    private static UnplacedSession unplaced(ProgrammeCalendar calendar, String id) {
        for (UnplacedSession session : calendar.unplaced()) {
            if (session.id().equals(id)) {
                return session;
            }
        }
        return null;
    }

    /** @return the calendar's note on the move, starting in lower case: "moved from … to …: …." */
    private static String lastNote(Session session, Messages messages) {
        String note = session.notes().isEmpty()
                ? messages.get("calendar.note.movedTo", CalendarWords.when(messages, session.date(), session.halfDay()))
                : session.notes().getLast();
        return Character.toLowerCase(note.charAt(0)) + note.substring(1);
    }
}
