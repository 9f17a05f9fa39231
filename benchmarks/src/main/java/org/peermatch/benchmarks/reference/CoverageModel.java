package org.peermatch.benchmarks.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;

import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.PairFacts;
import org.peermatch.core.scoring.PairScoring;

/**
 * The data of the exact accompaniment models ({@link ExactCoverage} by CP-SAT, {@link MipCoverage} by a MIP or LP
 * solver): the participants, resource persons and needs, the allowed (need, resource person) pairs and the pairs
 * that keep each pin, gathered once from the core's pair facts.
 *
 * <p>A pair is allowed when the resource person is competent on the need's topic at the programme's minimum level,
 * the pair has no conflict of interest and enough common availability ({@link PairScoring#facts}), and the need's
 * hours fit in the hours the resource person offers (a need is covered by one resource person, whole).
 */
public final class CoverageModel {

    private static boolean nativesLoaded;

    final List<Member> participants = new ArrayList<>();
    final List<Member> resources = new ArrayList<>();
    final int[] resourceHours;
    final int[] resourceParticipants;
    final int maxResourcePersons;
    final List<Need> needs = new ArrayList<>();
    /** For each need, its participant's index. */
    final int[] needParticipant;
    /** For each need, the resource persons allowed to cover it (increasing index). */
    final int[][] needArcs;
    /** For each participant, the needs' indices. */
    final int[][] participantNeeds;
    /** For each pin, the (need, resource) arcs that keep it; empty when none can. */
    final List<int[][]> pinArcs = new ArrayList<>();
    final List<PinnedPair> pins;
    private final long arcCount;

    private CoverageModel(Programme programme, PairScoring scoring) {
        for (Member member : programme.members()) {
            if (member.offer(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
            if (member.requests(Mode.ACCOMPANIMENT)) {
                participants.add(member);
            }
        }
        resourceHours = new int[resources.size()];
        resourceParticipants = new int[resources.size()];
        for (int r = 0; r < resources.size(); r++) {
            Offer offer = resources.get(r).offer(Mode.ACCOMPANIMENT);
            resourceHours[r] = offer.hours();
            resourceParticipants[r] = offer.participants();
        }
        maxResourcePersons = programme.accompaniment().maxResourcePersons();
        int minimum = programme.accompaniment().minimumLevel();
        boolean[] allowed = new boolean[resources.size()];
        List<Integer> owners = new ArrayList<>();
        List<int[]> arcsOf = new ArrayList<>();
        List<int[]> needsOf = new ArrayList<>();
        long arcs = 0;
        for (int p = 0; p < participants.size(); p++) {
            Member participant = participants.get(p);
            for (int r = 0; r < resources.size(); r++) {
                Member resource = resources.get(r);
                boolean competent = false;
                for (Need need : participant.needs()) {
                    competent |= resource.levelOn(need.topic()) >= minimum;
                }
                allowed[r] = false;
                if (competent) {
                    PairFacts facts = scoring.facts(participant, resource);
                    allowed[r] = !facts.conflicted() && facts.missingHalfDays() == 0;
                }
            }
            int[] own = new int[participant.needs().size()];
            for (int k = 0; k < own.length; k++) {
                Need need = participant.needs().get(k);
                int[] candidates = new int[resources.size()];
                int count = 0;
                for (int r = 0; r < resources.size(); r++) {
                    if (allowed[r] && resources.get(r).levelOn(need.topic()) >= minimum
                            && need.hours() <= resourceHours[r]) {
                        candidates[count++] = r;
                    }
                }
                own[k] = needs.size();
                needs.add(need);
                owners.add(p);
                arcsOf.add(Arrays.copyOf(candidates, count));
                arcs += count;
            }
            needsOf.add(own);
        }
        needParticipant = owners.stream().mapToInt(Integer::intValue).toArray();
        needArcs = arcsOf.toArray(new int[0][]);
        participantNeeds = needsOf.toArray(new int[0][]);
        arcCount = arcs;
        pins = List.copyOf(programme.decisions().pinned());
        for (PinnedPair pin : pins) {
            List<int[]> keeping = new ArrayList<>();
            int p = indexOf(participants, pin.participant());
            int r = indexOf(resources, pin.resource());
            if (p >= 0 && r >= 0) {
                for (int n : participantNeeds[p]) {
                    if ((pin.topic() == null || pin.topic().equals(needs.get(n).topic()))
                            && Arrays.binarySearch(needArcs[n], r) >= 0) {
                        keeping.add(new int[] {n, r});
                    }
                }
            }
            pinArcs.add(keeping.toArray(new int[0][]));
        }
    }

    /**
     * Gathers the allowed pairs of a programme: O(P × R) pair facts, as the core computes them.
     *
     * @param programme the programme
     * @param scoring its pair scoring
     * @return the model's data
     */
    public static CoverageModel of(Programme programme, PairScoring scoring) {
        return new CoverageModel(programme, scoring);
    }

    /** @return the number of needs */
    public int needCount() {
        return needs.size();
    }

    /** @return the number of allowed (need, resource person) pairs */
    public long arcCount() {
        return arcCount;
    }

    /** @return the pins no allowed pair can keep (each makes the programme infeasible), in the programme's order */
    public List<PinnedPair> unkeepablePins() {
        List<PinnedPair> unkeepable = new ArrayList<>();
        for (int i = 0; i < pins.size(); i++) {
            if (pinArcs.get(i).length == 0) {
                unkeepable.add(pins.get(i));
            }
        }
        return unkeepable;
    }

    /** @return the flow relaxation ({@link CoverageRelaxation}) on the same allowed pairs */
    public double flowBound() {
        return relaxation().bound();
    }

    /** @return the flow relaxation ({@link CoverageRelaxation}) on the same allowed pairs, not yet solved */
    CoverageRelaxation relaxation() {
        int[] hours = new int[needs.size()];
        int[] weights = new int[needs.size()];
        for (int n = 0; n < needs.size(); n++) {
            hours[n] = needs.get(n).hours();
            weights[n] = needs.get(n).priorityWeight();
        }
        return new CoverageRelaxation(hours, weights, resourceHours, needArcs);
    }

    /** @return for each participant, the resource persons its needs may use (increasing index) */
    int[][] participantResources() {
        int[][] result = new int[participants.size()][];
        int[] used = new int[resources.size()];
        int stamp = 0;
        for (int p = 0; p < participants.size(); p++) {
            stamp++;
            int count = 0;
            int[] list = new int[resources.size()];
            for (int n : participantNeeds[p]) {
                for (int r : needArcs[n]) {
                    if (used[r] != stamp) {
                        used[r] = stamp;
                        list[count++] = r;
                    }
                }
            }
            int[] own = Arrays.copyOf(list, count);
            Arrays.sort(own);
            result[p] = own;
        }
        return result;
    }

    /**
     * @param hint a plan; pairs that are not allowed, and needs covered twice, are ignored (the first pair counts)
     * @return for each need and each of its arcs, whether the plan uses it
     */
    boolean[][] chosen(List<Assignment> hint) {
        boolean[][] chosen = new boolean[needs.size()][];
        for (int n = 0; n < needs.size(); n++) {
            chosen[n] = new boolean[needArcs[n].length];
        }
        Map<String, Integer> needIndex = new LinkedHashMap<>();
        for (int n = 0; n < needs.size(); n++) {
            needIndex.putIfAbsent(participants.get(needParticipant[n]).id() + "/" + needs.get(n).topic(), n);
        }
        Map<String, Integer> resourceIndex = new LinkedHashMap<>();
        for (int r = 0; r < resources.size(); r++) {
            resourceIndex.put(resources.get(r).id(), r);
        }
        boolean[] covered = new boolean[needs.size()];
        for (Assignment assignment : hint) {
            Integer n = needIndex.get(assignment.participant() + "/" + assignment.topic());
            Integer r = resourceIndex.get(assignment.resource());
            if (n == null || r == null || covered[n]) {
                continue;
            }
            int k = Arrays.binarySearch(needArcs[n], r);
            if (k >= 0) {
                chosen[n][k] = true;
                covered[n] = true;
            }
        }
        return chosen;
    }

    /**
     * @param chosen for each need and each of its arcs, whether the solution uses it
     * @return the plan, need by need in document order; {@link Assignment#why()} is null
     */
    List<Assignment> plan(boolean[][] chosen) {
        List<Assignment> plan = new ArrayList<>();
        for (int n = 0; n < needs.size(); n++) {
            int[] arcs = needArcs[n];
            for (int k = 0; k < arcs.length; k++) {
                if (chosen[n][k]) {
                    Member participant = participants.get(needParticipant[n]);
                    Member resource = resources.get(arcs[k]);
                    Need need = needs.get(n);
                    boolean pinned = pins.stream().anyMatch(pin -> pin.participant().equals(participant.id())
                            && pin.resource().equals(resource.id())
                            && (pin.topic() == null || pin.topic().equals(need.topic())));
                    plan.add(new Assignment(participant.id(), resource.id(), need.topic(), need.priority(),
                            need.hours(), pinned, null));
                }
            }
        }
        return plan;
    }

    private static int indexOf(List<Member> members, String id) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Loads the OR-Tools natives bundled in the linux-x86-64 jar, once per JVM (nothing is downloaded). */
    static synchronized void loadNatives() {
        if (!nativesLoaded) {
            Loader.loadNativeLibraries();
            nativesLoaded = true;
        }
    }
}
