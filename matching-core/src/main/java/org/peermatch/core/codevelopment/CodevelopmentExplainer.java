package org.peermatch.core.codevelopment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.Acquaintance;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.NoveltyWords;
import org.peermatch.core.text.Messages;

/**
 * Turns a solved co-development plan into the proposal's groups (with their session plans) and unplaced members,
 * explained in the committee's words with the same functions as the constraints ({@link CodevelopmentScoring}).
 */
final class CodevelopmentExplainer {

    private final Programme programme;
    private final NoveltyModel novelty;
    private final CodevelopmentPlan plan;
    private final SessionPlanner planner;
    private final Messages messages;

    CodevelopmentExplainer(Programme programme, NoveltyModel novelty, CodevelopmentPlan plan) {
        this.programme = programme;
        this.novelty = novelty;
        this.plan = plan;
        this.planner = new SessionPlanner(programme);
        this.messages = programme.messages();
    }

    /** @return the formed groups' members, ordered by their first member in document order */
    List<List<CodevelopmentParticipant>> formedGroups() {
        Map<GroupSlot, List<CodevelopmentParticipant>> bySlot = new LinkedHashMap<>();
        List<CodevelopmentParticipant> participants = new ArrayList<>(plan.getParticipants());
        participants.sort(Comparator.comparingInt(CodevelopmentParticipant::getIndex));
        for (CodevelopmentParticipant participant : participants) {
            if (participant.getGroup() != null) {
                bySlot.computeIfAbsent(participant.getGroup(), slot -> new ArrayList<>()).add(participant);
            }
        }
        return new ArrayList<>(bySlot.values());
    }

    /** @return the groups with their sessions and reasons */
    List<CodevelopmentGroup> groups() {
        List<CodevelopmentGroup> groups = new ArrayList<>();
        int number = 1;
        for (List<CodevelopmentParticipant> group : formedGroups()) {
            List<Member> members = group.stream().map(CodevelopmentParticipant::member).toList();
            SessionPlanner.Schedule schedule = planner.plan(members);
            List<String> reasons = new ArrayList<>();
            reasons.addAll(pairReasons(members));
            reasons.add(sectorReason(members));
            reasons.add(timeReason(members.size(), schedule));
            reasons.add(rotationReason(schedule));
            reasons.addAll(schedule.notes());
            groups.add(new CodevelopmentGroup(number++, members.stream().map(Member::id).toList(),
                    schedule.sessions(), reasons));
        }
        return groups;
    }

    /** @return the members in no group, in document order, with why */
    List<UnplacedCodevelopmentMember> unplaced() {
        List<List<CodevelopmentParticipant>> formed = formedGroups();
        List<UnplacedCodevelopmentMember> unplaced = new ArrayList<>();
        int minSize = programme.codevelopment().minSize();
        int maxSize = programme.codevelopment().maxSize();
        for (CodevelopmentParticipant participant : plan.getParticipants()) {
            if (participant.getGroup() != null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (plan.getParticipants().size() < minSize) {
                reasons.add(messages.get("codevelopment.unplaced.tooFew", plan.getParticipants().size(), minSize));
            } else if (formed.isEmpty()) {
                reasons.add(messages.get("codevelopment.unplaced.noGroup", minSize, maxSize));
            } else {
                List<String> blocked = new ArrayList<>();
                List<Integer> free = new ArrayList<>();
                for (int g = 0; g < formed.size(); g++) {
                    List<String> why = new ArrayList<>();
                    for (CodevelopmentParticipant other : formed.get(g)) {
                        String conflict = participant.conflictWith(other);
                        if (conflict != null) {
                            why.add(messages.get("codevelopment.unplaced.conflict", participant.toString(),
                                    other.toString(), conflict));
                        }
                    }
                    if (formed.get(g).size() >= maxSize) {
                        why.add(messages.get("codevelopment.unplaced.full", formed.get(g).size()));
                    }
                    if (why.isEmpty()) {
                        free.add(g + 1);
                    } else {
                        blocked.add(messages.get("codevelopment.unplaced.group", g + 1,
                                String.join(messages.get("accompaniment.candidate.separator"), why)));
                    }
                }
                if (free.isEmpty()) {
                    reasons.add(messages.get("codevelopment.unplaced.blocked", participant.toString(),
                            String.join(", ", blocked)));
                } else {
                    reasons.add(messages.get("codevelopment.unplaced.free", participant.toString(), free.size(),
                            join(free.stream().map(String::valueOf).toList())));
                    if (!blocked.isEmpty()) {
                        reasons.add(messages.get("codevelopment.unplaced.others", String.join(", ", blocked)));
                    }
                }
            }
            unplaced.add(new UnplacedCodevelopmentMember(participant.getId(), reasons));
        }
        return unplaced;
    }

    private List<String> pairReasons(List<Member> members) {
        int total = members.size() * (members.size() - 1) / 2;
        int never = 0;
        List<String> peers = new ArrayList<>();
        List<Long> peerCosts = new ArrayList<>();
        long peersCost = 0;
        List<String> met = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                Member a = members.get(i);
                Member b = members.get(j);
                long cost = CodevelopmentScoring.repeatCost(novelty.pairCost(a.id(), b.id()));
                Acquaintance acquaintance = novelty.acquaintance(a.id(), b.id());
                if (cost == 0) {
                    never++;
                } else if (acquaintance.metDirectly()) {
                    String direct = NoveltyWords.directMeetings(messages, acquaintance);
                    met.add(acquaintance.throughPeers()
                            ? messages.get("codevelopment.pair.metAndPeers", name(a), name(b), direct,
                                    peerNames(acquaintance.commonPeers()), cost)
                            : messages.get("codevelopment.pair.met", name(a), name(b), direct, cost));
                } else {
                    // Dearest first; equal costs keep the group's order.
                    int at = 0;
                    while (at < peerCosts.size() && peerCosts.get(at) >= cost) {
                        at++;
                    }
                    peers.add(at, messages.get("codevelopment.pair.peers", name(a), name(b),
                            peerNames(acquaintance.commonPeers()), cost));
                    peerCosts.add(at, cost);
                    peersCost += cost;
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        if (total == 0) {
            reasons.add(messages.get("codevelopment.pairs.single"));
            return reasons;
        }
        if (never == total) {
            reasons.add(messages.get("codevelopment.pairs.allNew", total));
            return reasons;
        }
        reasons.add(messages.get("codevelopment.pairs.mix", total, never, peers.size(), met.size()));
        reasons.addAll(met);
        if (!peers.isEmpty()) {
            // One sentence for the pairs who only share a peer: they weigh little, the dearest are named.
            int named = Math.min(PEER_PAIRS_NAMED, peers.size());
            String list = String.join(messages.get("accompaniment.candidate.separator"), peers.subList(0, named));
            reasons.add(peers.size() == 1 ? messages.get("codevelopment.pairs.peers.one", peersCost, list)
                    : messages.get(named < peers.size() ? "codevelopment.pairs.peers.dearest"
                            : "codevelopment.pairs.peers.all", peers.size(), peersCost, list));
        }
        return reasons;
    }

    /** How many of the pairs who only share a common peer a group's reasons name. */
    private static final int PEER_PAIRS_NAMED = 3;

    private String sectorReason(List<Member> members) {
        Map<String, Integer> counts = CodevelopmentScoring.sectorCounts(
                members.stream().map(Member::sectors).toList());
        if (counts.isEmpty()) {
            return messages.get("codevelopment.sector.none");
        }
        List<String> parts = new ArrayList<>();
        List<String> dominant = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            parts.add(first ? messages.get("codevelopment.sector.first", NoveltyWords.label(entry.getKey()),
                    entry.getValue(), members.size())
                    : messages.get("codevelopment.sector.other", NoveltyWords.label(entry.getKey()), entry.getValue()));
            first = false;
            if (CodevelopmentScoring.sectorExcess(members.size(), entry.getValue()) > 0) {
                dominant.add(NoveltyWords.label(entry.getKey()));
            }
        }
        String mix = String.join(", ", parts);
        if (dominant.isEmpty()) {
            return messages.get("codevelopment.sector.balanced", mix);
        }
        return messages.get("codevelopment.sector.dominant", mix, join(dominant), dominant.size());
    }

    private String timeReason(int size, SessionPlanner.Schedule schedule) {
        int sessions = CodevelopmentScoring.sessionsNeeded(size, programme.codevelopment().clientsPerSession());
        String sessionCount = messages.get("codevelopment.sessions", sessions);
        if (schedule.commonHalfDays() == 0) {
            return messages.get("codevelopment.time.none", sessionCount);
        }
        String halfDays = messages.get("codevelopment.halfDays", schedule.commonHalfDays());
        String months = messages.get("codevelopment.months", schedule.commonMonths());
        return messages.get(schedule.commonMonths() >= sessions ? "codevelopment.time.enough"
                : "codevelopment.time.short", halfDays, months, sessionCount);
    }

    private String rotationReason(SessionPlanner.Schedule schedule) {
        List<String> turns = new ArrayList<>();
        for (CodevelopmentSession session : schedule.sessions()) {
            String clients = join(session.clients().stream().map(id -> name(programme.member(id))).toList());
            turns.add(session.date() == null ? messages.get("codevelopment.turn.undated", clients)
                    : messages.get("codevelopment.turn.dated", clients, messages.date(session.date()),
                            session.halfDay()));
        }
        return messages.get("codevelopment.rotation", String.join(", ", turns));
    }

    private String peerNames(List<String> ids) {
        List<String> names = ids.stream().map(id -> {
            Member peer = programme.member(id);
            return peer == null ? id : name(peer);
        }).toList();
        if (names.size() <= 2) {
            return join(names);
        }
        return messages.get("scoring.pair.peers.more", names.get(0), names.get(1), names.size() - 2);
    }

    static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }

    static String times(int count) {
        return NoveltyWords.times(count);
    }

    /** @return "a", "a and b", "a, b and c" */
    String join(List<String> words) {
        return messages.and(words);
    }

    /** @return the common half-days of a formed group, for tests */
    BitSet commonHalfDays(List<Member> members) {
        return planner.commonHalfDays(members);
    }
}
