package org.peermatch.benchmarks.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A proven upper bound on the priority weight any accompaniment plan can cover that keeps what the flow bound
 * ({@link CoverageRelaxation}) drops: each resource person's participant count and unsplit needs. The model of
 * {@link MipCoverage} with "each need covered at most once" (multipliers μ(n) ≥ 0) and "at most maxResourcePersons
 * resource persons per participant" (λ(p) ≥ 0) moved into the objective falls apart into one problem per resource
 * person r: choose at most participants(r) of its participants and, for each, a subset of the needs it may cover,
 * within hours(r), for Σ (weight(n) − μ(n)) − Σ λ(p). That is solved exactly by a dynamic programme over
 * (participants chosen, hours used), each participant's needs enumerated as subsets. For every μ, λ ≥ 0 the value
 * Σ μ + maxResourcePersons · Σ λ + Σ_r (r's problem) bounds every plan; subgradient steps lower it.
 *
 * <p>A measurement, not in the runner (issue 17; figures in the benchmarks README): tight at S and M, too slow to
 * converge at L.
 */
final class LagrangianCoverage {

    /** Most needs of one participant one resource person may cover (their subsets are enumerated). */
    private static final int MAX_NEEDS = 16;

    private final CoverageModel data;
    private final int[] weight;
    private final int[] hours;
    /** For each resource person, its participants and, for each, the needs it may cover. */
    private final int[][] participantsOf;
    private final int[][][] needsOf;

    /** The bound and how it was reached. */
    public record Bound(double value, int steps, double seconds) {
    }

    LagrangianCoverage(CoverageModel data) {
        this.data = data;
        int needCount = data.needs.size();
        weight = new int[needCount];
        hours = new int[needCount];
        for (int n = 0; n < needCount; n++) {
            weight[n] = data.needs.get(n).priorityWeight();
            hours[n] = data.needs.get(n).hours();
        }
        int resources = data.resources.size();
        List<List<Integer>> participants = new ArrayList<>();
        List<List<List<Integer>>> needs = new ArrayList<>();
        for (int r = 0; r < resources; r++) {
            participants.add(new ArrayList<>());
            needs.add(new ArrayList<>());
        }
        for (int p = 0; p < data.participants.size(); p++) {
            for (int n : data.participantNeeds[p]) {
                for (int r : data.needArcs[n]) {
                    List<Integer> own = participants.get(r);
                    if (own.isEmpty() || own.getLast() != p) {
                        own.add(p);
                        needs.get(r).add(new ArrayList<>());
                    }
                    needs.get(r).getLast().add(n);
                }
            }
        }
        participantsOf = new int[resources][];
        needsOf = new int[resources][][];
        for (int r = 0; r < resources; r++) {
            participantsOf[r] = participants.get(r).stream().mapToInt(Integer::intValue).toArray();
            needsOf[r] = needs.get(r).stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
        }
    }

    /**
     * @param steps how many subgradient steps at most
     * @param target a value some plan reaches (Polyak's steps aim from the bound towards it)
     * @param startTheta the first step factor, halved after 10 steps without a lower bound
     * @return the least bound met
     */
    public Bound bound(int steps, double target, double startTheta) {
        long start = System.nanoTime();
        int needCount = weight.length;
        int participantCount = data.participants.size();
        double[] mu = new double[needCount];
        for (int n = 0; n < needCount; n++) {
            mu[n] = weight[n] / 2.0;
        }
        double[] lambda = new double[participantCount];
        double best = Double.POSITIVE_INFINITY;
        double theta = startTheta;
        int sinceBetter = 0;
        int[] covered = new int[needCount];
        int[] chosen = new int[participantCount];
        int done = 0;
        for (int step = 0; step < steps; step++, done++) {
            Arrays.fill(covered, 0);
            Arrays.fill(chosen, 0);
            double value = 0;
            for (int n = 0; n < needCount; n++) {
                value += mu[n];
            }
            for (int p = 0; p < participantCount; p++) {
                value += data.maxResourcePersons * lambda[p];
            }
            for (int r = 0; r < participantsOf.length; r++) {
                value += solveResource(r, mu, lambda, covered, chosen);
            }
            if (value < best - 1e-9) {
                best = value;
                sinceBetter = 0;
            } else if (++sinceBetter >= 10) {
                theta /= 2;
                sinceBetter = 0;
            }
            double norm = 0;
            for (int n = 0; n < needCount; n++) {
                double g = 1 - covered[n];
                if (g < 0 || mu[n] > 0) {
                    norm += g * g;
                }
            }
            for (int p = 0; p < participantCount; p++) {
                double g = data.maxResourcePersons - chosen[p];
                if (g < 0 || lambda[p] > 0) {
                    norm += g * g;
                }
            }
            if (norm == 0 || theta < 1e-4) {
                break;
            }
            double size = theta * Math.max(1e-6, value - target) / norm;
            for (int n = 0; n < needCount; n++) {
                mu[n] = Math.max(0, mu[n] - size * (1 - covered[n]));
            }
            for (int p = 0; p < participantCount; p++) {
                lambda[p] = Math.max(0, lambda[p] - size * (data.maxResourcePersons - chosen[p]));
            }
        }
        return new Bound(best, done, (System.nanoTime() - start) / 1e9);
    }

    /** @return r's best value; its choice is added to covered (per need) and chosen (per participant) */
    private double solveResource(int r, double[] mu, double[] lambda, int[] covered, int[] chosen) {
        int capacity = data.resourceHours[r];
        int most = Math.min(data.resourceParticipants[r], participantsOf[r].length);
        if (capacity <= 0 || most <= 0) {
            return 0;
        }
        int items = participantsOf[r].length;
        // options per participant: subsets of its needs here with a positive value after λ
        int[][] optionHours = new int[items][];
        double[][] optionValue = new double[items][];
        int[][] optionSet = new int[items][];
        for (int i = 0; i < items; i++) {
            int[] needs = needsOf[r][i];
            int p = participantsOf[r][i];
            if (needs.length > MAX_NEEDS) {
                // leaving needs out would lower r's value and could put the bound below the optimum
                throw new IllegalStateException("A participant has " + needs.length + " needs one resource person"
                        + " may cover, more than the " + MAX_NEEDS + " whose subsets this bound enumerates.");
            }
            int subsets = 1 << needs.length;
            int[] h = new int[subsets];
            double[] v = new double[subsets];
            int[] set = new int[subsets];
            int count = 0;
            for (int mask = 1; mask < subsets; mask++) {
                int hh = 0;
                double vv = -lambda[p];
                for (int k = 0; k < needs.length; k++) {
                    if ((mask & 1 << k) != 0) {
                        hh += hours[needs[k]];
                        vv += weight[needs[k]] - mu[needs[k]];
                    }
                }
                if (hh <= capacity && vv > 1e-12) {
                    h[count] = hh;
                    v[count] = vv;
                    set[count] = mask;
                    count++;
                }
            }
            optionHours[i] = Arrays.copyOf(h, count);
            optionValue[i] = Arrays.copyOf(v, count);
            optionSet[i] = Arrays.copyOf(set, count);
        }
        // dp over items, in place (k downwards, so row k - 1 still holds the value before this item), with the option
        // taken per item and state (-1: none) for the trace back
        int width = capacity + 1;
        double[] current = new double[(most + 1) * width];
        Arrays.fill(current, Double.NEGATIVE_INFINITY);
        current[0] = 0;
        short[][] take = new short[items][];
        for (int i = 0; i < items; i++) {
            int options = optionHours[i].length;
            if (options == 0) {
                continue;
            }
            short[] taken = new short[(most + 1) * width];
            Arrays.fill(taken, (short) -1);
            for (int k = most; k >= 1; k--) {
                int row = k * width;
                int below = (k - 1) * width;
                for (int h = capacity; h >= 0; h--) {
                    double bestHere = current[row + h];
                    int chosenOption = -1;
                    for (int o = 0; o < options; o++) {
                        int from = h - optionHours[i][o];
                        if (from >= 0) {
                            double before = current[below + from];
                            if (before != Double.NEGATIVE_INFINITY && before + optionValue[i][o] > bestHere) {
                                bestHere = before + optionValue[i][o];
                                chosenOption = o;
                            }
                        }
                    }
                    if (chosenOption >= 0) {
                        current[row + h] = bestHere;
                        taken[row + h] = (short) chosenOption;
                    }
                }
            }
            take[i] = taken;
        }
        int bestK = 0;
        int bestH = 0;
        double bestValue = 0;
        for (int k = 0; k <= most; k++) {
            for (int h = 0; h <= capacity; h++) {
                if (current[k * width + h] > bestValue) {
                    bestValue = current[k * width + h];
                    bestK = k;
                    bestH = h;
                }
            }
        }
        for (int i = items - 1; i >= 0 && bestK > 0; i--) {
            if (take[i] == null) {
                continue;
            }
            int o = take[i][bestK * width + bestH];
            if (o >= 0) {
                int mask = optionSet[i][o];
                int[] needs = needsOf[r][i];
                for (int k = 0; k < needs.length; k++) {
                    if ((mask & 1 << k) != 0) {
                        covered[needs[k]]++;
                    }
                }
                chosen[participantsOf[r][i]]++;
                bestH -= optionHours[i][o];
                bestK--;
            }
        }
        return bestValue;
    }
}
