package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Violation;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * Re-checks every hard rule of individual accompaniment on a list of pairs, in plain Java, independently of the
 * solver's score: what it finds is what the proposal lists as broken rules.
 */
public final class AccompanimentCertifier {

    private final Programme programme;
    private final PairScoring scoring;
    private final Map<String, Member> memberById = new HashMap<>();

    /** Prepares a certifier for a programme. */
    public AccompanimentCertifier(Programme programme, PairScoring scoring) {
        this.programme = programme;
        this.scoring = scoring;
        // Programme.member scans the members: indexed once, so certifying is linear in the pairs.
        for (Member member : programme.members()) {
            memberById.putIfAbsent(member.id(), member);
        }
    }

    /** @return every hard rule the assignments break, in domain words; empty when all are met */
    public List<Violation> violations(List<Assignment> assignments) {
        List<Violation> violations = new ArrayList<>();
        int minimum = programme.accompaniment().minimumLevel();
        Map<String, Integer> hoursByResource = new LinkedHashMap<>();
        Map<String, Set<String>> participantsByResource = new LinkedHashMap<>();
        Map<String, Set<String>> resourcesByParticipant = new LinkedHashMap<>();
        Set<String> pairsSeen = new LinkedHashSet<>();
        for (Assignment assignment : assignments) {
            Member participant = member(assignment.participant());
            Member resource = member(assignment.resource());
            if (participant == null || resource == null || resource.offer(Mode.ACCOMPANIMENT) == null) {
                violations.add(new Violation(AccompanimentConstraint.CONFLICT_OF_INTEREST.id(),
                        assignment.resource() + " does not offer accompaniment"));
                continue;
            }
            int level = resource.levelOn(assignment.topic());
            if (level < minimum) {
                violations.add(new Violation(AccompanimentConstraint.COMPETENCE_TOO_LOW.id(),
                        name(resource) + " covers " + assignment.topic() + " for " + name(participant) + " at level "
                                + level + ", below the minimum " + minimum + "."));
            }
            hoursByResource.merge(resource.id(), assignment.hours(), Integer::sum);
            participantsByResource.computeIfAbsent(resource.id(), id -> new LinkedHashSet<>()).add(participant.id());
            resourcesByParticipant.computeIfAbsent(participant.id(), id -> new LinkedHashSet<>()).add(resource.id());
            if (pairsSeen.add(participant.id() + " " + resource.id())) {
                PairFacts facts = scoring.facts(participant, resource);
                if (facts.conflicted()) {
                    violations.add(new Violation(AccompanimentConstraint.CONFLICT_OF_INTEREST.id(),
                            name(participant) + " and " + name(resource) + " " + facts.conflict() + "."));
                }
                if (facts.missingHalfDays() > 0) {
                    violations.add(new Violation(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id(),
                            name(participant) + " and " + name(resource) + " share " + facts.commonHalfDays()
                                    + " available half-days, " + facts.requiredHalfDays() + " needed."));
                }
            }
        }
        MeetingSpread spread = new MeetingSpread(programme);
        Map<String, Integer> hoursByPair = new LinkedHashMap<>();
        for (Assignment assignment : assignments) {
            if (member(assignment.participant()) != null && member(assignment.resource()) != null) {
                hoursByPair.merge(assignment.participant() + " " + assignment.resource(), assignment.hours(),
                        Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> entry : hoursByPair.entrySet()) {
            String[] ids = entry.getKey().split(" ");
            Member participant = member(ids[0]);
            Member resource = member(ids[1]);
            int meetings = spread.meetingsFor(entry.getValue());
            int datable = spread.datable(participant, resource);
            if (meetings > datable && programme.weights().getOrDefault(
                    AccompanimentConstraint.MEETINGS_CANNOT_BE_DATED.id(), 1L) != 0) {
                violations.add(new Violation(AccompanimentConstraint.MEETINGS_CANNOT_BE_DATED.id(),
                        name(participant) + " and " + name(resource) + " need " + meetings + " meetings for "
                                + entry.getValue() + " hours, but their common half-days date only " + datable
                                + " at the minimum cadence."));
            }
        }
        for (Map.Entry<String, Integer> entry : hoursByResource.entrySet()) {
            Member resource = member(entry.getKey());
            Offer offer = resource.offer(Mode.ACCOMPANIMENT);
            if (entry.getValue() > offer.hours()) {
                violations.add(new Violation(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id(),
                        name(resource) + " is given " + entry.getValue() + " hours but offers " + offer.hours() + "."));
            }
            int participants = participantsByResource.get(entry.getKey()).size();
            if (participants > offer.participants()) {
                violations.add(new Violation(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id(),
                        name(resource) + " accompanies " + participants + " participants but offers "
                                + offer.participants() + "."));
            }
        }
        int max = programme.accompaniment().maxResourcePersons();
        for (Map.Entry<String, Set<String>> entry : resourcesByParticipant.entrySet()) {
            if (entry.getValue().size() > max) {
                violations.add(new Violation(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id(),
                        name(member(entry.getKey())) + " has " + entry.getValue().size()
                                + " resource persons, at most " + max + " allowed."));
            }
        }
        for (PinnedPair pin : programme.decisions().pinned()) {
            boolean kept = assignments.stream().anyMatch(a -> a.participant().equals(pin.participant())
                    && a.resource().equals(pin.resource())
                    && (pin.topic() == null || a.topic().equals(pin.topic())));
            if (!kept) {
                violations.add(new Violation(AccompanimentConstraint.PINNED_PAIR_MISSING.id(),
                        "The committee pinned " + name(member(pin.participant())) + " with "
                                + name(member(pin.resource()))
                                + (pin.topic() == null ? "" : " on " + pin.topic()) + ", but they are not paired."));
            }
        }
        return violations;
    }

    private Member member(String id) {
        return memberById.get(id);
    }

    static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
