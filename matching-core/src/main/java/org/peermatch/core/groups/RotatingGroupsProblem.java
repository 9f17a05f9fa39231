package org.peermatch.core.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.peermatch.core.model.ForbiddenPair;

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
        List<GroupsInputProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            if (person.isBlank()) {
                problems.add(new GroupsInputProblem(null, 0, "people",
                        "The person at position " + (i + 1) + " has a blank id.",
                        "Maybe remove the empty entry or give the person an id."));
            } else if (!known.add(person)) {
                problems.add(new GroupsInputProblem(null, 0, "people",
                        "The person (" + person + ") appears twice.", "Maybe remove the duplicate."));
            }
        }
        problems.addAll(checkShape(people.size(), groupSize, rounds));
        for (PastMeeting meeting : history) {
            checkPair(meeting.first(), meeting.second(), known, "history", problems);
        }
        for (ForbiddenPair pair : forbiddenPairs) {
            checkPair(pair.first(), pair.second(), known, "forbiddenPairs", problems);
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
     * @return the problems, with fields {@code size}, {@code rounds} or {@code people}; empty when fine
     */
    public static List<GroupsInputProblem> checkShape(int count, int groupSize, int rounds) {
        List<GroupsInputProblem> problems = new ArrayList<>();
        if (groupSize < 2) {
            problems.add(new GroupsInputProblem(null, 0, "size", "The group size (" + groupSize + ") is below 2.",
                    "Maybe use 2 or more: a group is where people meet."));
        }
        if (rounds < 1) {
            problems.add(new GroupsInputProblem(null, 0, "rounds", "The number of rounds (" + rounds
                    + ") is below 1.", "Maybe plan at least one round."));
        } else if (rounds > MAX_ROUNDS) {
            problems.add(new GroupsInputProblem(null, 0, "rounds", "The number of rounds (" + rounds
                    + ") is more than the " + MAX_ROUNDS + " allowed.", "Maybe plan at most " + MAX_ROUNDS
                            + " rounds: beyond N - 1 rounds every pair meets again anyway."));
        }
        if (count > MAX_PEOPLE) {
            problems.add(new GroupsInputProblem(null, 0, "people", "The " + count + " people exceed the maximum ("
                    + MAX_PEOPLE + ").", "Maybe split the event into several independent sessions."));
        } else if (groupSize >= 2 && count < groupSize) {
            problems.add(new GroupsInputProblem(null, 0, "people", "The " + peopleCount(count)
                    + " fewer than the group size (" + groupSize + ").", count >= 2
                            ? "Maybe use a size of at most " + count + ", or add people."
                            : "Maybe add people."));
        } else if (groupSize >= 2 && count % groupSize > count / groupSize) {
            problems.add(new GroupsInputProblem(null, 0, "people", "The " + count
                    + " people cannot be split into groups of " + groupSize + " or " + (groupSize + 1)
                    + " only.", shapeAdvice(count, groupSize)));
        }
        return problems;
    }

    private static String peopleCount(int count) {
        return count == 1 ? "1 person is" : count + " people are";
    }

    private static String shapeAdvice(int count, int groupSize) {
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
        StringBuilder advice = new StringBuilder("Maybe ");
        if (smaller >= 2) {
            advice.append("use size ").append(smaller).append(", or ");
        }
        advice.append("add ").append(more - count).append(more - count == 1 ? " person" : " people");
        if (fewer >= groupSize) {
            advice.append(", or remove ").append(count - fewer).append(count - fewer == 1 ? " person" : " people");
        }
        return advice.append('.').toString();
    }

    private static void checkPair(String first, String second, Set<String> known, String field,
            List<GroupsInputProblem> problems) {
        for (String person : new String[] {first, second}) {
            if (person == null || !known.contains(person)) {
                problems.add(new GroupsInputProblem(null, 0, field, "The person (" + person
                        + ") is not among the people.", "Maybe check the spelling, or add the person to the people."));
            }
        }
        if (first != null && first.equals(second)) {
            problems.add(new GroupsInputProblem(null, 0, field, "The pair (" + first + ", " + second
                    + ") names the same person twice.", "Maybe name two different people."));
        }
    }
}
