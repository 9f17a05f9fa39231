package org.peermatch.core.scoring;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peermatch.core.model.Member;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Programme;
import org.peermatch.core.text.Messages;

/**
 * The one place where the fit of a participant and a resource person is scored. The constraints and the
 * explanations both call it, so what the committee reads is what the solver weighed.
 *
 * <p>Thread-safe, as long as its novelty model is (every {@link NoveltyModel} must be).
 */
public final class PairScoring {

    private final Programme programme;
    private final HalfDayCalendar calendar;
    private final NoveltyModel novelty;
    // Filled on demand, possibly from several threads (the accompaniment problem computes pair facts in parallel).
    private final Map<String, BitSet> availabilityById = new ConcurrentHashMap<>();

    /**
     * Prepares scoring for a programme with the default novelty model, {@link DecayingNovelty#of(Programme)}:
     * calendars and history are indexed once.
     */
    public PairScoring(Programme programme) {
        this(programme, DecayingNovelty.of(programme));
    }

    /**
     * Prepares scoring for a programme with another novelty model.
     *
     * @param programme the programme
     * @param novelty the cost of putting two members together given their history
     */
    public PairScoring(Programme programme, NoveltyModel novelty) {
        this.programme = programme;
        this.calendar = new HalfDayCalendar(programme);
        this.novelty = novelty;
    }

    /** @return the programme's half-day calendar */
    public HalfDayCalendar calendar() {
        return calendar;
    }

    /** @return the novelty model the pairs are scored with */
    public NoveltyModel novelty() {
        return novelty;
    }

    /** @return the minimum of common half-days a pair needs over the whole programme */
    public int requiredCommonHalfDays() {
        return (int) Math.ceil(programme.accompaniment().minCommonHalfDaysPerMonth() * calendar.monthCount());
    }

    /** @return the facts of pairing this participant with this resource person */
    public PairFacts facts(Member participant, Member resource) {
        Acquaintance met = novelty.acquaintance(participant.id(), resource.id());
        boolean continuity = participant.continuity().contains(resource.id());
        long noveltyCost = continuity ? 0 : met.cost();
        List<String> commonSectors = new ArrayList<>();
        for (String sector : participant.sectors()) {
            if (resource.sectors().contains(sector)) {
                commonSectors.add(sector);
            }
        }
        return new PairFacts(conflict(participant, resource),
                HalfDayCalendar.commonCount(available(participant), available(resource)), requiredCommonHalfDays(),
                commonSectors, met.directMeetings(), met.lastMeeting(), met.commonPeers(), noveltyCost, continuity,
                participant.preferences().indexOf(resource.id()) + 1);
    }

    /** @return why the two members may not work together, or null when they may ({@link ConflictOfInterest}) */
    public String conflict(Member participant, Member resource) {
        return ConflictOfInterest.between(participant, resource, programme.decisions(), programme.messages());
    }

    /**
     * @return the reward points of a competence level above the minimum: the excess level times the need's
     *         priority weight (3, 2, 1); 0 at or below the minimum
     */
    public static long competencePoints(int level, int minimumLevel, Need need) {
        return (long) Math.max(0, level - minimumLevel) * need.priorityWeight();
    }

    /** @return the levels missing to reach the minimum, 0 when the level is enough */
    public static int levelShortfall(int level, int minimumLevel) {
        return Math.max(0, minimumLevel - level);
    }

    /**
     * Explains a pair for one need, one sentence per reason, in the committee's words.
     *
     * @param need the need covered
     * @param level the resource person's level on the need's topic
     * @param facts the pair's facts
     * @return the sentences, e.g. "covers business-model at level 4/5 (minimum 3)"
     */
    public List<String> sentences(Need need, int level, PairFacts facts) {
        Messages messages = programme.messages();
        List<String> sentences = new ArrayList<>();
        int minimum = programme.accompaniment().minimumLevel();
        sentences.add(messages.get("scoring.pair.covers", NoveltyWords.label(need.topic()), level, minimum));
        if (facts.sameSector()) {
            sentences.add(messages.get("scoring.pair.sector", String.join(", ", facts.commonSectors())));
        }
        sentences.add(noveltySentence(facts));
        if (facts.preferenceRank() > 0) {
            sentences.add(messages.get("scoring.pair.ranked",
                    messages.get("scoring.pair.ordinal", facts.preferenceRank())));
        }
        sentences.add(messages.get("scoring.pair.halfDays", facts.commonHalfDays(), facts.requiredHalfDays()));
        return sentences;
    }

    /** @return the messages of the programme's language, for every sentence explaining its pairs */
    public Messages messages() {
        return programme.messages();
    }

    /**
     * Explains the novelty of a pair, e.g. "never worked together: a new interaction", "worked together 2 times,
     * last in May 2026 (novelty cost 71)", "have not worked together but both worked with Inès Carrère (novelty
     * cost 12)" or "continuity asked by the participant (worked together once)".
     *
     * @param facts the pair's facts
     * @return one sentence
     */
    public String noveltySentence(PairFacts facts) {
        Messages messages = programme.messages();
        boolean direct = facts.earlierInteractions() > 0;
        boolean peers = !facts.commonPeers().isEmpty();
        if (!direct && !peers) {
            return messages.get("scoring.pair.new");
        }
        if (facts.continuityAsked()) {
            return direct ? messages.get("scoring.pair.continuity.direct", times(messages, facts))
                    : messages.get("scoring.pair.continuity.peers", peerNames(facts));
        }
        if (!direct) {
            return messages.get("scoring.pair.peersOnly", peerNames(facts), facts.noveltyCost());
        }
        String month = NoveltyWords.month(messages, facts.lastInteraction());
        return peers ? messages.get("scoring.pair.metAndPeers", times(messages, facts), month, peerNames(facts),
                facts.noveltyCost()) : messages.get("scoring.pair.met", times(messages, facts), month,
                        facts.noveltyCost());
    }

    // "Inès Carrère", "Inès Carrère and Paul Roux", "Inès Carrère, Paul Roux and 2 others".
    private String peerNames(PairFacts facts) {
        List<String> names = new ArrayList<>();
        for (String id : facts.commonPeers()) {
            Member peer = programme.member(id);
            names.add(peer == null ? id : peer.name());
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        if (names.size() == 2) {
            return programme.messages().get("scoring.pair.peers.two", names.get(0), names.get(1));
        }
        return programme.messages().get("scoring.pair.peers.more", names.get(0), names.get(1), names.size() - 2);
    }

    private static String times(Messages messages, PairFacts facts) {
        return NoveltyWords.times(messages, facts.earlierInteractions());
    }

    private BitSet available(Member member) {
        return availabilityById.computeIfAbsent(member.id(), id -> calendar.availableHalfDays(member));
    }
}
