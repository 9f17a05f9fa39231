package org.peermatch.core.immersion;

import java.time.LocalDate;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;

/**
 * Whether an immersion day of a published proposal (mentee, mentor, date) is still possible in a programme, and if
 * not, why: the one answer behind the re-plan's seeding ({@link ImmersionProblem}) and the reasons of the changes.
 * The rules of the pair itself (sector when required, conflict of interest, experience) and the day (a full day
 * both are available on, outside closed periods) count as {@link ImmersionProblem} counts them for candidates,
 * a rule the programme switches off (weight 0) included; the mentor's number of days is left to the seeding.
 */
public enum PublishedDay {
    /** The day is still possible. */
    POSSIBLE,
    /** The mentee left the programme or no longer asks for an immersion day. */
    MENTEE_GONE,
    /** The mentor left the programme or no longer offers immersion days. */
    MENTOR_GONE,
    /** The pair now breaks a rule of its own: a conflict of interest, experience or sector. */
    PAIR_FORBIDDEN,
    /** One of them is no longer available all day on the date, or the programme is closed then. */
    DAY_UNAVAILABLE;

    /**
     * @param programme the programme now
     * @param scoring its immersion scoring
     * @param mentee the mentee's member id
     * @param mentor the mentor's member id
     * @param day the published date
     * @return whether the day is still possible, or why not
     */
    public static PublishedDay of(Programme programme, ImmersionScoring scoring, String mentee, String mentor,
            LocalDate day) {
        Member menteeMember = programme.member(mentee);
        Member mentorMember = programme.member(mentor);
        if (menteeMember == null || !menteeMember.requests(Mode.IMMERSION)) {
            return MENTEE_GONE;
        }
        Offer offer = mentorMember == null ? null : mentorMember.offer(Mode.IMMERSION);
        if (offer == null || offer.days() <= 0) {
            return MENTOR_GONE;
        }
        if (!pairAllowed(programme, scoring.facts(menteeMember, mentorMember))) {
            return PAIR_FORBIDDEN;
        }
        int number = scoring.dayNumber(day);
        boolean open = number >= 0 && (ImmersionProblem.isOn(programme, ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE)
                ? scoring.fullDays(menteeMember).get(number) && scoring.fullDays(mentorMember).get(number)
                : scoring.fullDays(null).get(number));
        return open ? POSSIBLE : DAY_UNAVAILABLE;
    }

    /** @return whether the pair breaks none of its own rules the programme keeps (sector, conflict, experience) */
    static boolean pairAllowed(Programme programme, ImmersionPairFacts facts) {
        boolean sectorRule = programme.immersion().sameSectorRequired()
                && ImmersionProblem.isOn(programme, ImmersionConstraint.MENTOR_OTHER_SECTOR);
        return !(ImmersionProblem.isOn(programme, ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST)
                && facts.conflicted())
                && !(ImmersionProblem.isOn(programme, ImmersionConstraint.MENTOR_LESS_EXPERIENCED)
                        && facts.experienceShortfall() > 0)
                && !(sectorRule && !facts.sameSector());
    }
}
