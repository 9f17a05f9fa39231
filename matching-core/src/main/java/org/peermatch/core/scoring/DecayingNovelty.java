package org.peermatch.core.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Programme;

/**
 * The default {@link NoveltyModel}: earlier meetings fade with time, and people who both worked with a third
 * person are not quite strangers.
 *
 * <ul>
 * <li><b>Direct part.</b> Each time two people worked together (every pair of an interaction's members) costs
 * {@value Novelty#FULL_COST} × 0.5^(months before the reference date / half-life); meetings on or after the
 * reference date count in full; several meetings add up ({@link Novelty#decay}).</li>
 * <li><b>Peer part.</b> A common peer is a third person each of the two worked with. Its link is as fresh as the
 * older of the two links (each link dated by its last meeting), and costs {@code peerCost} ({@value #PEER_COST}
 * by default) × the decay of that date. Each common peer counts once, and only the {@value #COUNTED_PEERS}
 * freshest count: the peer part is at most {@value #COUNTED_PEERS} × {@code peerCost} (50), half of a direct
 * meeting of the same date.</li>
 * <li><b>Cost</b> = the larger of the two parts, rounded to a whole number. Two people who met directly are
 * costed by their meetings, unless these are so old that a fresh common peer weighs more; two people who never
 * met directly but share a common peer cost their peer part; everyone else costs 0.</li>
 * </ul>
 *
 * <p>Hence direct &gt; common peer &gt; never for meetings of the same date, and adding a meeting never lowers
 * a cost. A {@code peerCost} of 0 gives the direct part alone.
 *
 * <p><b>Complexity.</b> Built once per programme: O(Σ k²) for the direct links of interactions of k members, then
 * a 2-hop pass over the history graph, O(Σ deg²) over its members' degrees, that keeps the two freshest common
 * peers of every pair within two hops in a primitive hash table. Memory: O(links + pairs within two hops).
 * {@link #pairCost} is O(1) on average; {@link #acquaintance} is O(min(deg) + p log p) for p common peers.
 */
public final class DecayingNovelty implements NoveltyModel {

    /** The default cost of a common peer met on the reference date. */
    public static final long PEER_COST = 25;

    /** How many common peers count at most: the freshest ones. */
    public static final int COUNTED_PEERS = 2;

    /** The highest peer cost that keeps a direct meeting dearer than the peer part: 49. */
    public static final long MAX_PEER_COST = (NoveltyModel.DIRECT_MEETING_COST - 1) / COUNTED_PEERS;

    /** Two people linked by the history: how often they met, when last, and their direct cost. */
    private static final class Link {
        int meetings;
        LocalDate last;
        double lastDecay;
        double directCost;
        int planned;
    }

    private final List<Interaction> interactions;
    /** The interactions from this index on are planned meetings, not history. */
    private final int plannedFrom;
    private final LocalDate reference;
    private final int halfLifeMonths;
    private final long peerCost;
    private final Map<String, Integer> indexById = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Map<Integer, Link>> links = new ArrayList<>();
    private final PeerTable peers = new PeerTable();

    /**
     * Indexes a history with the default peer cost.
     *
     * @param interactions earlier interactions
     * @param reference the date novelty is measured from (the programme's start)
     * @param halfLifeMonths after this many months a meeting counts half, at least 1
     */
    public DecayingNovelty(List<Interaction> interactions, LocalDate reference, int halfLifeMonths) {
        this(interactions, reference, halfLifeMonths, PEER_COST);
    }

    /**
     * Indexes a history.
     *
     * @param interactions earlier interactions
     * @param reference the date novelty is measured from (the programme's start)
     * @param halfLifeMonths after this many months a meeting counts half, at least 1
     * @param peerCost the cost of a common peer met on the reference date, 0 to {@value #MAX_PEER_COST}; 0 ignores
     *        common peers
     * @throws IllegalArgumentException when the half-life or the peer cost is out of range
     */
    public DecayingNovelty(List<Interaction> interactions, LocalDate reference, int halfLifeMonths, long peerCost) {
        this(interactions, interactions.size(), reference, halfLifeMonths, peerCost);
    }

    private DecayingNovelty(List<Interaction> interactions, int plannedFrom, LocalDate reference, int halfLifeMonths,
            long peerCost) {
        if (halfLifeMonths < 1) {
            throw new IllegalArgumentException("The novelty half-life of " + halfLifeMonths
                    + " months is below 1.\nMaybe use 12 months, the default.");
        }
        if (peerCost < 0 || peerCost > MAX_PEER_COST) {
            throw new IllegalArgumentException("The novelty cost of a common peer " + peerCost + " is outside 0.."
                    + MAX_PEER_COST + ".\nMaybe use " + PEER_COST
                    + ", the default: a direct meeting must cost more than common peers.");
        }
        this.interactions = List.copyOf(interactions);
        this.plannedFrom = plannedFrom;
        this.reference = reference;
        this.halfLifeMonths = halfLifeMonths;
        this.peerCost = peerCost;
        indexDirectLinks();
        if (peerCost > 0) {
            indexCommonPeers();
        }
    }

    /**
     * @param programme a programme
     * @return the model of the programme's history, measured from its start with its accompaniment half-life
     */
    public static DecayingNovelty of(Programme programme) {
        return new DecayingNovelty(programme.history(), programme.start(),
                programme.accompaniment().noveltyHalfLifeMonths());
    }

    private void indexDirectLinks() {
        for (int index = 0; index < interactions.size(); index++) {
            Interaction interaction = interactions.get(index);
            boolean planned = index >= plannedFrom;
            // A member listed twice in one interaction still met each other member once.
            List<Integer> members = new ArrayList<>();
            for (String id : new LinkedHashSet<>(interaction.members())) {
                members.add(indexOf(id));
            }
            double decay = Novelty.decay(interaction.date(), reference, halfLifeMonths);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    Link link = links.get(members.get(i)).get(members.get(j));
                    if (link == null) {
                        link = new Link();
                        links.get(members.get(i)).put(members.get(j), link);
                        links.get(members.get(j)).put(members.get(i), link);
                    }
                    link.meetings++;
                    if (planned) {
                        link.planned++;
                    }
                    link.directCost += Novelty.FULL_COST * decay;
                    if (link.last == null || interaction.date().isAfter(link.last)) {
                        link.last = interaction.date();
                        link.lastDecay = decay;
                    }
                }
            }
        }
    }

    private int indexOf(String id) {
        return indexById.computeIfAbsent(id, key -> {
            ids.add(key);
            links.add(new HashMap<>());
            return ids.size() - 1;
        });
    }

    // The 2-hop pass: every two neighbours of a member share that member as a common peer.
    private void indexCommonPeers() {
        for (Map<Integer, Link> neighbours : links) {
            int[] around = neighbours.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int i = 0; i < around.length; i++) {
                double first = neighbours.get(around[i]).lastDecay;
                for (int j = i + 1; j < around.length; j++) {
                    peers.offer(key(around[i], around[j]), Math.min(first, neighbours.get(around[j]).lastDecay));
                }
            }
        }
    }

    private static long key(int first, int second) {
        // Ids are indexed from 0, so the larger index is at least 1 and a key is never 0, the table's empty slot.
        return first < second ? (long) first << 32 | second : (long) second << 32 | first;
    }

    /** @return the date novelty is measured from */
    public LocalDate reference() {
        return reference;
    }

    /** @return after this many months a meeting counts half */
    public int halfLifeMonths() {
        return halfLifeMonths;
    }

    /** @return the cost of a common peer met on the reference date */
    public long peerCost() {
        return peerCost;
    }

    @Override
    public long pairCost(String first, String second) {
        Integer a = indexById.get(first);
        Integer b = indexById.get(second);
        if (a == null || b == null || a.equals(b)) {
            return 0;
        }
        return Math.round(Math.max(directPart(a, b), peerPart(a, b)));
    }

    private double directPart(int a, int b) {
        Link link = links.get(a).get(b);
        return link == null ? 0.0 : link.directCost;
    }

    private double peerPart(int a, int b) {
        return peerCost * peers.freshestSum(key(a, b));
    }

    @Override
    public Acquaintance acquaintance(String first, String second) {
        Integer a = indexById.get(first);
        Integer b = indexById.get(second);
        if (a == null || b == null || a.equals(b)) {
            return Acquaintance.NONE;
        }
        // Each part looked up once: the peer table is large and its probes miss the cache (called per pair).
        Link link = links.get(a).get(b);
        int meetings = link == null ? 0 : link.meetings;
        int planned = link == null ? 0 : link.planned;
        LocalDate last = link == null ? null : link.last;
        double direct = link == null ? 0.0 : link.directCost;
        double peer = peerPart(a, b);
        long cost = Math.round(Math.max(direct, peer));
        if (peer <= direct) {
            return new Acquaintance(meetings, last, List.of(), cost, planned);
        }
        Map<Integer, Link> small = links.get(a).size() <= links.get(b).size() ? links.get(a) : links.get(b);
        Map<Integer, Link> large = small == links.get(a) ? links.get(b) : links.get(a);
        record Peer(String id, double weight) {
        }
        List<Peer> common = new ArrayList<>();
        for (Map.Entry<Integer, Link> entry : small.entrySet()) {
            Link other = large.get(entry.getKey());
            if (other != null) {
                common.add(new Peer(ids.get(entry.getKey()), Math.min(entry.getValue().lastDecay, other.lastDecay)));
            }
        }
        common.sort(Comparator.comparingDouble(Peer::weight).reversed().thenComparing(Peer::id));
        return new Acquaintance(meetings, last, common.stream().map(Peer::id).toList(), cost, planned);
    }

    /**
     * {@inheritDoc} Rebuilds the indexes of the history and the planned meetings: O(Σ k² + Σ deg²).
     */
    @Override
    public DecayingNovelty withPlannedMeetings(Collection<Interaction> planned) {
        List<Interaction> all = new ArrayList<>(interactions);
        all.addAll(planned);
        return new DecayingNovelty(all, plannedFrom, reference, halfLifeMonths, peerCost);
    }

    /**
     * Open addressing on long keys (pairs of member indexes) holding the two largest weights offered for a key:
     * about 24 bytes a slot, where a {@code HashMap<Long, double[]>} takes about 100 bytes an entry.
     */
    private static final class PeerTable {
        private long[] keys = new long[16];
        private double[] first = new double[16];
        private double[] second = new double[16];
        private int size;

        void offer(long key, double weight) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int slot = slotOf(key, keys);
            if (keys[slot] == 0) {
                keys[slot] = key;
                first[slot] = weight;
                size++;
            } else if (weight > first[slot]) {
                second[slot] = first[slot];
                first[slot] = weight;
            } else if (weight > second[slot]) {
                second[slot] = weight;
            }
        }

        /** @return the sum of the two largest weights offered for the key, 0 when none */
        double freshestSum(long key) {
            int slot = slotOf(key, keys);
            return keys[slot] == 0 ? 0.0 : first[slot] + second[slot];
        }

        private static int slotOf(long key, long[] keys) {
            int mask = keys.length - 1;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            double[] oldFirst = first;
            double[] oldSecond = second;
            keys = new long[oldKeys.length * 2];
            first = new double[keys.length];
            second = new double[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slotOf(oldKeys[i], keys);
                    keys[slot] = oldKeys[i];
                    first[slot] = oldFirst[i];
                    second[slot] = oldSecond[i];
                }
            }
        }
    }

    @Override
    public String toString() {
        return "DecayingNovelty[" + interactions.size() + " interactions, " + ids.size() + " members, half-life "
                + halfLifeMonths + " months, peer cost " + peerCost + ", from " + reference + "]";
    }
}
