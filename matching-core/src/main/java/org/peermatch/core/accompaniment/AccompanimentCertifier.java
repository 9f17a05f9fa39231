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
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

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
        Messages messages = programme.messages();
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
                        messages.get("accompaniment.certify.noOffer", assignment.resource())));
                continue;
            }
            int level = resource.levelOn(assignment.topic());
            if (level < minimum) {
                violations.add(new Violation(AccompanimentConstraint.COMPETENCE_TOO_LOW.id(),
                        messages.get("accompaniment.certify.level", name(resource),
                                NoveltyWords.label(assignment.topic()), name(participant), level, minimum)));
            }
            hoursByResource.merge(resource.id(), assignment.hours(), Integer::sum);
            participantsByResource.computeIfAbsent(resource.id(), id -> new LinkedHashSet<>()).add(participant.id());
            resourcesByParticipant.computeIfAbsent(participant.id(), id -> new LinkedHashSet<>()).add(resource.id());
            if (pairsSeen.add(participant.id() + " " + resource.id())) {
                PairFacts facts = scoring.facts(participant, resource);
                if (facts.conflicted()) {
                    violations.add(new Violation(AccompanimentConstraint.CONFLICT_OF_INTEREST.id(),
                            messages.get("accompaniment.certify.conflict", name(participant), name(resource),
                                    facts.conflict())));
                }
                if (facts.missingHalfDays() > 0) {
                    violations.add(new Violation(AccompanimentConstraint.TOO_LITTLE_COMMON_AVAILABILITY.id(),
                            messages.get("accompaniment.certify.availability", name(participant), name(resource),
                                    facts.commonHalfDays(), facts.requiredHalfDays())));
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
                        messages.get("accompaniment.certify.undatable", name(participant), name(resource),
                                meetings, entry.getValue(), datable)));
            }
        }
        for (Map.Entry<String, Integer> entry : hoursByResource.entrySet()) {
            Member resource = member(entry.getKey());
            Offer offer = resource.offer(Mode.ACCOMPANIMENT);
            if (entry.getValue() > offer.hours()) {
                violations.add(new Violation(AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id(),
                        messages.get("accompaniment.certify.hours", name(resource), entry.getValue(),
                                offer.hours())));
            }
            int participants = participantsByResource.get(entry.getKey()).size();
            if (participants > offer.participants()) {
                violations.add(new Violation(AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id(),
                        messages.get("accompaniment.certify.participants", name(resource), participants,
                                offer.participants())));
            }
        }
        int max = programme.accompaniment().maxResourcePersons();
        for (Map.Entry<String, Set<String>> entry : resourcesByParticipant.entrySet()) {
            if (entry.getValue().size() > max) {
                violations.add(new Violation(AccompanimentConstraint.TOO_MANY_RESOURCE_PERSONS.id(),
                        messages.get("accompaniment.certify.resourcePersons", name(member(entry.getKey())),
                                entry.getValue().size(), max)));
            }
        }
        for (PinnedPair pin : programme.decisions().pinned()) {
            boolean kept = assignments.stream().anyMatch(a -> a.participant().equals(pin.participant())
                    && a.resource().equals(pin.resource())
                    && (pin.topic() == null || a.topic().equals(pin.topic())));
            if (!kept) {
                violations.add(new Violation(AccompanimentConstraint.PINNED_PAIR_MISSING.id(),
                        pin.topic() == null
                                ? messages.get("accompaniment.certify.pinned", name(member(pin.participant())),
                                        name(member(pin.resource())))
                                : messages.get("accompaniment.certify.pinnedOn", name(member(pin.participant())),
                                        name(member(pin.resource())), NoveltyWords.label(pin.topic()))));
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
