package org.peermatch.core.accompaniment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * The covering side of accompaniment on plain arrays, for a search much faster than scoring the whole plan: which
 * resource person covers each need, within every hard rule (competence, conflicts, common availability, datable
 * meetings, hours and participants offered, resource persons per participant), for the most priority weight. The
 * soft rules are left to the local search that follows.
 *
 * <p>Two steps. {@link #lagrangianStart} moves "each need covered once" and "at most so many resource persons per
 * participant" into the objective with prices, so that the plan falls apart into one problem per resource person
 * (which participants and needs to take within their hours and participants), each solved exactly by a dynamic
 * programme over (participants, hours); subgradient steps adjust the prices, and each round's choices, their
 * overlaps removed and the rest filled greedily, give a plan. {@link #search} then ruins one or two resource
 * persons competent on an uncovered need and repacks each exactly, with the same dynamic programme over the needs
 * they may take, then re-covers the needs left out greedily; a result covering no less weight is kept. The prices
 * guide it: the first resource person ruined is drawn where the plan departs most from the relaxation's choice at
 * the prices, and the repacks charge half the prices, so that a need others can cover weighs less.
 */
final class CoveragePacking {

    /** Most needs of one participant one resource person may cover: their subsets are enumerated. */
    static final int MAX_NEEDS_PER_PAIR = 12;
    /** At most this many resource persons are ruined at once. */
    private static final int MAX_RUINED = 2;
    /**
     * The repacks value a need at its weight less this share of its price (and a participant met anew at less this
     * share of its price): 0.5 to 1 measured alike at M, 0 a point lower.
     */
    private static final double PRICE_SHARE = 0.5;
    /** Every resource person's chance to be drawn counts this much slack at least. */
    private static final double LEAST_SLACK = 0.01;
    /**
     * A repacked need's value is its weight times 1 plus up to this much noise, so that repeated repacks of the same
     * resource persons try other choices of equal weight (0.3–1 measured alike at M, 0 clearly worse).
     */
    private static final double NOISE = 0.5;
    /** The dynamic programme's value of an unreachable state. */
    private static final double UNREACHABLE = -1e300;

    private final NeedAssignment[] needs;
    private final ResourcePerson[] resources;
    private final Participant[] participants;
    private final long[] weight;
    private final int[] hours;
    private final int[] owner;
    /** For each need, the resource persons allowed to cover it. */
    private final int[][] arcs;
    private final int[] hoursCapacity;
    private final int[] participantsCapacity;
    private final int[] most;
    /** The dynamic programme counts hours in units of the needs' common divisor. */
    private final int unit;
    /**
     * For each resource person, the needs it may cover, participant by participant (an item: one participant's
     * needs), and where each item starts (one more than the items, the last the end).
     */
    private final int[][] resourceNeeds;
    private final int[][] itemStart;

    // the current plan
    private final int[] assigned;
    private final int[] hoursLeft;
    private final int[] participantsLeft;
    /** For each participant, its resource persons and the hours each covers. */
    private final int[][] held;
    private final int[][] heldHours;
    private final int[] heldCount;
    private long value;
    /** The uncovered needs that have a resource person allowed, and each one's place in that list (-1: none). */
    private final int[] open;
    private final int[] openAt;
    private int openCount;
    /** The prices of the least bound {@link #lagrangianStart} found, or null before it. */
    private double[] needPrice;
    private double[] participantPrice;
    /** Each resource person's best value at those prices, and its current choice's. */
    private double[] priced;
    private double[] pricedNow;
    /** The prices the repacks charge: {@value #PRICE_SHARE} of those. */
    private double[] repackNeedPrice;
    private double[] repackParticipantPrice;
    /** The changes of the move being tried: need, previous resource person (-1: none). */
    private int[] journal = new int[64];
    private int journalSize;

    private CoveragePacking(List<NeedAssignment> needList, List<ResourcePerson> resourceList,
            List<Participant> participantList) {
        needs = needList.toArray(new NeedAssignment[0]);
        resources = resourceList.toArray(new ResourcePerson[0]);
        participants = participantList.toArray(new Participant[0]);
        Map<ResourcePerson, Integer> resourceIndex = new HashMap<>();
        for (int r = 0; r < resources.length; r++) {
            resourceIndex.put(resources[r], r);
        }
        Map<Participant, Integer> participantIndex = new HashMap<>();
        for (int p = 0; p < participants.length; p++) {
            participantIndex.put(participants[p], p);
        }
        int needCount = needs.length;
        weight = new long[needCount];
        hours = new int[needCount];
        owner = new int[needCount];
        arcs = new int[needCount][];
        hoursCapacity = new int[resources.length];
        participantsCapacity = new int[resources.length];
        for (int r = 0; r < resources.length; r++) {
            hoursCapacity[r] = resources[r].hoursCapacity();
            participantsCapacity[r] = resources[r].participantsCapacity();
        }
        most = new int[participants.length];
        for (int p = 0; p < participants.length; p++) {
            most[p] = participants[p].maxResourcePersons();
        }
        int common = 0;
        for (int n = 0; n < needCount; n++) {
            NeedAssignment need = needs[n];
            Participant participant = need.getParticipant();
            weight[n] = need.getCoverWeight();
            hours[n] = need.hours();
            owner[n] = participantIndex.get(participant);
            common = gcd(common, hours[n]);
            List<ResourcePerson> candidates = need.getSlots().isEmpty() ? List.of()
                    : need.getSlots().getFirst().getCandidates();
            int[] allowed = new int[candidates.size()];
            int count = 0;
            for (ResourcePerson resource : candidates) {
                Integer r = resourceIndex.get(resource);
                if (r != null && need.levelOf(resource) >= need.getMinimumLevel()
                        && hours[n] <= hoursCapacity[r] && !participant.conflicted(resource)
                        && participant.missingHalfDays(resource) == 0
                        && datable(owner[n], r, hours[n])) {
                    allowed[count++] = r;
                }
            }
            arcs[n] = Arrays.copyOf(allowed, count);
            Arrays.sort(arcs[n]);
        }
        unit = Math.max(1, common);
        // needs are listed participant by participant, so each resource person's items are too; counted first,
        // then filled, in flat arrays (XL has millions of arcs)
        int[] arcCount = new int[resources.length];
        int[] itemCount = new int[resources.length];
        int[] lastOwner = new int[resources.length];
        Arrays.fill(lastOwner, -1);
        for (int n = 0; n < needCount; n++) {
            for (int r : arcs[n]) {
                arcCount[r]++;
                if (lastOwner[r] != owner[n]) {
                    lastOwner[r] = owner[n];
                    itemCount[r]++;
                }
            }
        }
        resourceNeeds = new int[resources.length][];
        itemStart = new int[resources.length][];
        for (int r = 0; r < resources.length; r++) {
            resourceNeeds[r] = new int[arcCount[r]];
            itemStart[r] = new int[itemCount[r] + 1];
            itemStart[r][itemCount[r]] = arcCount[r];
        }
        Arrays.fill(arcCount, 0);
        Arrays.fill(itemCount, 0);
        Arrays.fill(lastOwner, -1);
        for (int n = 0; n < needCount; n++) {
            for (int r : arcs[n]) {
                if (lastOwner[r] != owner[n]) {
                    lastOwner[r] = owner[n];
                    itemStart[r][itemCount[r]++] = arcCount[r];
                }
                resourceNeeds[r][arcCount[r]++] = n;
            }
        }
        assigned = new int[needCount];
        hoursLeft = new int[resources.length];
        participantsLeft = new int[resources.length];
        held = new int[participants.length][];
        heldHours = new int[participants.length][];
        heldCount = new int[participants.length];
        for (int p = 0; p < participants.length; p++) {
            held[p] = new int[most[p]];
            heldHours[p] = new int[most[p]];
        }
        open = new int[needCount];
        openAt = new int[needCount];
        clear();
    }

    /** A copy that shares the programme's arrays and the prices, with its own plan (the same as now). */
    private CoveragePacking(CoveragePacking from) {
        needs = from.needs;
        resources = from.resources;
        participants = from.participants;
        weight = from.weight;
        hours = from.hours;
        owner = from.owner;
        arcs = from.arcs;
        hoursCapacity = from.hoursCapacity;
        participantsCapacity = from.participantsCapacity;
        most = from.most;
        unit = from.unit;
        resourceNeeds = from.resourceNeeds;
        itemStart = from.itemStart;
        needPrice = from.needPrice;
        participantPrice = from.participantPrice;
        priced = from.priced;
        repackNeedPrice = from.repackNeedPrice;
        repackParticipantPrice = from.repackParticipantPrice;
        pricedNow = from.pricedNow == null ? null : from.pricedNow.clone();
        assigned = from.assigned.clone();
        hoursLeft = from.hoursLeft.clone();
        participantsLeft = from.participantsLeft.clone();
        held = new int[from.held.length][];
        heldHours = new int[from.held.length][];
        for (int p = 0; p < held.length; p++) {
            held[p] = from.held[p].clone();
            heldHours[p] = from.heldHours[p].clone();
        }
        heldCount = from.heldCount.clone();
        value = from.value;
        open = from.open.clone();
        openAt = from.openAt.clone();
        openCount = from.openCount;
    }

    /**
     * @return a second packing of the same programme, with the same prices and plan, for a search beside this one
     *         (another thread may run it: the two share only what neither changes)
     */
    CoveragePacking island() {
        return new CoveragePacking(this);
    }

    /**
     * @param plan the plan whose needs are packed: nothing pinned, no pinned pairs and no baseline (the caller
     *        checks), each participant's needs next to each other
     * @return the packing, with every need uncovered
     */
    static CoveragePacking of(AccompanimentPlan plan) {
        List<NeedAssignment> needList = new ArrayList<>(plan.getAssignments());
        // each participant's needs next to each other, in plan order of the participants
        Map<Participant, Integer> order = new HashMap<>();
        for (Participant participant : plan.getParticipants()) {
            order.put(participant, order.size());
        }
        needList.sort(Comparator.comparingInt(need -> order.get(need.getParticipant())));
        return new CoveragePacking(needList, plan.getResourcePersons(), plan.getParticipants());
    }

    /** Uncovers every need. */
    private void clear() {
        Arrays.fill(assigned, -1);
        System.arraycopy(hoursCapacity, 0, hoursLeft, 0, hoursLeft.length);
        System.arraycopy(participantsCapacity, 0, participantsLeft, 0, participantsLeft.length);
        Arrays.fill(heldCount, 0);
        if (pricedNow != null) {
            Arrays.fill(pricedNow, 0);
        }
        value = 0;
        openCount = 0;
        Arrays.fill(openAt, -1);
        for (int n = 0; n < assigned.length; n++) {
            if (arcs[n].length > 0) {
                openAt[n] = openCount;
                open[openCount++] = n;
            }
        }
        journalSize = 0;
    }

    /** @return the priority weight the current plan covers */
    long value() {
        return value;
    }

    /** @return the needs, in the order of {@link #assignment()} */
    NeedAssignment[] needs() {
        return needs;
    }

    /** @return the resource persons, indexed as in {@link #assignment()} */
    ResourcePerson[] resources() {
        return resources;
    }

    /** @return for each need, the index of the resource person covering it, or -1 */
    int[] assignment() {
        return assigned.clone();
    }

    /** Replaces the current plan by the given one (from {@link #assignment()}). */
    void restore(int[] assignment) {
        clear();
        for (int n = 0; n < assignment.length; n++) {
            if (assignment[n] >= 0) {
                assign(n, assignment[n]);
            }
        }
        journalSize = 0;
    }

    private int slotOf(int p, int r) {
        for (int i = 0; i < heldCount[p]; i++) {
            if (held[p][i] == r) {
                return i;
            }
        }
        return -1;
    }

    /** @return whether the resource person may take the uncovered need within every hard rule */
    private boolean fits(int r, int n) {
        if (hoursLeft[r] < hours[n]) {
            return false;
        }
        int p = owner[n];
        int slot = slotOf(p, r);
        if (slot < 0) {
            return participantsLeft[r] > 0 && heldCount[p] < most[p];
        }
        return datable(p, r, heldHours[p][slot] + hours[n]);
    }

    /** @return whether the pair's common half-days date the meetings this many hours call for */
    private boolean datable(int p, int r, int pairHours) {
        return participants[p].meetingsFor(pairHours) <= participants[p].datableMeetings(resources[r]);
    }

    private void assign(int n, int r) {
        int p = owner[n];
        int slot = slotOf(p, r);
        if (slot < 0) {
            slot = heldCount[p]++;
            held[p][slot] = r;
            heldHours[p][slot] = 0;
            participantsLeft[r]--;
            if (pricedNow != null) {
                pricedNow[r] -= participantPrice[p];
            }
        }
        if (pricedNow != null) {
            pricedNow[r] += weight[n] - needPrice[n];
        }
        heldHours[p][slot] += hours[n];
        hoursLeft[r] -= hours[n];
        assigned[n] = r;
        value += weight[n];
        int at = openAt[n];
        int last = open[--openCount];
        open[at] = last;
        openAt[last] = at;
        openAt[n] = -1;
        log(n, -1);
    }

    private void unassign(int n) {
        int r = assigned[n];
        int p = owner[n];
        int slot = slotOf(p, r);
        heldHours[p][slot] -= hours[n];
        if (heldHours[p][slot] == 0) {
            int last = --heldCount[p];
            held[p][slot] = held[p][last];
            heldHours[p][slot] = heldHours[p][last];
            participantsLeft[r]++;
            if (pricedNow != null) {
                pricedNow[r] += participantPrice[p];
            }
        }
        if (pricedNow != null) {
            pricedNow[r] -= weight[n] - needPrice[n];
        }
        hoursLeft[r] += hours[n];
        assigned[n] = -1;
        value -= weight[n];
        openAt[n] = openCount;
        open[openCount++] = n;
        log(n, r);
    }

    private void log(int n, int previous) {
        if (journalSize + 2 > journal.length) {
            journal = Arrays.copyOf(journal, journal.length * 2);
        }
        journal[journalSize++] = n;
        journal[journalSize++] = previous;
    }

    /** Undoes the journal's changes, latest first. */
    private void undo() {
        int size = journalSize;
        for (int i = size - 2; i >= 0; i -= 2) {
            int n = journal[i];
            int previous = journal[i + 1];
            if (previous < 0) {
                unassign(n);
            } else {
                assign(n, previous);
            }
        }
        journalSize = 0;
    }

    /**
     * Covers the uncovered needs of the list, highest weight per hour first, each by an allowed resource person
     * with room: one the participant already meets first, then the one left with the fewest hours (best fit).
     */
    private void fill(int[] list, int size, RandomGenerator random) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = list[i];
        }
        Arrays.sort(order, (a, b) -> Long.compare(weight[b] * hours[a], weight[a] * hours[b]));
        for (int n : order) {
            if (assigned[n] >= 0) {
                continue;
            }
            int best = -1;
            long bestKey = Long.MIN_VALUE;
            for (int r : arcs[n]) {
                if (!fits(r, n)) {
                    continue;
                }
                long key = (slotOf(owner[n], r) >= 0 ? 1L << 40 : 0) - 4L * (hoursLeft[r] - hours[n])
                        + (random == null ? 0 : random.nextInt(4));
                if (key > bestKey) {
                    bestKey = key;
                    best = r;
                }
            }
            if (best >= 0) {
                assign(n, best);
            }
        }
    }

    /**
     * Subgradient steps on the prices of "each need covered once" and "at most so many resource persons per
     * participant", each step's choices made into a plan (overlaps removed, then filled); the best plan is kept.
     *
     * @param steps how many steps at most
     * @param stop whether to stop now (checked once a step)
     */
    void lagrangianStart(int steps, BooleanSupplier stop) {
        int needCount = needs.length;
        double[] mu = new double[needCount];
        for (int n = 0; n < needCount; n++) {
            mu[n] = weight[n] / 2.0;
        }
        double[] lambda = new double[participants.length];
        int[] covered = new int[needCount];
        int[] chosen = new int[participants.length];
        int[][] patterns = new int[resources.length][];
        int[] best = null;
        long bestValue = -1;
        double bestBound = Double.POSITIVE_INFINITY;
        double theta = 1;
        int sinceBetter = 0;
        int[] all = new int[needCount];
        for (int n = 0; n < needCount; n++) {
            all[n] = n;
        }
        for (int step = 0; step < steps && !stop.getAsBoolean(); step++) {
            Arrays.fill(covered, 0);
            Arrays.fill(chosen, 0);
            double bound = 0;
            for (double m : mu) {
                bound += m;
            }
            for (int p = 0; p < participants.length; p++) {
                bound += most[p] * lambda[p];
            }
            for (int r = 0; r < resources.length; r++) {
                bound += pack(r, mu, lambda, false);
                patterns[r] = Arrays.copyOf(packed, packedCount);
                int previous = -1;
                for (int k = 0; k < packedCount; k++) {
                    covered[packed[k]]++;
                    if (owner[packed[k]] != previous) {
                        chosen[owner[packed[k]]]++;
                        previous = owner[packed[k]];
                    }
                }
            }
            if (bound < bestBound - 1e-9) {
                bestBound = bound;
                needPrice = mu.clone();
                participantPrice = lambda.clone();
                sinceBetter = 0;
            } else if (++sinceBetter >= 10) {
                theta /= 2;
                sinceBetter = 0;
            }
            // the round's plan: each resource person keeps what it chose unless taken already, then the rest fills
            clear();
            for (int r = 0; r < resources.length; r++) {
                for (int n : patterns[r]) {
                    if (assigned[n] < 0 && fits(r, n)) {
                        assign(n, r);
                    }
                }
            }
            fill(all, needCount, null);
            if (value > bestValue) {
                bestValue = value;
                best = assignment();
            }
            double norm = 0;
            for (int n = 0; n < needCount; n++) {
                double g = 1 - covered[n];
                if (g < 0 || mu[n] > 0) {
                    norm += g * g;
                }
            }
            for (int p = 0; p < participants.length; p++) {
                double g = most[p] - chosen[p];
                if (g < 0 || lambda[p] > 0) {
                    norm += g * g;
                }
            }
            if (norm == 0 || theta < 1e-3) {
                break;
            }
            double size = theta * Math.max(1e-6, bestBound - bestValue) / norm;
            for (int n = 0; n < needCount; n++) {
                mu[n] = Math.max(0, mu[n] - size * (1 - covered[n]));
            }
            for (int p = 0; p < participants.length; p++) {
                lambda[p] = Math.max(0, lambda[p] - size * (most[p] - chosen[p]));
            }
        }
        if (needPrice != null) {
            priced = new double[resources.length];
            for (int r = 0; r < resources.length; r++) {
                priced[r] = pack(r, needPrice, participantPrice, false);
            }
            pricedNow = new double[resources.length];
            repackNeedPrice = new double[needCount];
            for (int n = 0; n < needCount; n++) {
                repackNeedPrice[n] = PRICE_SHARE * needPrice[n];
            }
            repackParticipantPrice = new double[participants.length];
            for (int p = 0; p < participants.length; p++) {
                repackParticipantPrice[p] = PRICE_SHARE * participantPrice[p];
            }
        }
        if (best != null) {
            restore(best);
        } else {
            clear();
            fill(all, needCount, null);
        }
        journalSize = 0;
    }

    /**
     * Ruin and recreate: one or two resource persons competent on an uncovered need (after the prices, the first
     * drawn by {@link #drawOffPrice} and the need among its uncovered ones; else any uncovered need), one time in two
     * with the need's participant's own, lose their needs; each is repacked exactly in turn over the needs it may
     * take, valued at their weight with noise, less {@value #PRICE_SHARE} of their prices; then the needs left out
     * and the drawn one are covered greedily. A result covering less weight is undone.
     *
     * @param iterations how many moves at most
     * @param stop whether to stop now (checked every 64 moves)
     * @param random the randomness (seeded by the solver's seed)
     * @return how many moves were tried
     */
    long search(long iterations, BooleanSupplier stop, RandomGenerator random) {
        int[] freed = new int[16];
        int mostOfAll = 0;
        for (int m : most) {
            mostOfAll = Math.max(mostOfAll, m);
        }
        int[] ruined = new int[MAX_RUINED + mostOfAll];
        long done = 0;
        while (done < iterations && openCount > 0) {
            if ((done & 63) == 0 && stop.getAsBoolean()) {
                break;
            }
            done++;
            long before = value;
            journalSize = 0;
            // after the prices, a resource person drawn by how far its choice is from its best at the prices,
            // and one of the uncovered needs it may cover; else any uncovered need
            int first = priced == null ? -1 : drawOffPrice(random);
            int drawn = first < 0 ? -1 : drawOpen(first, random);
            if (drawn < 0) {
                first = -1;
                drawn = open[random.nextInt(openCount)];
            }
            int[] competent = arcs[drawn];
            int count = 1 + random.nextInt(Math.min(MAX_RUINED, competent.length));
            // a partial shuffle: the first count of competent, drawn without repeats
            for (int i = 0; i < count; i++) {
                int pick;
                boolean repeated;
                do {
                    pick = competent[random.nextInt(competent.length)];
                    repeated = false;
                    for (int j = 0; j < i; j++) {
                        repeated |= ruined[j] == pick;
                    }
                } while (repeated);
                ruined[i] = pick;
            }
            if (first >= 0) {
                boolean there = false;
                for (int i = 0; i < count; i++) {
                    there |= ruined[i] == first;
                }
                if (!there) {
                    ruined[0] = first;
                }
            }
            // one time in two, the drawn need's participant's resource persons too: they may be the pair it lacks
            if (random.nextBoolean()) {
                int p = owner[drawn];
                for (int j = 0; j < heldCount[p]; j++) {
                    boolean repeated = false;
                    for (int i = 0; i < count; i++) {
                        repeated |= ruined[i] == held[p][j];
                    }
                    if (!repeated) {
                        ruined[count++] = held[p][j];
                    }
                }
            }
            noise = random;
            int freedCount = 0;
            for (int i = 0; i < count; i++) {
                int r = ruined[i];
                for (int n : resourceNeeds[r]) {
                    if (assigned[n] == r) {
                        unassign(n);
                        if (freedCount == freed.length) {
                            freed = Arrays.copyOf(freed, freedCount * 2);
                        }
                        freed[freedCount++] = n;
                    }
                }
            }
            for (int i = 0; i < count; i++) {
                pack(ruined[i], repackNeedPrice, repackParticipantPrice, true);
                for (int k = 0; k < packedCount; k++) {
                    assign(packed[k], ruined[i]);
                }
            }
            if (freedCount == freed.length) {
                freed = Arrays.copyOf(freed, freedCount * 2);
            }
            freed[freedCount++] = drawn;
            fill(freed, freedCount, random);
            if (value < before) {
                undo();
            }
        }
        journalSize = 0;
        return done;
    }

    /**
     * @return a resource person drawn with a chance in proportion to its slack at the prices (its best value at the
     *         prices less its current choice's, plus a little so that none is left out): where the plan departs from
     *         the relaxation's choices
     */
    private int drawOffPrice(RandomGenerator random) {
        double total = 0;
        for (int r = 0; r < resources.length; r++) {
            total += slack(r);
        }
        double u = random.nextDouble() * total;
        for (int r = 0; r < resources.length - 1; r++) {
            u -= slack(r);
            if (u <= 0) {
                return r;
            }
        }
        return resources.length - 1;
    }

    private double slack(int r) {
        return Math.max(0, priced[r] - pricedNow[r]) + LEAST_SLACK;
    }

    /** @return one of the uncovered needs the resource person may cover, drawn evenly, or -1 when there is none */
    private int drawOpen(int r, RandomGenerator random) {
        int drawn = -1;
        int seen = 0;
        for (int n : resourceNeeds[r]) {
            if (assigned[n] < 0 && random.nextInt(++seen) == 0) {
                drawn = n;
            }
        }
        return drawn;
    }

    /** The needs of the last {@link #pack}'s choice, a participant's needs next to each other. */
    private int[] packed = new int[16];
    private RandomGenerator noise;
    // the dynamic programme's buffers, reused from one call to the next
    private int[] optionHours = new int[64];
    private double[] optionValue = new double[64];
    private int[] optionSet = new int[64];
    private int[] itemFirst = new int[0];
    /** For each item with options, where its needs start in {@link #itemNeeds}. */
    private int[] itemOf = new int[0];
    /** The needs each item may take, item after item. */
    private int[] itemNeeds = new int[64];
    /** Hours and value of each subset of one item's needs, by bit mask. */
    private final int[] subsetHours = new int[1 << MAX_NEEDS_PER_PAIR];
    private final double[] subsetValue = new double[1 << MAX_NEEDS_PER_PAIR];
    private double[] best = new double[0];
    private short[] take = new short[0];
    private int packedCount;

    /**
     * The resource person's best choice of participants and needs within its hours and participants offered, by a
     * dynamic programme over (participants, hours), each participant's needs enumerated as subsets; the choice is
     * left in {@link #packed}.
     *
     * @param mu each need's price (its value is its weight less the price), or null for none
     * @param lambda each participant's price for meeting one more resource person, or null for none
     * @param current true: the resource person covers nothing now, and takes uncovered needs only, of participants
     *        who may meet one more resource person, within its hours and participants left and the pair's datable
     *        meetings; false: every need it may cover within what it offers (the relaxation, where the other rules
     *        are priced or left out)
     * @return the choice's value
     */
    private double pack(int r, double[] mu, double[] lambda, boolean current) {
        packedCount = 0;
        int capacity = (current ? hoursLeft[r] : hoursCapacity[r]) / unit;
        int taking = current ? participantsLeft[r] : participantsCapacity[r];
        if (capacity <= 0 || taking <= 0) {
            return 0;
        }
        int items = itemStart[r].length - 1;
        int[] own = resourceNeeds[r];
        // each item's options (a subset of its needs with a positive value), in flat buffers
        int optionCount = 0;
        int itemsWithOptions = 0;
        if (itemFirst.length < items + 1) {
            itemFirst = new int[items + 1];
            itemOf = new int[items];
        }
        int chosenNeeds = 0;
        for (int i = 0; i < items; i++) {
            int at = itemStart[r][i];
            int p = owner[own[at]];
            // (covering nothing now, the resource person is not one of the participant's)
            if (current && heldCount[p] >= most[p]) {
                continue;
            }
            // the needs it may take now (beyond MAX_NEEDS_PER_PAIR, the first ones only: the fill may give the
            // others), each with its value
            int size = 0;
            for (int k = at; k < itemStart[r][i + 1] && size < MAX_NEEDS_PER_PAIR; k++) {
                int n = own[k];
                if (current && assigned[n] >= 0) {
                    continue;
                }
                if (chosenNeeds + size == itemNeeds.length) {
                    itemNeeds = Arrays.copyOf(itemNeeds, itemNeeds.length * 2);
                }
                itemNeeds[chosenNeeds + size] = n;
                double gain = weight[n] - (mu == null ? 0 : mu[n]);
                if (noise != null && current) {
                    gain += weight[n] * NOISE * noise.nextDouble();
                }
                subsetHours[1 << size] = hours[n];
                subsetValue[1 << size] = gain;
                size++;
            }
            if (size == 0) {
                continue;
            }
            int first = optionCount;
            int subsets = 1 << size;
            double charge = lambda == null ? 0 : lambda[p];
            for (int mask = 1; mask < subsets; mask++) {
                int low = mask & -mask;
                if (mask != low) {
                    subsetHours[mask] = subsetHours[mask ^ low] + subsetHours[low];
                    subsetValue[mask] = subsetValue[mask ^ low] + subsetValue[low];
                }
                int sum = subsetHours[mask];
                double gain = subsetValue[mask] - charge;
                if (sum / unit > capacity || gain <= 1e-9) {
                    continue;
                }
                if (current && !datable(p, r, sum)) {
                    continue;
                }
                if (optionCount == optionHours.length) {
                    optionHours = Arrays.copyOf(optionHours, optionCount * 2);
                    optionValue = Arrays.copyOf(optionValue, optionCount * 2);
                    optionSet = Arrays.copyOf(optionSet, optionCount * 2);
                }
                optionHours[optionCount] = sum / unit;
                optionValue[optionCount] = gain;
                optionSet[optionCount] = mask;
                optionCount++;
            }
            if (optionCount > first) {
                itemOf[itemsWithOptions] = chosenNeeds;
                itemFirst[itemsWithOptions++] = first;
                chosenNeeds += size;
            }
        }
        itemFirst[itemsWithOptions] = optionCount;
        int width = capacity + 1;
        int depth = Math.min(taking, itemsWithOptions);
        if (depth <= 0) {
            return 0;
        }
        int layer = (depth + 1) * width;
        if (best.length < layer) {
            best = new double[layer];
        }
        // unreachable states: so low that no sum of options lifts them above a reachable one
        Arrays.fill(best, 0, layer, UNREACHABLE);
        best[0] = 0;
        int reach = 0;
        if (take.length < (long) itemsWithOptions * layer) {
            take = new short[Math.toIntExact((long) itemsWithOptions * layer)];
        }
        for (int j = 0; j < itemsWithOptions; j++) {
            int base = j * layer;
            Arrays.fill(take, base, base + layer, (short) -1);
            int from = itemFirst[j];
            int to = itemFirst[j + 1];
            // states reachable after this item: at most j + 1 participants, hours up to the sum of the largest
            // options so far
            int fewest = Integer.MAX_VALUE;
            int largest = 0;
            for (int o = from; o < to; o++) {
                fewest = Math.min(fewest, optionHours[o]);
                largest = Math.max(largest, optionHours[o]);
            }
            reach = Math.min(capacity, reach + largest);
            for (int k = Math.min(depth, j + 1); k >= 1; k--) {
                int row = k * width;
                int below = (k - 1) * width;
                for (int h = reach; h >= fewest; h--) {
                    double here = best[row + h];
                    int chosen = -1;
                    for (int o = from; o < to; o++) {
                        int rest = h - optionHours[o];
                        if (rest >= 0 && best[below + rest] + optionValue[o] > here) {
                            here = best[below + rest] + optionValue[o];
                            chosen = o - from;
                        }
                    }
                    if (chosen >= 0) {
                        best[row + h] = here;
                        take[base + row + h] = (short) chosen;
                    }
                }
            }
        }
        int bestK = 0;
        int bestH = 0;
        double bestValue = 0;
        for (int k = 0; k <= depth; k++) {
            for (int h = 0; h <= capacity; h++) {
                if (best[k * width + h] > bestValue + 1e-9) {
                    bestValue = best[k * width + h];
                    bestK = k;
                    bestH = h;
                }
            }
        }
        int k = bestK;
        int h = bestH;
        for (int j = itemsWithOptions - 1; j >= 0 && k > 0; j--) {
            int o = take[j * layer + k * width + h];
            if (o >= 0) {
                o += itemFirst[j];
                int mask = optionSet[o];
                for (int b = 0; mask >> b != 0; b++) {
                    if ((mask & 1 << b) != 0) {
                        if (packedCount == packed.length) {
                            packed = Arrays.copyOf(packed, packedCount * 2);
                        }
                        packed[packedCount++] = itemNeeds[itemOf[j] + b];
                    }
                }
                h -= optionHours[o];
                k--;
            }
        }
        return bestValue;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}
