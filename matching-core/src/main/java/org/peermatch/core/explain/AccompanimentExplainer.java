package org.peermatch.core.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.NeedAssignment;
import org.peermatch.core.accompaniment.Participant;
import org.peermatch.core.accompaniment.ResourcePerson;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.solve.Assignment;
import org.peermatch.core.solve.CandidateVerdict;
import org.peermatch.core.solve.PairExplanation;
import org.peermatch.core.solve.ResourceLoad;
import org.peermatch.core.solve.UncoveredNeed;

/**
 * Turns a solved accompaniment plan into the proposal's pairs, uncovered needs and loads, explained in the
 * committee's words with the same scoring functions as the constraints ({@link PairScoring}).
 */
public final class AccompanimentExplainer {

    private final PairScoring scoring;
    private final AccompanimentPlan plan;

    /** Prepares the explanation of a solved plan. */
    public AccompanimentExplainer(PairScoring scoring, AccompanimentPlan plan) {
        this.scoring = scoring;
        this.plan = plan;
    }

    /** @return the covered needs with why each pair, in participant and need order */
    public List<Assignment> assignments() {
        List<Assignment> assignments = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() == null) {
                continue;
            }
            PairFacts facts = a.getParticipant().pairWith(a.getResource());
            int level = a.level();
            PairExplanation why = new PairExplanation(level, a.getMinimumLevel(), facts.commonSectors(),
                    facts.earlierInteractions(), facts.lastInteraction(), facts.commonPeers(), facts.noveltyCost(),
                    facts.continuityAsked(), facts.preferenceRank(), facts.commonHalfDays(),
                    scoring.sentences(a.getNeed(), level, facts));
            assignments.add(new Assignment(a.getParticipant().getId(), a.getResource().getId(),
                    a.getNeed().topic(), a.getNeed().priority(), a.getNeed().hours(), a.isPinned(), why));
        }
        return assignments;
    }

    /** @return each uncovered need with every candidate and the hard rules that taking it would break */
    public List<UncoveredNeed> uncovered() {
        Map<ResourcePerson, Integer> hours = new LinkedHashMap<>();
        Map<ResourcePerson, Set<Participant>> participants = new LinkedHashMap<>();
        Map<Participant, Set<ResourcePerson>> resources = new LinkedHashMap<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() != null) {
                hours.merge(a.getResource(), a.hours(), Integer::sum);
                participants.computeIfAbsent(a.getResource(), r -> new LinkedHashSet<>()).add(a.getParticipant());
                resources.computeIfAbsent(a.getParticipant(), p -> new LinkedHashSet<>()).add(a.getResource());
            }
        }
        List<UncoveredNeed> uncovered = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() != null) {
                continue;
            }
            Participant participant = a.getParticipant();
            List<CandidateVerdict> verdicts = new ArrayList<>();
            int unblocked = 0;
            boolean anyCompetent = false;
            for (ResourcePerson resource : plan.getResourcePersons()) {
                PairFacts facts = participant.pairWith(resource);
                List<String> blockedBy = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                int level = a.levelOf(resource);
                if (level < a.getMinimumLevel()) {
                    blockedBy.add(AccompanimentConstraint.COMPETENCE_TOO_LOW.id());
                    reasons.add(level == 0 ? "no competence on " + a.getNeed().topic()
                            : "level " + level + " on " + a.getNeed().topic() + ", below " + a.getMinimumLevel());
                } else {
                    anyCompetent = true;
                }
                if (facts.conflicted()) {
                    blockedBy.add(AccompanimentConstraint.CONFLICT_OF_INTEREST.id());
                    reasons.add(facts.conflict());
                }
                if (facts.missingHalfDays() > 0) {
                    blockedBy.add(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id());
                    reasons.add("only " + facts.commonHalfDays() + " common half-days, " + facts.requiredHalfDays()
                            + " needed");
                }
                int used = hours.getOrDefault(resource, 0);
                if (used + a.hours() > resource.hoursCapacity()) {
                    blockedBy.add(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id());
                    reasons.add((resource.hoursCapacity() - used) + " of " + resource.hoursCapacity()
                            + " hours left, " + a.hours() + " needed");
                }
                Set<Participant> accompanied = participants.getOrDefault(resource, Set.of());
                if (!accompanied.contains(participant) && accompanied.size() + 1 > resource.participantsCapacity()) {
                    blockedBy.add(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id());
                    reasons.add("already accompanies " + accompanied.size() + " participants, the most offered");
                }
                Set<ResourcePerson> met = resources.getOrDefault(participant, Set.of());
                if (!met.contains(resource) && met.size() + 1 > participant.maxResourcePersons()) {
                    blockedBy.add(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id());
                    reasons.add(participant + " already has " + met.size() + " resource persons, the most allowed");
                }
                if (blockedBy.isEmpty()) {
                    unblocked++;
                    reasons.add("free to take it: left uncovered so that a more important need is covered or a"
                            + " better pair is kept");
                }
                verdicts.add(new CandidateVerdict(resource.getId(), blockedBy, String.join("; ", reasons)));
            }
            uncovered.add(new UncoveredNeed(participant.getId(), a.getNeed().topic(), a.getNeed().priority(),
                    a.hours(), verdicts, summary(a, anyCompetent, unblocked)));
        }
        return uncovered;
    }

    /** @return every resource person's load against capacity, in document order */
    public List<ResourceLoad> loads() {
        List<ResourceLoad> loads = new ArrayList<>();
        for (ResourcePerson resource : plan.getResourcePersons()) {
            int hours = 0;
            Set<String> participants = new LinkedHashSet<>();
            for (NeedAssignment a : plan.getAssignments()) {
                if (a.getResource() == resource) {
                    hours += a.hours();
                    participants.add(a.getParticipant().getId());
                }
            }
            loads.add(new ResourceLoad(resource.getId(), hours, resource.hoursCapacity(), List.copyOf(participants),
                    resource.participantsCapacity()));
        }
        return loads;
    }

    private String summary(NeedAssignment a, boolean anyCompetent, int unblocked) {
        String topic = a.getNeed().topic();
        if (plan.getResourcePersons().isEmpty()) {
            return "Nobody offers individual accompaniment in this programme.";
        }
        if (!anyCompetent) {
            return "Nobody offering accompaniment masters " + topic + " at level " + a.getMinimumLevel()
                    + " or more. Maybe find a resource person for " + topic + " or lower the minimum level.";
        }
        if (unblocked > 0) {
            return unblocked + " resource person(s) could take it without breaking a rule, but covering it would"
                    + " cost more important needs or pairs. Maybe raise their hours or this need's priority.";
        }
        return "Every resource person competent on " + topic + " is blocked by a rule (see the candidates)."
                + " Maybe raise a capacity, widen availability or allow more resource persons per participant.";
    }
}
