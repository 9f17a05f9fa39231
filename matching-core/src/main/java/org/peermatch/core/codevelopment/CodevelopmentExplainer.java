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

/**
 * Turns a solved co-development plan into the proposal's groups (with their session plans) and unplaced members,
 * explained in the committee's words with the same functions as the constraints ({@link CodevelopmentScoring}).
 */
final class CodevelopmentExplainer {

    private final Programme programme;
    private final NoveltyModel novelty;
    private final CodevelopmentPlan plan;
    private final SessionPlanner planner;

    CodevelopmentExplainer(Programme programme, NoveltyModel novelty, CodevelopmentPlan plan) {
        this.programme = programme;
        this.novelty = novelty;
        this.plan = plan;
        this.planner = new SessionPlanner(programme);
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
                reasons.add("Only " + plan.getParticipants().size() + " member"
                        + (plan.getParticipants().size() == 1 ? "" : "s") + " asked for co-development, fewer than"
                        + " the minimum group size of " + minSize + ", so no group can be formed. Maybe lower the"
                        + " minimum size or invite more members.");
            } else if (formed.isEmpty()) {
                reasons.add("No group was formed: no group of " + minSize + " to " + maxSize + " members was found"
                        + " without breaking a rule. Maybe check the conflicts of interest or run the solver longer.");
            } else {
                List<String> blocked = new ArrayList<>();
                List<Integer> free = new ArrayList<>();
                for (int g = 0; g < formed.size(); g++) {
                    List<String> why = new ArrayList<>();
                    for (CodevelopmentParticipant other : formed.get(g)) {
                        String conflict = participant.conflictWith(other);
                        if (conflict != null) {
                            why.add(participant + " and " + other + " " + conflict);
                        }
                    }
                    if (formed.get(g).size() >= maxSize) {
                        why.add("it already has " + formed.get(g).size() + " members, the maximum");
                    }
                    if (why.isEmpty()) {
                        free.add(g + 1);
                    } else {
                        blocked.add("group " + (g + 1) + " (" + String.join("; ", why) + ")");
                    }
                }
                if (free.isEmpty()) {
                    reasons.add(participant + " cannot join any group without breaking a rule: "
                            + String.join(", ", blocked) + ".");
                } else {
                    reasons.add(participant + " could join group" + (free.size() == 1 ? " " : "s ")
                            + join(free.stream().map(String::valueOf).toList()) + " without breaking a rule, but"
                            + " the search left them out (it may have stopped early). Maybe run the solver longer"
                            + " or place them by hand.");
                    if (!blocked.isEmpty()) {
                        reasons.add("Other groups would break a rule: " + String.join(", ", blocked) + ".");
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
                    met.add(name(a) + " and " + name(b) + " " + NoveltyWords.directMeetings(acquaintance)
                            + (acquaintance.throughPeers() ? ", and both worked with "
                                    + peerNames(acquaintance.commonPeers()) + " since" : "")
                            + " (repeat cost " + cost + ").");
                } else {
                    // Dearest first; equal costs keep the group's order.
                    int at = 0;
                    while (at < peerCosts.size() && peerCosts.get(at) >= cost) {
                        at++;
                    }
                    peers.add(at, name(a) + " and " + name(b) + " (both worked with "
                            + peerNames(acquaintance.commonPeers()) + ", cost " + cost + ")");
                    peerCosts.add(at, cost);
                    peersCost += cost;
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        if (total == 0) {
            reasons.add("It has a single member, so no pair.");
            return reasons;
        }
        if (never == total) {
            reasons.add(total == 1 ? "Its only pair is new: they never met before."
                    : "All its " + total + " pairs are new: none of its members met another before.");
            return reasons;
        }
        reasons.add("Of its " + total + " pairs, " + pairs(never, "never met") + ", "
                + pairs(peers.size(), "only share a common peer") + " and " + pairs(met.size(), "met before") + ".");
        reasons.addAll(met);
        if (!peers.isEmpty()) {
            // One sentence for the pairs who only share a peer: they weigh little, the dearest are named.
            int named = Math.min(PEER_PAIRS_NAMED, peers.size());
            reasons.add((peers.size() == 1 ? "The pair who only shares a common peer costs "
                    : "The " + peers.size() + " pairs who only share a common peer cost ") + peersCost
                    + " in all" + (peers.size() == 1 ? ": " : named < peers.size() ? "; the dearest: " : ": ")
                    + String.join("; ", peers.subList(0, named)) + ".");
        }
        return reasons;
    }

    /** How many of the pairs who only share a common peer a group's reasons name. */
    private static final int PEER_PAIRS_NAMED = 3;

    private static String pairs(int count, String what) {
        return count + " " + what.replaceFirst("^only share", count == 1 ? "only shares" : "only share");
    }

    private String sectorReason(List<Member> members) {
        Map<String, Integer> counts = CodevelopmentScoring.sectorCounts(
                members.stream().map(Member::sectors).toList());
        if (counts.isEmpty()) {
            return "Its members gave no sector.";
        }
        List<String> parts = new ArrayList<>();
        List<String> dominant = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            parts.add(NoveltyWords.label(entry.getKey()) + " (" + entry.getValue() + (first ? " of " + members.size() + " members" : "")
                    + ")");
            first = false;
            if (CodevelopmentScoring.sectorExcess(members.size(), entry.getValue()) > 0) {
                dominant.add(NoveltyWords.label(entry.getKey()));
            }
        }
        String mix = "Sectors: " + String.join(", ", parts) + "; ";
        if (dominant.isEmpty()) {
            return mix + "no sector holds more than half of the group.";
        }
        return mix + join(dominant) + (dominant.size() == 1 ? " holds" : " each hold")
                + " more than half of the group.";
    }

    private String timeReason(int size, SessionPlanner.Schedule schedule) {
        int sessions = CodevelopmentScoring.sessionsNeeded(size, programme.codevelopment().clientsPerSession());
        if (schedule.commonHalfDays() == 0) {
            return "Its members share no available half-day in the programme, and it needs "
                    + SessionPlanner.times(sessions, "session") + ".";
        }
        String shared = "Its members are all available on " + SessionPlanner.times(schedule.commonHalfDays(),
                "half-day") + " in " + SessionPlanner.times(schedule.commonMonths(), "month");
        if (schedule.commonMonths() >= sessions) {
            return shared + ", enough for its " + SessionPlanner.times(sessions, "session")
                    + " in distinct months.";
        }
        return shared + ", fewer months than its " + SessionPlanner.times(sessions, "session") + ".";
    }

    private String rotationReason(SessionPlanner.Schedule schedule) {
        List<String> turns = new ArrayList<>();
        for (CodevelopmentSession session : schedule.sessions()) {
            String clients = join(session.clients().stream().map(id -> name(programme.member(id))).toList());
            turns.add(clients + (session.date() == null ? " (not dated)"
                    : " on " + NoveltyWords.day(session.date()) + " (" + session.halfDay() + ")"));
        }
        return "Each member is client once, in the order of the member list: " + String.join(", ", turns) + ".";
    }

    private String peerNames(List<String> ids) {
        List<String> names = ids.stream().map(id -> {
            Member peer = programme.member(id);
            return peer == null ? id : name(peer);
        }).toList();
        if (names.size() <= 2) {
            return join(names);
        }
        int others = names.size() - 2;
        return names.get(0) + ", " + names.get(1) + " and " + others + (others == 1 ? " other" : " others");
    }

    static String name(Member member) {
        return member.name() + " (" + member.id() + ")";
    }

    static String times(int count) {
        return NoveltyWords.times(count);
    }

    /** @return "a", "a and b", "a, b and c" */
    static String join(List<String> words) {
        return NoveltyWords.and(words);
    }

    /** @return the common half-days of a formed group, for tests */
    BitSet commonHalfDays(List<Member> members) {
        return planner.commonHalfDays(members);
    }
}
