package org.peermatch.core.workshop;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * A theme a workshop may take: a topic of the participants' needs, or one the committee chose, with its demand.
 * Identity equality: one object per theme in a plan.
 */
public final class WorkshopTheme {

    private final int index;
    private final String topic;
    private final boolean candidate;
    private final List<Demand> demand;

    /**
     * @param index position among the plan's themes
     * @param topic the topic id
     * @param candidate whether new workshops may take it (false for the theme of a kept workshop only)
     * @param demand the participants who need it, essential first, then in programme order
     */
    public WorkshopTheme(int index, String topic, boolean candidate, List<Demand> demand) {
        this.index = index;
        this.topic = topic;
        this.candidate = candidate;
        this.demand = List.copyOf(demand);
    }

    @PlanningId
    public String getId() {
        return topic;
    }

    public int index() {
        return index;
    }

    public String topic() {
        return topic;
    }

    public boolean candidate() {
        return candidate;
    }

    public List<Demand> demand() {
        return demand;
    }

    /** @return the sum of the priority weights of its demand */
    public int demandWeight() {
        int weight = 0;
        for (Demand need : demand) {
            weight += need.weight();
        }
        return weight;
    }

    /** @return how many participants need it as essential */
    public int essentialCount() {
        return (int) demand.stream().filter(Demand::essential).count();
    }

    @Override
    public String toString() {
        return topic;
    }
}
