package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * Turns a solved accompaniment plan into the proposal's pairs, uncovered needs and loads, explained in the
 * committee's words with the same scoring functions as the constraints ({@link PairScoring}).
 */
public final class AccompanimentExplainer {

    /**
     * The most candidates an uncovered need lists with their verdicts; beyond, those breaking the fewest rules are
     * listed and the others counted by rule in the need's summary.
     */
    public static final int LISTED_CANDIDATES = 20;

    /** The hard rules a candidate can break, in the order verdicts name them (bit i of a candidate's rules). */
    private static final List<AccompanimentConstraint> BLOCKING_RULES = List.of(
            AccompanimentConstraint.CONFLICT_OF_INTEREST, AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY,
            AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED, AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED,
            AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS);

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
     * the hard rules that taking it would break for each — at most {@value #LISTED_CANDIDATES}, those breaking the
     * fewest rules — the others only counted, by reason, in the summary.
     * O(N + R × T + the competent candidates of the uncovered needs) for N needs, R resource persons, T topics.
     *
     * @return the uncovered needs, in participant and need order
     */
    public List<UncoveredNeed> uncovered() {
        Messages messages = scoring.messages();
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
        Map<String, Competent> competentByTopic = new HashMap<>();
        List<UncoveredNeed> uncovered = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getResource() != null) {
                continue;
            }
            Participant participant = a.getParticipant();
            Competent competent = competentByTopic.computeIfAbsent(a.getNeed().topic(), topic -> competent(a));
            List<ResourcePerson> candidates = competent.resources();
            int[] blocking = new int[candidates.size()];
            int unblocked = 0;
            for (int i = 0; i < candidates.size(); i++) {
                blocking[i] = blocking(a, candidates.get(i), hours, participants, resources);
                if (blocking[i] == 0) {
                    unblocked++;
                }
            }
            // Beyond LISTED_CANDIDATES, the ones breaking the fewest rules are listed (in document order), the
            // others counted by rule in the summary: 3 million verdicts at XL were most of the proposal's memory.
            boolean[] listed = listed(blocking);
            int[] unlistedByRule = new int[BLOCKING_RULES.size()];
            int unlisted = 0;
            int unlistedFree = 0;
            List<CandidateVerdict> verdicts = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (listed[i]) {
                    verdicts.add(verdict(messages, a, candidates.get(i), blocking[i], hours, participants, resources));
                    continue;
                }
                unlisted++;
                unlistedFree += blocking[i] == 0 ? 1 : 0;
                for (int rule = 0; rule < BLOCKING_RULES.size(); rule++) {
                    if ((blocking[i] & 1 << rule) != 0) {
                        unlistedByRule[rule]++;
                    }
                }
            }
            String moreCandidates = unlisted == 0 ? "" : moreCandidates(messages, unlisted, unlistedByRule, unlistedFree);
            uncovered.add(new UncoveredNeed(participant.getId(), a.getNeed().topic(), a.getNeed().priority(),
                    a.hours(), verdicts, summary(a, competent, unblocked, moreCandidates)));
        }
        return uncovered;
    }

    /** @return the rules taking the need would break with that resource person, as bits of {@link #BLOCKING_RULES} */
    private static int blocking(NeedAssignment a, ResourcePerson resource, Map<ResourcePerson, Integer> hours,
            Map<ResourcePerson, Set<Participant>> participants, Map<Participant, Set<ResourcePerson>> resources) {
        Participant participant = a.getParticipant();
        int rules = 0;
        if (participant.conflicted(resource)) {
            rules |= 1;
        }
        if (participant.missingHalfDays(resource) > 0) {
            rules |= 1 << 1;
        }
        if (hours.getOrDefault(resource, 0) + a.hours() > resource.hoursCapacity()) {
            rules |= 1 << 2;
        }
        Set<Participant> accompanied = participants.getOrDefault(resource, Set.of());
        if (!accompanied.contains(participant) && accompanied.size() + 1 > resource.participantsCapacity()) {
            rules |= 1 << 3;
        }
        Set<ResourcePerson> met = resources.getOrDefault(participant, Set.of());
        if (!met.contains(resource) && met.size() + 1 > participant.maxResourcePersons()) {
            rules |= 1 << 4;
        }
        return rules;
    }

    /**
     * @return which candidates to list: all of them up to {@link #LISTED_CANDIDATES}, else that many breaking the
     *         fewest rules (the first in document order among equals)
     */
    private static boolean[] listed(int[] blocking) {
        boolean[] listed = new boolean[blocking.length];
        if (blocking.length <= LISTED_CANDIDATES) {
            java.util.Arrays.fill(listed, true);
            return listed;
        }
        int left = LISTED_CANDIDATES;
        for (int rules = 0; rules <= BLOCKING_RULES.size() && left > 0; rules++) {
            for (int i = 0; i < blocking.length && left > 0; i++) {
                if (Integer.bitCount(blocking[i]) == rules) {
                    listed[i] = true;
                    left--;
                }
            }
        }
        return listed;
    }

    /** @return one candidate's verdict: the rules it breaks and why, in the committee's words */
    private static CandidateVerdict verdict(Messages messages, NeedAssignment a, ResourcePerson resource,
            int rules,
            Map<ResourcePerson, Integer> hours, Map<ResourcePerson, Set<Participant>> participants,
            Map<Participant, Set<ResourcePerson>> resources) {
        Participant participant = a.getParticipant();
        List<String> blockedBy = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        boolean conflicted = (rules & 1) != 0;
        boolean unavailable = (rules & 1 << 1) != 0;
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
        if ((rules & 1 << 2) != 0) {
            int used = hours.getOrDefault(resource, 0);
            blockedBy.add(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id());
            reasons.add(messages.get("accompaniment.candidate.hours", resource.hoursCapacity() - used,
                    resource.hoursCapacity(), a.hours()));
        }
        if ((rules & 1 << 3) != 0) {
            blockedBy.add(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id());
            reasons.add(messages.get("accompaniment.candidate.participants",
                    participants.getOrDefault(resource, Set.of()).size()));
        }
        if ((rules & 1 << 4) != 0) {
            blockedBy.add(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id());
            reasons.add(messages.get("accompaniment.candidate.resourcePersons", participant.toString(),
                    resources.getOrDefault(participant, Set.of()).size()));
        }
        if (blockedBy.isEmpty()) {
            reasons.add(messages.get("accompaniment.candidate.free"));
        }
        return new CandidateVerdict(resource.getId(), blockedBy,
                messages.get("accompaniment.candidate", a.levelOf(resource), NoveltyWords.label(a.getNeed().topic()),
                        String.join(messages.get("accompaniment.candidate.separator"), reasons)));
    }

    /** @return e.g. "412 more competent resource persons, blocked by resource-hours-exceeded (300), …" */
    private static String moreCandidates(Messages messages, int unlisted, int[] byRule, int free) {
        List<String> counts = new ArrayList<>();
        for (int rule = 0; rule < BLOCKING_RULES.size(); rule++) {
            if (byRule[rule] > 0) {
                counts.add(BLOCKING_RULES.get(rule).id() + " (" + byRule[rule] + ")");
            }
        }
        String blocked = counts.isEmpty() ? ""
                : messages.get("accompaniment.moreCandidates.blocked", String.join(", ", counts));
        return messages.get("accompaniment.moreCandidates", unlisted, LISTED_CANDIDATES, blocked)
                + (free == 0 ? "" : messages.get("accompaniment.moreCandidates.free", free));
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

    private String summary(NeedAssignment a, Competent competent, int unblocked, String moreCandidates) {
        Messages messages = scoring.messages();
        String topic = NoveltyWords.label(a.getNeed().topic());
        if (plan.getResourcePersons().isEmpty()) {
            return messages.get("accompaniment.uncovered.nobody");
        }
        String others = notListed(messages, topic, a.getMinimumLevel(), competent.withoutCompetence(),
                competent.belowMinimum(), moreCandidates);
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
            int belowMinimum,
            String moreCandidates) {
        List<String> parts = new ArrayList<>();
        if (withoutCompetence > 0) {
            parts.add(messages.get("accompaniment.notListed.without", withoutCompetence, topic));
        }
        if (belowMinimum > 0) {
            parts.add(messages.get(parts.isEmpty() ? "accompaniment.notListed.belowOnly"
                    : "accompaniment.notListed.below", belowMinimum, minimumLevel, topic));
        }
        if (!moreCandidates.isEmpty()) {
            parts.add(moreCandidates);
        }
        return parts.isEmpty() ? "" : messages.get("accompaniment.notListed", String.join(", ", parts));
    }
}
