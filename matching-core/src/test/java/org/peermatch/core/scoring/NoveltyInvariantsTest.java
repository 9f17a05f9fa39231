package org.peermatch.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;

/**
 * The novelty model over 200 seeded random histories: it agrees with a plain recomputation from the definition,
 * is symmetric, orders direct &gt; common peer &gt; never, and never lowers a cost when a meeting is added.
 */
class NoveltyInvariantsTest {

    private static final LocalDate REFERENCE = LocalDate.of(2027, 1, 4);
    private static final int HISTORIES = 200;

    /** A random history of a few people, dated from three years before the reference date to two months after. */
    private record Case(List<String> people, List<Interaction> history, int halfLife) {
    }

    private static Case randomCase(long seed, boolean sameDate) {
        Random random = new Random(seed);
        int size = 4 + random.nextInt(9);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add("m" + i);
        }
        LocalDate common = REFERENCE.minusDays(random.nextInt(730));
        List<Interaction> history = new ArrayList<>();
        int count = 1 + random.nextInt(14);
        for (int i = 0; i < count; i++) {
            List<String> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, random);
            List<String> members = shuffled.subList(0, 2 + random.nextInt(Math.min(3, size - 1)));
            LocalDate date = sameDate ? common : REFERENCE.minusDays(random.nextInt(3 * 365 + 60) - 60);
            history.add(new Interaction(members, Mode.values()[random.nextInt(Mode.values().length)], date));
        }
        return new Case(people, history, sameDate ? 12 : 6 + random.nextInt(13));
    }

    /** The definition, recomputed from the interactions for each pair. */
    private static long expectedCost(Case c, String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        double direct = 0;
        for (Interaction interaction : c.history()) {
            if (interaction.members().contains(a) && interaction.members().contains(b)) {
                direct += 100 * weight(interaction.date(), c.halfLife());
            }
        }
        List<Double> peers = new ArrayList<>();
        for (String peer : c.people()) {
            LocalDate withA = lastMeeting(c, a, peer);
            LocalDate withB = lastMeeting(c, b, peer);
            if (!peer.equals(a) && !peer.equals(b) && withA != null && withB != null) {
                peers.add(weight(withA.isBefore(withB) ? withA : withB, c.halfLife()));
            }
        }
        peers.sort(Collections.reverseOrder());
        double peerPart = 0;
        for (int i = 0; i < peers.size() && i < 2; i++) {
            peerPart += 25 * peers.get(i);
        }
        return Math.round(Math.max(direct, peerPart));
    }

    private static double weight(LocalDate date, int halfLife) {
        long days = Math.max(0, ChronoUnit.DAYS.between(date, REFERENCE));
        return Math.pow(2, -(days / 30.4375) / halfLife);
    }

    private static LocalDate lastMeeting(Case c, String a, String b) {
        LocalDate last = null;
        for (Interaction interaction : c.history()) {
            if (!a.equals(b) && interaction.members().contains(a) && interaction.members().contains(b)
                    && (last == null || interaction.date().isAfter(last))) {
                last = interaction.date();
            }
        }
        return last;
    }

    private static DecayingNovelty model(Case c) {
        return new DecayingNovelty(c.history(), REFERENCE, c.halfLife());
    }

    @Test
    void agreesWithTheDefinitionAndIsSymmetric() {
        for (long seed = 0; seed < HISTORIES; seed++) {
            Case c = randomCase(seed, false);
            DecayingNovelty novelty = model(c);
            for (String a : c.people()) {
                for (String b : c.people()) {
                    long cost = novelty.pairCost(a, b);
                    assertThat(cost).as("seed %d, %s-%s", seed, a, b).isEqualTo(expectedCost(c, a, b))
                            .isEqualTo(novelty.pairCost(b, a)).isEqualTo(novelty.acquaintance(a, b).cost())
                            .isGreaterThanOrEqualTo(0);
                    Acquaintance met = novelty.acquaintance(a, b);
                    assertThat(met.lastMeeting()).as("seed %d, %s-%s", seed, a, b).isEqualTo(lastMeeting(c, a, b));
                    assertThat(met.directMeetings() > 0).isEqualTo(met.lastMeeting() != null);
                }
            }
        }
    }

    @Test
    void onTheSameDateMetDirectlyCostsMoreThanACommonPeerWhichCostsMoreThanNever() {
        int withAllThree = 0;
        for (long seed = 0; seed < HISTORIES; seed++) {
            Case c = randomCase(seed, true);
            DecayingNovelty novelty = model(c);
            long cheapestDirect = Long.MAX_VALUE;
            long dearestPeer = 0;
            long cheapestPeer = Long.MAX_VALUE;
            long dearestNever = 0;
            boolean sawNever = false;
            for (String a : c.people()) {
                for (String b : c.people()) {
                    if (a.compareTo(b) >= 0) {
                        continue;
                    }
                    long cost = novelty.pairCost(a, b);
                    Acquaintance met = novelty.acquaintance(a, b);
                    if (met.metDirectly()) {
                        cheapestDirect = Math.min(cheapestDirect, cost);
                    } else if (met.throughPeers()) {
                        dearestPeer = Math.max(dearestPeer, cost);
                        cheapestPeer = Math.min(cheapestPeer, cost);
                    } else {
                        sawNever = true;
                        dearestNever = Math.max(dearestNever, cost);
                    }
                }
            }
            assertThat(dearestNever).as("seed %d", seed).isZero();
            if (cheapestPeer != Long.MAX_VALUE) {
                assertThat(cheapestPeer).as("seed %d", seed).isGreaterThan(dearestNever);
            }
            if (cheapestDirect != Long.MAX_VALUE) {
                assertThat(cheapestDirect).as("seed %d", seed).isGreaterThan(dearestPeer);
            }
            if (cheapestDirect != Long.MAX_VALUE && cheapestPeer != Long.MAX_VALUE && sawNever) {
                withAllThree++;
            }
        }
        assertThat(withAllThree).as("histories with pairs of each kind").isGreaterThan(HISTORIES / 4);
    }

    @Test
    void addingAMeetingNeverLowersACost() {
        for (long seed = 0; seed < HISTORIES; seed++) {
            Case c = randomCase(seed, false);
            Random random = new Random(-seed);
            List<String> shuffled = new ArrayList<>(c.people());
            Collections.shuffle(shuffled, random);
            Interaction added = new Interaction(shuffled.subList(0, 2 + random.nextInt(2)), Mode.OTHER,
                    REFERENCE.minusDays(random.nextInt(3 * 365)));
            DecayingNovelty before = model(c);
            NoveltyModel after = before.withPlannedMeetings(List.of(added));
            for (String a : c.people()) {
                for (String b : c.people()) {
                    assertThat(after.pairCost(a, b)).as("seed %d, %s-%s after %s", seed, a, b, added)
                            .isGreaterThanOrEqualTo(before.pairCost(a, b));
                }
            }
        }
    }

    @Test
    void meetingDirectlyCostsMoreThanTheCommonPeersItReplaces() {
        int checked = 0;
        for (long seed = 0; seed < HISTORIES; seed++) {
            Case c = randomCase(seed, false);
            DecayingNovelty novelty = model(c);
            for (String a : c.people()) {
                for (String b : c.people()) {
                    Acquaintance met = novelty.acquaintance(a, b);
                    if (met.metDirectly() || !met.throughPeers() || met.cost() < 2) {
                        continue;
                    }
                    // Meeting on the date of the freshest common peer's older link.
                    String peer = met.commonPeers().getFirst();
                    LocalDate withA = lastMeeting(c, a, peer);
                    LocalDate withB = lastMeeting(c, b, peer);
                    LocalDate date = withA.isBefore(withB) ? withA : withB;
                    NoveltyModel direct = novelty.withPlannedMeetings(
                            List.of(new Interaction(List.of(a, b), Mode.OTHER, date)));
                    assertThat(direct.pairCost(a, b)).as("seed %d, %s-%s on %s", seed, a, b, date)
                            .isGreaterThan(met.cost());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(HISTORIES);
    }
}
