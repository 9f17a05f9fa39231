package org.peermatch.core.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.text.Messages;

/**
 * Rotating groups (networking rounds, break-out tables): split the same people into groups in each of several
 * rounds so that as few pairs as possible meet twice, counting the meetings of earlier events, and forbidden pairs
 * never share a group. With {@code N = 32}, size 4 and no history this is the Social Golfer Problem 8-4-W.
 *
 * <p><b>Group sizes.</b> Each round has {@code g = floor(N / S)} groups; the first {@code N mod S} of them get one
 * extra member, so every group has {@code S} or {@code S + 1} people (10 people of size 4: two groups of 5;
 * 14 people of size 4: 5, 5, 4). This needs {@code N >= S} and {@code N mod S <= floor(N / S)}: 11 people cannot
 * be split into groups of 4 or 5 only, and the constructor says so with a nearby size that works. At most
 * {@link #MAX_PEOPLE} people. The constructor throws a {@link GroupsInputException} with every problem found.
 *
 * @param people the person ids, in the order used for numbering and output; not blank, no duplicates
 * @param groupSize S, the size of a group, at least 2
 * @param rounds W, the number of rounds, at least 1
 * @param history who met before and how many times (a pair may be listed several times; counts add up)
 * @param forbiddenPairs pairs that must never share a group
 */
public record RotatingGroupsProblem(List<String> people, int groupSize, int rounds, List<PastMeeting> history,
        List<ForbiddenPair> forbiddenPairs) {

    /** The most people a problem may have: the search keeps O(N²) pair counters. */
    public static final int MAX_PEOPLE = 2_000;
    /** The most rounds a plan may have. */
    public static final int MAX_ROUNDS = 1_000;

    /** Copies and validates. */
    public RotatingGroupsProblem {
        people = List.copyOf(people);
        history = List.copyOf(history);
        forbiddenPairs = List.copyOf(forbiddenPairs);
        // The files are checked in the user's language before (RotatingGroupsCsv); this is the API's own check.
        Messages messages = Messages.english();
        List<GroupsInputProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            if (person.isBlank()) {
                problems.add(problem("people", messages, "groups.person.blankAt", i + 1));
            } else if (!known.add(person)) {
                problems.add(problem("people", messages, "groups.person.twice", person));
            }
        }
        problems.addAll(checkShape(people.size(), groupSize, rounds, messages));
        for (PastMeeting meeting : history) {
            checkPair(meeting.first(), meeting.second(), known, "history", problems, messages);
        }
        for (ForbiddenPair pair : forbiddenPairs) {
            checkPair(pair.first(), pair.second(), known, "forbiddenPairs", problems, messages);
        }
        if (!problems.isEmpty()) {
            throw new GroupsInputException(problems);
        }
    }

    /**
     * People numbered {@code 1..count}.
     *
     * @param count N, the number of people
     * @param groupSize S
     * @param rounds W
     * @return a problem without history nor forbidden pairs
     */
    public static RotatingGroupsProblem numbered(int count, int groupSize, int rounds) {
        return new RotatingGroupsProblem(numberedPeople(count), groupSize, rounds, List.of(), List.of());
    }

    /**
     * @param count N
     * @return the ids {@code "1"..."N"}
     */
    public static List<String> numberedPeople(int count) {
        return IntStream.rangeClosed(1, Math.max(count, 0)).mapToObj(Integer::toString).toList();
    }

    /** @return a copy with this history */
    public RotatingGroupsProblem withHistory(List<PastMeeting> newHistory) {
        return new RotatingGroupsProblem(people, groupSize, rounds, newHistory, forbiddenPairs);
    }

    /** @return a copy with these forbidden pairs */
    public RotatingGroupsProblem withForbiddenPairs(List<ForbiddenPair> newForbiddenPairs) {
        return new RotatingGroupsProblem(people, groupSize, rounds, history, newForbiddenPairs);
    }

    /** @return the number of groups in each round, {@code floor(N / S)} */
    public int groupCount() {
        return people.size() / groupSize;
    }

    /** @return the size of each group of a round, in group order: {@code S + 1} for the first {@code N mod S} */
    public List<Integer> groupSizes() {
        int extra = people.size() % groupSize;
        return IntStream.range(0, groupCount()).mapToObj(g -> g < extra ? groupSize + 1 : groupSize).toList();
    }

    /**
     * Checks the numbers alone: size, rounds, and whether N people split into groups of S and S + 1.
     *
     * @param count N
     * @param groupSize S
     * @param rounds W
     * @return the problems (in English), with fields {@code size}, {@code rounds} or {@code people}; empty when fine
     */
    public static List<GroupsInputProblem> checkShape(int count, int groupSize, int rounds) {
        return checkShape(count, groupSize, rounds, Messages.english());
    }

    /**
     * Checks the numbers alone: size, rounds, and whether N people split into groups of S and S + 1.
     *
     * @param count N
     * @param groupSize S
     * @param rounds W
     * @param messages the language of the problems
     * @return the problems, with fields {@code size}, {@code rounds} or {@code people}; empty when fine
     */
    public static List<GroupsInputProblem> checkShape(int count, int groupSize, int rounds, Messages messages) {
        List<GroupsInputProblem> problems = new ArrayList<>();
        if (groupSize < 2) {
            problems.add(problem("size", messages, "groups.size.belowTwo", groupSize));
        }
        if (rounds < 1) {
            problems.add(problem("rounds", messages, "groups.rounds.belowOne", rounds));
        } else if (rounds > MAX_ROUNDS) {
            problems.add(new GroupsInputProblem(null, 0, "rounds", messages.get("groups.rounds.tooMany", rounds,
                    MAX_ROUNDS), messages.get("groups.rounds.tooMany.advice", MAX_ROUNDS)));
        }
        if (count > MAX_PEOPLE) {
            problems.add(problem("people", messages, "groups.people.exceed", count, MAX_PEOPLE));
        } else if (groupSize >= 2 && count < groupSize) {
            problems.add(new GroupsInputProblem(null, 0, "people", messages.get("groups.people.fewerThanSize", count,
                    groupSize), count >= 2 ? messages.get("groups.people.fewerThanSize.smaller", count)
                            : messages.get("groups.people.fewerThanSize.advice")));
        } else if (groupSize >= 2 && count % groupSize > count / groupSize) {
            problems.add(new GroupsInputProblem(null, 0, "people", messages.get("groups.people.cannotSplit", count,
                    groupSize, groupSize + 1), shapeAdvice(count, groupSize, messages)));
        }
        return problems;
    }

    /** @return a problem of a parameter, the key's sentence and its advice */
    private static GroupsInputProblem problem(String field, Messages messages, String key, Object... arguments) {
        return new GroupsInputProblem(null, 0, field, messages.get(key, arguments),
                messages.get(key + ".advice", arguments));
    }

    private static String shapeAdvice(int count, int groupSize, Messages messages) {
        int smaller = groupSize - 1;
        while (smaller >= 2 && count % smaller > count / smaller) {
            smaller--;
        }
        int more = count;
        while (more % groupSize > more / groupSize) {
            more++;
        }
        int fewer = count;
        while (fewer >= groupSize && fewer % groupSize > fewer / groupSize) {
            fewer--;
        }
        List<String> ways = new ArrayList<>();
        if (smaller >= 2) {
            ways.add(messages.get("groups.shape.useSize", smaller));
        }
        ways.add(messages.get("groups.shape.add", more - count));
        if (fewer >= groupSize) {
            ways.add(messages.get("groups.shape.remove", count - fewer));
        }
        return messages.get("groups.shape.advice", String.join(messages.get("groups.shape.or"), ways));
    }

    private static void checkPair(String first, String second, Set<String> known, String field,
            List<GroupsInputProblem> problems, Messages messages) {
        for (String person : new String[] {first, second}) {
            if (person == null || !known.contains(person)) {
                problems.add(problem(field, messages, "groups.person.unknown", person));
            }
        }
        if (first != null && first.equals(second)) {
            problems.add(problem(field, messages, "groups.pair.same", first));
        }
    }
}
