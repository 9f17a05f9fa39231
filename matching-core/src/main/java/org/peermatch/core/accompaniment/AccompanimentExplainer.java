package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

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

    /**
     * Each uncovered need with the resource persons competent on its topic (at the programme's minimum level) and
     * the hard rules that taking it would break for each; the others are only counted, by reason, in the summary.
     * O(N + R × T + the competent candidates of the uncovered needs) for N needs, R resource persons, T topics.
     *
     * @return the uncovered needs, in participant and need order
     */
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
        Messages messages = scoring.messages();
        Map<String, Competent> competentByTopic = new HashMap<>();
        List<UncoveredNeed> uncovered = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() != null) {
                continue;
            }
            Participant participant = a.getParticipant();
            Competent competent = competentByTopic.computeIfAbsent(a.getNeed().topic(), topic -> competent(a));
            List<CandidateVerdict> verdicts = new ArrayList<>();
            int unblocked = 0;
            for (ResourcePerson resource : competent.resources()) {
                List<String> blockedBy = new ArrayList<>();
                List<String> reasons = new ArrayList<>();
                boolean conflicted = participant.conflicted(resource);
                boolean unavailable = participant.missingHalfDays(resource) > 0;
                // The full facts (names, counts) only for the pairs that break a rule of their own.
                PairFacts facts = conflicted || unavailable ? participant.pairWith(resource) : null;
                if (conflicted) {
                    blockedBy.add(AccompanimentConstraint.CONFLICT_OF_INTEREST.id());
                    reasons.add(facts.conflict());
                }
                if (unavailable) {
                    blockedBy.add(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id());
                    reasons.add(messages.get("accompaniment.candidate.halfDays", facts.commonHalfDays(),
                            facts.requiredHalfDays()));
                }
                int used = hours.getOrDefault(resource, 0);
                if (used + a.hours() > resource.hoursCapacity()) {
                    blockedBy.add(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id());
                    reasons.add(messages.get("accompaniment.candidate.hours", resource.hoursCapacity() - used,
                            resource.hoursCapacity(), a.hours()));
                }
                Set<Participant> accompanied = participants.getOrDefault(resource, Set.of());
                if (!accompanied.contains(participant) && accompanied.size() + 1 > resource.participantsCapacity()) {
                    blockedBy.add(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id());
                    reasons.add(messages.get("accompaniment.candidate.participants", accompanied.size()));
                }
                Set<ResourcePerson> met = resources.getOrDefault(participant, Set.of());
                if (!met.contains(resource) && met.size() + 1 > participant.maxResourcePersons()) {
                    blockedBy.add(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id());
                    reasons.add(messages.get("accompaniment.candidate.resourcePersons", participant.toString(),
                            met.size()));
                }
                if (blockedBy.isEmpty()) {
                    unblocked++;
                    reasons.add(messages.get("accompaniment.candidate.free"));
                }
                verdicts.add(new CandidateVerdict(resource.getId(), blockedBy,
                        messages.get("accompaniment.candidate", a.levelOf(resource),
                                NoveltyWords.label(a.getNeed().topic()),
                                String.join(messages.get("accompaniment.candidate.separator"), reasons))));
            }
            uncovered.add(new UncoveredNeed(participant.getId(), a.getNeed().topic(), a.getNeed().priority(),
                    a.hours(), verdicts, summary(a, competent, unblocked)));
        }
        return uncovered;
    }

    /**
     * The resource persons competent on a need's topic, in document order, and how many are not, by reason.
     *
     * @param resources those at the minimum level or above
     * @param withoutCompetence those with no competence on the topic
     * @param belowMinimum those with a level below the minimum
     */
    private record Competent(List<ResourcePerson> resources, int withoutCompetence, int belowMinimum) {
    }

    /** @return who is competent on the need's topic (the same for every need of that topic) */
    private Competent competent(NeedAssignment a) {
        List<ResourcePerson> competent = new ArrayList<>();
        int without = 0;
        int below = 0;
        for (ResourcePerson resource : plan.getResourcePersons()) {
            int level = a.levelOf(resource);
            if (level >= a.getMinimumLevel()) {
                competent.add(resource);
            } else if (level == 0) {
                without++;
            } else {
                below++;
            }
        }
        return new Competent(List.copyOf(competent), without, below);
    }

    /** @return every resource person's load against capacity, in document order */
    public List<ResourceLoad> loads() {
        Map<ResourcePerson, Integer> hours = new HashMap<>();
        Map<ResourcePerson, Set<String>> participants = new HashMap<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() != null) {
                hours.merge(a.getResource(), a.hours(), Integer::sum);
                participants.computeIfAbsent(a.getResource(), r -> new LinkedHashSet<>())
                        .add(a.getParticipant().getId());
            }
        }
        List<ResourceLoad> loads = new ArrayList<>();
        for (ResourcePerson resource : plan.getResourcePersons()) {
            loads.add(new ResourceLoad(resource.getId(), hours.getOrDefault(resource, 0), resource.hoursCapacity(),
                    List.copyOf(participants.getOrDefault(resource, Set.of())), resource.participantsCapacity()));
        }
        return loads;
    }

    private String summary(NeedAssignment a, Competent competent, int unblocked) {
        Messages messages = scoring.messages();
        String topic = NoveltyWords.label(a.getNeed().topic());
        if (plan.getResourcePersons().isEmpty()) {
            return messages.get("accompaniment.uncovered.nobody");
        }
        String others = notListed(messages, topic, a.getMinimumLevel(), competent);
        if (competent.resources().isEmpty()) {
            return messages.get("accompaniment.uncovered.noneCompetent", topic, a.getMinimumLevel(), others);
        }
        if (unblocked > 0) {
            return messages.get("accompaniment.uncovered.unblocked", unblocked, others);
        }
        return messages.get("accompaniment.uncovered.blocked", topic, others);
    }

    /** @return e.g. " Not listed: 40 resource persons with no competence on pitch, 3 below level 3." or "" */
    private static String notListed(Messages messages, String topic, int minimumLevel, int withoutCompetence,
            int belowMinimum) {
        List<String> parts = new ArrayList<>();
        if (withoutCompetence > 0) {
            parts.add(messages.get("accompaniment.notListed.without", withoutCompetence, topic));
        }
        if (belowMinimum > 0) {
            parts.add(messages.get(parts.isEmpty() ? "accompaniment.notListed.belowOnly"
                    : "accompaniment.notListed.below", belowMinimum, minimumLevel, topic));
        }
        return parts.isEmpty() ? "" : messages.get("accompaniment.notListed", String.join(", ", parts));
    }

    private static String notListed(Messages messages, String topic, int minimumLevel, Competent competent) {
        return notListed(messages, topic, minimumLevel, competent.withoutCompetence(), competent.belowMinimum());
    }
}
