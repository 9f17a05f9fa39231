package org.peermatch.core.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.peermatch.core.model.ForbiddenPair;

/**
 * Re-checks a plan of rotating groups from scratch, by person ids and plain counting, sharing no code with the
 * search: every round holds every person exactly once, group sizes are the problem's, and every pair's meetings
 * are recounted (history included). O(W·N·S + H + F) for H history lines and F forbidden pairs.
 */
public final class RotatingGroupsCertifier {

    private RotatingGroupsCertifier() {
    }

    /**
     * Checks a result, including that its figures equal the recount.
     *
     * @param problem what was asked
     * @param result what the solver returned
     * @return the recount and every violation
     */
    public static GroupsCertificate certify(RotatingGroupsProblem problem, RotatingGroupsResult result) {
        GroupsCertificate recount = certify(problem, result.rounds());
        List<String> violations = new ArrayList<>(recount.violations());
        compare("repeated pairs", result.repeatedPairs(), recount.repeatedPairs(), violations);
        compare("repeat meetings", result.repeatMeetings(), recount.repeatMeetings(), violations);
        compare("most meetings of a pair", result.maxMeetings(), recount.maxMeetings(), violations);
        compare("forbidden pairs together", result.forbiddenPairsTogether(), recount.forbiddenPairsTogether(),
                violations);
        compare("novelty cost", result.noveltyCost(), recount.noveltyCost(), violations);
        return new GroupsCertificate(violations, recount.repeatedPairs(), recount.repeatMeetings(),
                recount.maxMeetings(), recount.forbiddenPairsTogether(), recount.noveltyCost());
    }

    /**
     * Checks rounds, e.g. read back from a file.
     *
     * @param problem what was asked
     * @param rounds the plan
     * @return the recount and every violation
     */
    public static GroupsCertificate certify(RotatingGroupsProblem problem, List<GroupRound> rounds) {
        List<String> violations = new ArrayList<>();
        Set<String> people = new HashSet<>(problem.people());
        if (rounds.size() != problem.rounds()) {
            violations.add("The plan has " + rounds.size() + " rounds instead of " + problem.rounds() + ".");
        }
        List<Integer> expectedSizes = problem.groupSizes().stream().sorted().toList();
        Map<String, Integer> inPlan = new TreeMap<>();
        for (int r = 0; r < rounds.size(); r++) {
            GroupRound round = rounds.get(r);
            if (round.number() != r + 1) {
                violations.add("Round " + (r + 1) + " is numbered " + round.number() + ".");
            }
            Set<String> seen = new HashSet<>();
            List<Integer> sizes = new ArrayList<>();
            for (int g = 0; g < round.groups().size(); g++) {
                Group group = round.groups().get(g);
                if (group.number() != g + 1) {
                    violations.add("Group " + (g + 1) + " of round " + round.number() + " is numbered "
                            + group.number() + ".");
                }
                sizes.add(group.people().size());
                for (String person : group.people()) {
                    if (!people.contains(person)) {
                        violations.add("Round " + round.number() + " has an unknown person (" + person + ").");
                    } else if (!seen.add(person)) {
                        violations.add("Round " + round.number() + " has (" + person + ") twice.");
                    }
                }
                List<String> members = group.people();
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        inPlan.merge(key(members.get(i), members.get(j)), 1, Integer::sum);
                    }
                }
            }
            for (String person : problem.people()) {
                if (!seen.contains(person)) {
                    violations.add("Round " + round.number() + " leaves out (" + person + ").");
                }
            }
            if (!sizes.stream().sorted().toList().equals(expectedSizes)) {
                violations.add("Round " + round.number() + " has group sizes " + sizes + " instead of "
                        + problem.groupSizes() + " in some order.");
            }
        }
        Map<String, Integer> before = new TreeMap<>();
        for (PastMeeting meeting : problem.history()) {
            before.merge(key(meeting.first(), meeting.second()), meeting.times(), Integer::sum);
        }
        Set<String> forbidden = new HashSet<>();
        for (ForbiddenPair pair : problem.forbiddenPairs()) {
            forbidden.add(key(pair.first(), pair.second()));
        }
        int repeatedPairs = 0;
        int repeatMeetings = 0;
        int maxMeetings = 0;
        int forbiddenTogether = 0;
        long cost = 0;
        for (Map.Entry<String, Integer> entry : inPlan.entrySet()) {
            int planned = entry.getValue();
            int past = before.getOrDefault(entry.getKey(), 0);
            int total = past + planned;
            maxMeetings = Math.max(maxMeetings, total);
            if (total >= 2) {
                repeatedPairs++;
            }
            repeatMeetings += past > 0 ? planned : planned - 1;
            cost += (long) total * (total - 1) / 2 - (long) past * (past - 1) / 2;
            if (forbidden.contains(entry.getKey())) {
                forbiddenTogether += planned;
            }
        }
        return new GroupsCertificate(violations, repeatedPairs, repeatMeetings, maxMeetings, forbiddenTogether, cost);
    }

    private static void compare(String figure, long reported, long recounted, List<String> violations) {
        if (reported != recounted) {
            violations.add("The result reports " + figure + " " + reported + " but the recount gives " + recounted
                    + ".");
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }
}
