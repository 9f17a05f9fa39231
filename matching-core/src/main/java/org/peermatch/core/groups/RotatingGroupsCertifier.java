package org.peermatch.core.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.text.Messages;

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
        return certify(problem, result, Messages.english());
    }

    /**
     * Checks a result: its plan, and that the figures it reports are those of its plan.
     *
     * @param problem what was asked
     * @param result what the solver returned
     * @param messages the language of the violations
     * @return the recount and every violation
     */
    public static GroupsCertificate certify(RotatingGroupsProblem problem, RotatingGroupsResult result,
            Messages messages) {
        GroupsCertificate recount = certify(problem, result.rounds(), messages);
        List<String> violations = new ArrayList<>(recount.violations());
        compare("repeatedPairs", result.repeatedPairs(), recount.repeatedPairs(), violations, messages);
        compare("repeatMeetings", result.repeatMeetings(), recount.repeatMeetings(), violations, messages);
        compare("maxMeetings", result.maxMeetings(), recount.maxMeetings(), violations, messages);
        compare("forbiddenTogether", result.forbiddenPairsTogether(), recount.forbiddenPairsTogether(),
                violations, messages);
        compare("noveltyCost", result.noveltyCost(), recount.noveltyCost(), violations, messages);
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
        return certify(problem, rounds, Messages.english());
    }

    /**
     * Checks rounds, e.g. read back from a file.
     *
     * @param problem what was asked
     * @param rounds the plan
     * @param messages the language of the violations
     * @return the recount and every violation
     */
    public static GroupsCertificate certify(RotatingGroupsProblem problem, List<GroupRound> rounds,
            Messages messages) {
        List<String> violations = new ArrayList<>();
        Set<String> people = new HashSet<>(problem.people());
        if (rounds.size() != problem.rounds()) {
            violations.add(messages.get("groups.check.rounds", rounds.size(), problem.rounds()));
        }
        List<Integer> expectedSizes = problem.groupSizes().stream().sorted().toList();
        Map<String, Integer> inPlan = new TreeMap<>();
        for (int r = 0; r < rounds.size(); r++) {
            GroupRound round = rounds.get(r);
            if (round.number() != r + 1) {
                violations.add(messages.get("groups.check.roundNumber", r + 1, round.number()));
            }
            Set<String> seen = new HashSet<>();
            List<Integer> sizes = new ArrayList<>();
            for (int g = 0; g < round.groups().size(); g++) {
                Group group = round.groups().get(g);
                if (group.number() != g + 1) {
                    violations.add(messages.get("groups.check.groupNumber", g + 1, round.number(),
                            group.number()));
                }
                sizes.add(group.people().size());
                for (String person : group.people()) {
                    if (!people.contains(person)) {
                        violations.add(messages.get("groups.check.unknownPerson", round.number(), person));
                    } else if (!seen.add(person)) {
                        violations.add(messages.get("groups.check.twice", round.number(), person));
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
                    violations.add(messages.get("groups.check.leftOut", round.number(), person));
                }
            }
            if (!sizes.stream().sorted().toList().equals(expectedSizes)) {
                violations.add(messages.get("groups.check.sizes", round.number(), sizes, problem.groupSizes()));
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

    private static void compare(String figure, long reported, long recounted, List<String> violations,
            Messages messages) {
        if (reported != recounted) {
            violations.add(messages.get("groups.check.figure", messages.get("groups.figure." + figure), reported,
                    recounted));
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }
}
