package org.peermatch.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A published proposal the committee re-plans from: the accompaniment pairs it announced, who offered accompaniment
 * and who asked for it then, its immersion days, co-development groups, workshops and calendar, and everyone's name
 * as published. Read from a proposal JSON
 * (the io package's BaselineReader) or taken from a proposal just computed, so that two proposals can be
 * compared.
 *
 * @param programme the programme's name as published
 * @param pairs each covered need with its resource person, in the proposal's order
 * @param resources the members offering accompaniment then, in the proposal's order
 * @param participants the members asking for accompaniment then (covered or not), in the proposal's order
 * @param names each member's name as published, by id
 * @param immersions the immersion days it announced, in the proposal's order
 * @param groups the co-development groups it formed, in the proposal's order
 * @param workshops the workshops it scheduled, in the proposal's order
 * @param sessions the dated sessions of its calendar, in its order
 */
public record Baseline(String programme, List<BaselinePair> pairs, List<String> resources, List<String> participants,
        Map<String, String> names, List<BaselineImmersion> immersions, List<BaselineGroup> groups,
        List<BaselineWorkshop> workshops, List<BaselineSession> sessions) {

    /** No baseline: a plan from scratch. */
    public static final Baseline NONE = new Baseline("", List.of(), List.of(), List.of(), Map.of());

    /** A baseline of accompaniment pairs only. */
    public Baseline(String programme, List<BaselinePair> pairs, List<String> resources, List<String> participants,
            Map<String, String> names) {
        this(programme, pairs, resources, participants, names, List.of(), List.of(), List.of(), List.of());
    }

    /** A baseline without a calendar. */
    public Baseline(String programme, List<BaselinePair> pairs, List<String> resources, List<String> participants,
            Map<String, String> names, List<BaselineImmersion> immersions, List<BaselineGroup> groups,
            List<BaselineWorkshop> workshops) {
        this(programme, pairs, resources, participants, names, immersions, groups, workshops, List.of());
    }

    public Baseline {
        immersions = List.copyOf(immersions);
        groups = List.copyOf(groups);
        workshops = List.copyOf(workshops);
        sessions = List.copyOf(sessions);
        pairs = List.copyOf(pairs);
        resources = List.copyOf(resources);
        participants = List.copyOf(participants);
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** @return the member's published name, else the id */
    public String name(String memberId) {
        return names.getOrDefault(memberId, memberId);
    }

    /** @return whether the baseline holds no pair, immersion day, co-development group or workshop */
    public boolean isEmpty() {
        return pairs.isEmpty() && immersions.isEmpty() && groups.isEmpty() && workshops.isEmpty();
    }

    /** @return the member's co-development group in the baseline, or null */
    public BaselineGroup groupOf(String member) {
        for (BaselineGroup group : groups) {
            if (group.members().contains(member)) {
                return group;
            }
        }
        return null;
    }

    /** @return the mentee's immersion day in the baseline, or null */
    public BaselineImmersion immersionOf(String mentee) {
        for (BaselineImmersion immersion : immersions) {
            if (immersion.mentee().equals(mentee)) {
                return immersion;
            }
        }
        return null;
    }
}
