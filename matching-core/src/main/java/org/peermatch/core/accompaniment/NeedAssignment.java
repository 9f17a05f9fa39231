package org.peermatch.core.accompaniment;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.peermatch.core.model.Need;

/**
 * One need of a participant, covered through one of the participant's {@link ResourceSlot}s: the planning entity.
 * The need is uncovered while it has no slot or its slot has no resource person.
 */
@PlanningEntity
public class NeedAssignment {

    private String id;
    private Participant participant;
    private List<ResourceSlot> slots;
    private Need need;
    private int[] levelByResource;
    private int minimumLevel;
    private boolean pinned;
    /** What covering the need is worth in the need-uncovered rule ({@link PriorityWeights}). */
    private long coverWeight;

    private ResourceSlot slot;

    /** The loads told of each change of the slot (the working plan's, during a local search phase), or null. */
    private WorkingLoads watcher;
    /** The participant's position in the plan, for the watcher. */
    private int watchedAs;

    /** For Timefold's cloning. */
    public NeedAssignment() {
    }

    /**
     * @param id unique id, e.g. {@code m01/business-model}
     * @param participant who needs it
     * @param slots the participant's slots, the values this need can take
     * @param need the need
     * @param levelByResource each resource person's level on the need's topic, by {@link ResourcePerson#index()}
     * @param minimumLevel the programme's minimum level
     * @param slot the initial slot, or null
     * @param pinned whether the committee pinned it (then the solver never changes it)
     */
    public NeedAssignment(String id, Participant participant, List<ResourceSlot> slots, Need need,
            int[] levelByResource, int minimumLevel, ResourceSlot slot, boolean pinned) {
        this(id, participant, slots, need, levelByResource, minimumLevel, slot, pinned, need.priorityWeight());
    }

    /**
     * @param coverWeight what covering the need is worth in the need-uncovered rule (see {@link PriorityWeights});
     *        the other parameters as above
     */
    public NeedAssignment(String id, Participant participant, List<ResourceSlot> slots, Need need,
            int[] levelByResource, int minimumLevel, ResourceSlot slot, boolean pinned, long coverWeight) {
        this.coverWeight = coverWeight;
        this.id = id;
        this.participant = participant;
        this.slots = slots;
        this.need = need;
        this.levelByResource = levelByResource;
        this.minimumLevel = minimumLevel;
        this.slot = slot;
        this.pinned = pinned;
    }

    /** @return a copy with the given slots and slot (for {@link AccompanimentPlanCloner}) */
    NeedAssignment cloneWith(List<ResourceSlot> clonedSlots, ResourceSlot clonedSlot) {
        return new NeedAssignment(id, participant, clonedSlots, need, levelByResource, minimumLevel, clonedSlot,
                pinned, coverWeight);
    }

    @PlanningId
    public String getId() {
        return id;
    }

    /** @return what covering the need is worth in the need-uncovered rule ({@link PriorityWeights}) */
    public long getCoverWeight() {
        return coverWeight;
    }

    public Participant getParticipant() {
        return participant;
    }

    @ValueRangeProvider
    public List<ResourceSlot> getSlots() {
        return slots;
    }

    public Need getNeed() {
        return need;
    }

    public int getMinimumLevel() {
        return minimumLevel;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    @PlanningVariable(allowsUnassigned = true)
    public ResourceSlot getSlot() {
        return slot;
    }

    public void setSlot(ResourceSlot slot) {
        this.slot = slot;
        if (watcher != null) {
            watcher.changed(watchedAs);
        }
    }

    /** Tells the loads (null: nobody) of each change of the slot, with the participant's position in the plan. */
    void watch(WorkingLoads loads, int participantPosition) {
        watcher = loads;
        watchedAs = participantPosition;
    }

    /**
     * The resource person of this need's slot, read through the slot rather than kept in a shadow variable:
     * Timefold 2.2 builds its declarative shadow-variable graph in time quadratic in the entities (minutes at
     * 10,000 participants) at every solver start and every {@code SolutionManager} call. The constraints therefore
     * join each need with its slot, so that they see a change of the slot's resource person.
     *
     * @return the resource person covering this need, or null while it is uncovered
     */
    public ResourcePerson getResource() {
        return slot == null ? null : slot.getResource();
    }

    /** @return the level of the given resource person on this need's topic, 0 when none */
    public int levelOf(ResourcePerson candidate) {
        return levelByResource[candidate.index()];
    }

    /** @return the level of the covering resource person on this need's topic (requires one) */
    public int level() {
        return levelOf(getResource());
    }

    /** @return the need's hours */
    public int hours() {
        return need.hours();
    }

    @Override
    public String toString() {
        return id + " -> " + getResource();
    }
}
