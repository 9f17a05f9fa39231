package org.peermatch.benchmarks.datasets;

import java.util.List;

import org.peermatch.core.groups.RotatingGroupsProblem;

/**
 * A Social Golfer instance g-s-w: g groups of s people, w rounds, no pair meeting twice.
 *
 * @param groups g
 * @param size s
 * @param rounds w
 * @param maximumRounds the proven maximum number of rounds without a repeat for g groups of s: the counting bound
 *        ⌊(gs − 1)/(s − 1)⌋ (everyone meets s − 1 new people a round), attained by a known construction for every
 *        instance listed here
 * @param source where the maximum is attained
 */
public record GolferInstance(int groups, int size, int rounds, int maximumRounds, String source) {

    /** The instances of issue 6. */
    public static final List<GolferInstance> ISSUE_6 = List.of(
            new GolferInstance(8, 4, 9, 10, "Aguado's 8-4-10 solution (2004)"),
            new GolferInstance(8, 4, 10, 10, "Aguado's 8-4-10 solution (2004)"),
            new GolferInstance(5, 3, 7, 7, "Kirkman's schoolgirls (a Kirkman triple system of order 15)"),
            new GolferInstance(6, 3, 8, 8, "a nearly Kirkman triple system of order 18"),
            new GolferInstance(7, 4, 9, 9, "a resolvable (28, 4, 1) design"),
            new GolferInstance(6, 4, 7, 7, "known 6-4-7 solutions"));

    /** @return the name, e.g. {@code 8-4-10} */
    public String name() {
        return groups + "-" + size + "-" + rounds;
    }

    /** @return the counting bound ⌊(gs − 1)/(s − 1)⌋ */
    public int countingBound() {
        return (groups * size - 1) / (size - 1);
    }

    /** @return the problem: g·s numbered people, groups of s, w rounds, no history */
    public RotatingGroupsProblem problem() {
        return RotatingGroupsProblem.numbered(groups * size, size, rounds);
    }

    /** @return the instance named g-s-w among {@link #ISSUE_6}, or null */
    public static GolferInstance named(String name) {
        for (GolferInstance instance : ISSUE_6) {
            if (instance.name().equals(name)) {
                return instance;
            }
        }
        return null;
    }
}
