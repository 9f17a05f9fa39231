package org.peermatch.core.accompaniment;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.peermatch.core.model.Need;

/**
 * One need of a participant and the resource person who covers it (null while uncovered): the planning entity.
 */
@PlanningEntity
public class NeedAssignment {

    private String id;
    private Participant participant;
    private Need need;
    private int[] levelByResource;
    private int minimumLevel;
    private boolean pinned;

    private ResourcePerson resource;

    /** For Timefold's cloning. */
    public NeedAssignment() {
    }

    /**
     * @param id unique id, e.g. {@code m01/business-model}
     * @param participant who needs it
     * @param need the need
     * @param levelByResource each resource person's level on the need's topic, by {@link ResourcePerson#index()}
     * @param minimumLevel the programme's minimum level
     * @param resource the initial resource person, or null
     * @param pinned whether the committee pinned it (then the solver never changes it)
     */
    public NeedAssignment(String id, Participant participant, Need need, int[] levelByResource, int minimumLevel,
            ResourcePerson resource, boolean pinned) {
        this.id = id;
        this.participant = participant;
        this.need = need;
        this.levelByResource = levelByResource;
        this.minimumLevel = minimumLevel;
        this.resource = resource;
        this.pinned = pinned;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
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
    public ResourcePerson getResource() {
        return resource;
    }

    public void setResource(ResourcePerson resource) {
        this.resource = resource;
    }

    /** @return the level of the given resource person on this need's topic, 0 when none */
    public int levelOf(ResourcePerson candidate) {
        return levelByResource[candidate.index()];
    }

    /** @return the level of the assigned resource person on this need's topic (requires one assigned) */
    public int level() {
        return levelOf(resource);
    }

    /** @return the need's hours */
    public int hours() {
        return need.hours();
    }

    @Override
    public String toString() {
        return id + " -> " + resource;
    }
}
