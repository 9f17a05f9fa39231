package org.peermatch.core.codevelopment;

import java.util.BitSet;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.peermatch.core.model.Member;

/**
 * A member who asked for co-development, and the group they are placed in ({@code null}: in no group). The facts
 * of putting them with every other participant (repeat cost, conflict) are computed once by
 * {@link CodevelopmentProblem}.
 */
@PlanningEntity
public class CodevelopmentParticipant {

    private int index;
    private Member member;
    private BitSet available;
    private long[] repeatCosts;
    private String[] conflicts;
    private int publishedGroup;
    private boolean pinned;

    private GroupSlot group;

    /** For Timefold's cloning. */
    public CodevelopmentParticipant() {
    }

    /**
     * @param index position among the participants (document order), also the index into the pair arrays
     * @param member the member
     * @param available the programme half-days on which they are available
     * @param repeatCosts for each participant index, the cost of this pair in one group
     *        ({@link CodevelopmentScoring#repeatCost})
     * @param conflicts for each participant index, why the two may not be in one group, or null when they may
     * @param group the initial group, or null
     */
    public CodevelopmentParticipant(int index, Member member, BitSet available, long[] repeatCosts,
            String[] conflicts, GroupSlot group) {
        this.index = index;
        this.member = member;
        this.available = available;
        this.repeatCosts = repeatCosts;
        this.conflicts = conflicts;
        this.group = group;
    }

    @PlanningId
    public Integer getIndex() {
        return index;
    }

    public Member member() {
        return member;
    }

    public String getId() {
        return member.id();
    }

    /** @return the half-days on which they are available; never modify */
    public BitSet available() {
        return available;
    }

    /** @return the cost of having this participant and the other in one group */
    public long repeatCostWith(CodevelopmentParticipant other) {
        return repeatCosts[other.index];
    }

    /** @return why this participant and the other may not be in one group, or null when they may */
    public String conflictWith(CodevelopmentParticipant other) {
        return conflicts[other.index];
    }

    /** @return the position (from 1) of their group in the published proposal re-planned from; 0 when none */
    public int getPublishedGroup() {
        return publishedGroup;
    }

    /** Marks the published group (its position from 1, 0 for none) a re-plan keeps unless changing it serves. */
    public void setPublishedGroup(int publishedGroup) {
        this.publishedGroup = publishedGroup;
    }

    /**
     * @return whether the two were in one published group, may still be together, and the plan separates them (or
     *         leaves one in no group)
     */
    public boolean separatedFromPublishedMate(CodevelopmentParticipant other) {
        return publishedGroup > 0 && publishedGroup == other.publishedGroup && conflictWith(other) == null
                && (group == null || group != other.group);
    }

    /** @return whether the group is fixed (the committee asks for this member in this group): the search keeps it */
    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    /** Fixes the participant in a group slot, as when the committee asks "why not this member in that group?". */
    public void pinTo(GroupSlot slot) {
        group = slot;
        pinned = true;
    }

    @PlanningVariable(allowsUnassigned = true)
    public GroupSlot getGroup() {
        return group;
    }

    public void setGroup(GroupSlot group) {
        this.group = group;
    }

    @Override
    public String toString() {
        return member.name() + " (" + member.id() + ")";
    }
}
