package org.peermatch.core.immersion;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A mentee's immersion day: the planning entity. Its one variable is the mentor and day, taken from the mentee's
 * own candidates; the mentee is unplaced while it is null.
 */
@PlanningEntity
public class MenteePlacement {

    private String id;
    private Mentee mentee;
    private List<MentorDay> candidates;
    private boolean sameSectorRequired;
    private MentorDay baselineDay;
    private boolean pinned;

    private MentorDay mentorDay;

    /** For Timefold's cloning. */
    public MenteePlacement() {
    }

    /**
     * @param mentee who is placed
     * @param candidates the mentor days this mentee may take: those breaking no rule of the pair itself (sector
     *        when required, conflict of interest, experience, both available all day), see {@link ImmersionProblem}
     * @param sameSectorRequired whether the programme requires mentor and mentee to share a sector
     * @param mentorDay the initial mentor day, or null
     */
    public MenteePlacement(Mentee mentee, List<MentorDay> candidates, boolean sameSectorRequired,
            MentorDay mentorDay) {
        this.id = mentee.getId();
        this.mentee = mentee;
        this.candidates = candidates;
        this.sameSectorRequired = sameSectorRequired;
        this.mentorDay = mentorDay;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Mentee getMentee() {
        return mentee;
    }

    @ValueRangeProvider
    public List<MentorDay> getCandidates() {
        return candidates;
    }

    public boolean isSameSectorRequired() {
        return sameSectorRequired;
    }

    @PlanningVariable(allowsUnassigned = true)
    public MentorDay getMentorDay() {
        return mentorDay;
    }

    public void setMentorDay(MentorDay mentorDay) {
        this.mentorDay = mentorDay;
    }

    /** @return the mentor day of the published proposal re-planned from, when still possible; else null */
    public MentorDay getBaselineDay() {
        return baselineDay;
    }

    /**
     * Marks the mentor day the published proposal gave this mentee (a re-plan keeps it unless moving it places
     * more mentees).
     *
     * @param baselineDay one of the candidates, or null
     */
    public void setBaselineDay(MentorDay baselineDay) {
        this.baselineDay = baselineDay;
    }

    /** @return whether the plan moves this mentee away from their published day (another one, or none) */
    public boolean leavesBaseline() {
        return baselineDay != null && mentorDay != baselineDay;
    }

    /** @return whether the day is fixed (the committee asks for this pair on this day): the search keeps it */
    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /**
     * Fixes the placement on one mentor day, as when the committee asks "why not this mentor?".
     *
     * @param day the day, one of the candidates
     */
    public void pinTo(MentorDay day) {
        candidates = List.of(day);
        mentorDay = day;
        pinned = true;
    }

    /** @return the mentor (requires a mentor day) */    /** @return the mentor (requires a mentor day) */
    public Mentor mentor() {
        return mentorDay.mentor();
    }

    /** @return the facts of the pair (requires a mentor day) */
    public ImmersionPairFacts facts() {
        return mentee.pairWith(mentorDay.mentor());
    }

    /** @return how many of the two people are not available all day on the mentor day: 0, 1 or 2 */
    public int unavailablePeople() {
        int day = mentorDay.dayNumber();
        return (mentee.availableOn(day) ? 0 : 1) + (mentorDay.mentor().availableOn(day) ? 0 : 1);
    }

    /** @return whether the same-sector rule is broken */
    public boolean otherSector() {
        return sameSectorRequired && !facts().sameSector();
    }

    @Override
    public String toString() {
        return id + " -> " + mentorDay;
    }
}
