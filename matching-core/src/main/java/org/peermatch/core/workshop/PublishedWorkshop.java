package org.peermatch.core.workshop;

import java.time.LocalDate;

import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * Whether a workshop of a published proposal (theme, animator, half-day) is still possible in a programme, and if
 * not, why: the one answer behind the re-plan's seeding ({@link WorkshopProblem}) and the reasons of the changes.
 * Its room is not part of the answer: a room no longer in the programme is chosen again, the workshop kept.
 */
public enum PublishedWorkshop {
    /** The workshop is still possible. */
    POSSIBLE,
    /** The animator left the programme or no longer offers workshops. */
    ANIMATOR_GONE,
    /** The theme is no longer among the committee's themes, or no participant needs it any more. */
    THEME_GONE,
    /** The animator no longer masters the theme at the minimum level. */
    NOT_COMPETENT,
    /** The half-day is closed, outside the programme, before the day it is planned from, or not a half-day. */
    DAY_CLOSED,
    /** The animator is no longer available on the half-day. */
    ANIMATOR_UNAVAILABLE;

    /**
     * @param programme the programme now
     * @param workshop the published workshop
     * @return whether it is still possible, or why not
     */
    public static PublishedWorkshop of(Programme programme, BaselineWorkshop workshop) {
        Member animator = programme.member(workshop.animator());
        Offer offer = animator == null ? null : animator.offer(Mode.WORKSHOP);
        if (offer == null || offer.sessions() <= 0) {
            return ANIMATOR_GONE;
        }
        if (!themeWanted(programme, workshop.theme())) {
            return THEME_GONE;
        }
        if (WorkshopProblem.weightOf(programme, WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT) != 0
                && animator.levelOn(workshop.theme()) < programme.workshop().minimumLevel()) {
            return NOT_COMPETENT;
        }
        LocalDate date = workshop.date();
        int slot = slotIndex(programme, workshop.halfDay());
        HalfDayCalendar calendar = new HalfDayCalendar(programme);
        if (slot < 0 || date.isBefore(WorkshopProblem.planFrom(programme)) || date.isAfter(programme.end())
                || (WorkshopProblem.weightOf(programme, WorkshopConstraint.WORKSHOP_CLOSED_DAY) != 0
                        && WorkshopProblem.closedReason(programme, date) != null)) {
            return DAY_CLOSED;
        }
        int number = calendar.halfDayNumber(date, slot);
        return calendar.availableHalfDays(animator).get(number) ? POSSIBLE : ANIMATOR_UNAVAILABLE;
    }

    private static boolean themeWanted(Programme programme, String theme) {
        if (!programme.workshop().themes().isEmpty()) {
            return programme.workshop().themes().contains(theme);
        }
        for (Member member : programme.participantsIn(Mode.WORKSHOP)) {
            for (Need need : member.needs()) {
                if (need.topic().equals(theme)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int slotIndex(Programme programme, String halfDay) {
        for (int s = 0; s < programme.halfDays().size(); s++) {
            if (programme.halfDays().get(s).id().equals(halfDay)) {
                return s;
            }
        }
        return -1;
    }
}
