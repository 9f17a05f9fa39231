package org.peermatch.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.CandidateVerdict;
import org.peermatch.core.accompaniment.ResourceLoad;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.codevelopment.CodevelopmentProposal;
import org.peermatch.core.codevelopment.UnplacedCodevelopmentMember;
import org.peermatch.core.immersion.ImmersionPairing;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.ImmersionScoring;
import org.peermatch.core.immersion.UnplacedMentee;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.plan.Gap;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.workshop.UnservedWorkshopNeed;
import org.peermatch.core.workshop.Workshop;
import org.peermatch.core.workshop.WorkshopProposal;

/**
 * What the steering committee has to decide about a proposal, computed from the proposal's own data (gaps,
 * explanations, loads) and the programme (competences, offers, history), never from its sentences; the report only
 * words it.
 *
 * <p>Two views: {@link #modeGaps()} counts what each mode left unplanned, worst first (the report's headline), and
 * {@link #points()} ranks the points to decide: broken rules, then needs and seats without a plan grouped by theme
 * (most essential needs first), then pinned pairs that cost coverage, pairs that repeat an earlier interaction,
 * weak matches and resource persons at or over {@value #NEAR_CAPACITY_PERCENT}% of their hours.
 *
 * <p>Deterministic: everything follows the proposal's and the programme's order, ties keep it. O(P + N × R) for P
 * pairs, N uncovered needs and R candidates each, plus O(H) per immersion pair for H earlier interactions.
 */
final class PointsToDecide {

    /** A resource person at or over this share of the hours they offered is pointed out. */
    static final int NEAR_CAPACITY_PERCENT = 90;

    /**
     * What one mode left unplanned.
     *
     * @param mode the mode, or null for the calendar (sessions that could not be dated)
     * @param total how many things are left unplanned
     * @param essential how many of them are essential (an essential need, a mentee, a member, a workshop)
     * @param notHeld for workshops: how many workshops are not held (counted in total), else 0
     */
    record ModeGap(Mode mode, int total, int essential, int notHeld) {
    }

    /** One point to decide; the report words each kind. */
    sealed interface Point {
    }

    /** Hard rules the proposal breaks. */
    record BrokenRules(int count) implements Point {
    }

    /** Why needs of one topic are left without a resource person. */
    enum NeedCause {
        /** Nobody offering accompaniment is competent enough on the topic. */
        NO_RESOURCE_PERSON,
        /** Every competent resource person is blocked by a rule (hours, participants, availability, conflicts). */
        ALL_BLOCKED,
        /** A competent resource person was free: the need lost to more important needs or better pairs. */
        TRADE_OFF
    }

    /**
     * Accompaniment needs of one topic without a resource person.
     *
     * @param topic the topic
     * @param participants the participants concerned, one entry per need, in proposal order
     * @param essential how many of the needs are essential
     * @param cause why
     * @param minimumLevel the programme's minimum level
     * @param candidates the competent resource persons (blocked or not), in document order
     */
    record UncoveredTopic(String topic, List<String> participants, int essential, NeedCause cause,
            int minimumLevel, List<String> candidates) implements Point {
    }

    /** Why needs on one workshop theme have no seat. */
    enum SeatCause {
        /** No member who offers to animate workshops is at the minimum level on the theme. */
        NO_ANIMATOR,
        /** Animators exist, but no workshop on the theme was chosen within the programme's count. */
        NOT_CHOSEN,
        /** A workshop on the theme is held, but these participants have no seat in it (availability, size). */
        NO_SEAT
    }

    /**
     * Workshop needs on one theme without a seat.
     *
     * @param topic the theme
     * @param participants the participants concerned, one entry per need, in proposal order
     * @param essential how many of the needs are essential
     * @param cause why
     * @param minimumLevel the programme's minimum level for an animator
     */
    record UnseatedTheme(String topic, List<String> participants, int essential, SeatCause cause, int minimumLevel)
            implements Point {
    }

    /** Workshop themes whose needs without a seat are none essential, in one point. */
    record MinorThemes(List<UnseatedTheme> themes) implements Point {
        /** @return how many needs the themes leave without a seat */
        int needs() {
            return themes.stream().mapToInt(theme -> theme.participants().size()).sum();
        }
    }

    /** Workshops of the programme that are not held. */
    record WorkshopsNotHeld(int count) implements Point {
    }

    /** Mentees without an immersion day. */
    record MenteesWithoutDay(List<String> mentees) implements Point {
    }

    /** Members in no co-development group. */
    record MembersWithoutGroup(List<String> members) implements Point {
    }

    /** Sessions the calendar could not date. */
    record UndatedSessions(int count) implements Point {
    }

    /**
     * A pinned pair whose resource person, out of hours or participants, is what blocks uncovered needs.
     *
     * @param participant the pinned participant
     * @param resource the pinned resource person
     * @param topic the pinned need's topic
     * @param hours the pinned pair's hours
     * @param blocked the uncovered needs this resource person could otherwise take, as participant ids
     */
    record CostlyPin(String participant, String resource, String topic, int hours, List<String> blocked)
            implements Point {
    }

    /**
     * A pair of the proposal that worked together before.
     *
     * @param first the participant (or mentee)
     * @param second the resource person (or mentor)
     * @param topics the topics of the pair's needs, in proposal order; empty for an immersion pair
     * @param times how many times they worked together before
     */
    record Pair(String first, String second, List<String> topics, int times) {
        public Pair {
            topics = List.copyOf(topics);
        }
    }

    /**
     * Pairs that repeat an earlier interaction, in one point.
     *
     * @param pairs the repeating pairs, in proposal order
     * @param of how many pairs of people the mode has
     * @param mode accompaniment or immersion
     */
    record RepeatedPairs(List<Pair> pairs, int of, Mode mode) implements Point {
    }

    /** Immersion mentors whose profile matches none of their mentee's objectives. */
    record UnmatchedObjectives(List<ImmersionPairing> pairings) implements Point {
    }

    /** Essential needs covered by a resource person exactly at the programme's minimum level. */
    record MinimumLevel(List<Assignment> assignments, int minimumLevel) implements Point {
    }

    /** Resource persons at or over {@value #NEAR_CAPACITY_PERCENT}% of the hours they offered. */
    record NearCapacity(List<ResourceLoad> loads) implements Point {
    }

    private final Proposal proposal;
    private final Programme programme;

    PointsToDecide(Proposal proposal, Programme programme) {
        this.proposal = proposal;
        this.programme = programme;
    }

    /** @return each mode that left something unplanned, worst first: most essential gaps, then most gaps */
    List<ModeGap> modeGaps() {
        List<ModeGap> gaps = new ArrayList<>();
        AccompanimentProposal accompaniment = proposal.accompaniment();
        if (accompaniment != null && !accompaniment.uncovered().isEmpty()) {
            int essential = (int) accompaniment.uncovered().stream().filter(need -> need.priority() == 1).count();
            gaps.add(new ModeGap(Mode.ACCOMPANIMENT, accompaniment.uncovered().size(), essential, 0));
        }
        ImmersionProposal immersion = proposal.immersion();
        if (immersion != null && !immersion.unplaced().isEmpty()) {
            gaps.add(new ModeGap(Mode.IMMERSION, immersion.unplaced().size(), immersion.unplaced().size(), 0));
        }
        CodevelopmentProposal codevelopment = proposal.codevelopment();
        if (codevelopment != null && !codevelopment.unplaced().isEmpty()) {
            gaps.add(new ModeGap(Mode.CODEVELOPMENT, codevelopment.unplaced().size(),
                    codevelopment.unplaced().size(), 0));
        }
        WorkshopProposal workshops = proposal.workshops();
        if (workshops != null) {
            int seats = 0;
            for (Gap gap : workshops.gaps()) {
                if (gap.member() != null) {
                    seats++;
                }
            }
            int notHeld = (int) workshops.notHeld();
            if (seats + notHeld > 0) {
                gaps.add(new ModeGap(Mode.WORKSHOP, seats + notHeld, seats + notHeld, notHeld));
            }
        }
        if (proposal.calendar() != null && !proposal.calendar().unplaced().isEmpty()) {
            int undated = proposal.calendar().unplaced().size();
            gaps.add(new ModeGap(null, undated, undated, 0));
        }
        gaps.sort(Comparator.comparingInt(ModeGap::essential).thenComparingInt(ModeGap::total).reversed());
        return gaps;
    }

    /** @return the points to decide, most pressing first */
    List<Point> points() {
        List<Point> points = new ArrayList<>();
        int broken = proposal.allViolations().size();
        if (broken > 0) {
            points.add(new BrokenRules(broken));
        }
        List<Point> gaps = new ArrayList<>();
        gaps.addAll(uncoveredTopics());
        List<UnseatedTheme> minor = new ArrayList<>();
        for (UnseatedTheme theme : unseatedThemes()) {
            if (theme.essential() > 0) {
                gaps.add(theme);
            } else {
                minor.add(theme);
            }
        }
        if (proposal.immersion() != null && !proposal.immersion().unplaced().isEmpty()) {
            gaps.add(new MenteesWithoutDay(proposal.immersion().unplaced().stream().map(UnplacedMentee::mentee)
                    .toList()));
        }
        if (proposal.codevelopment() != null && !proposal.codevelopment().unplaced().isEmpty()) {
            gaps.add(new MembersWithoutGroup(proposal.codevelopment().unplaced().stream()
                    .map(UnplacedCodevelopmentMember::member).toList()));
        }
        // Stable: most essential gaps first, then the larger; equal ones keep the order above.
        gaps.sort(Comparator.comparingInt(PointsToDecide::essential).thenComparingInt(PointsToDecide::size)
                .reversed());
        points.addAll(gaps);
        if (proposal.workshops() != null && proposal.workshops().notHeld() > 0) {
            points.add(new WorkshopsNotHeld((int) proposal.workshops().notHeld()));
        }
        if (!minor.isEmpty()) {
            points.add(new MinorThemes(List.copyOf(minor)));
        }
        if (proposal.calendar() != null && !proposal.calendar().unplaced().isEmpty()) {
            points.add(new UndatedSessions(proposal.calendar().unplaced().size()));
        }
        points.addAll(costlyPins());
        points.addAll(repeatedPairs());
        if (proposal.immersion() != null) {
            List<ImmersionPairing> unmatched = unmatchedObjectives(proposal.immersion());
            if (!unmatched.isEmpty()) {
                points.add(new UnmatchedObjectives(unmatched));
            }
        }
        if (proposal.accompaniment() != null) {
            List<Assignment> atMinimum = new ArrayList<>();
            for (Assignment assignment : proposal.accompaniment().assignments()) {
                if (assignment.priority() == 1 && assignment.why() != null
                        && assignment.why().level() == assignment.why().minimumLevel()) {
                    atMinimum.add(assignment);
                }
            }
            if (!atMinimum.isEmpty()) {
                points.add(new MinimumLevel(atMinimum, programme.accompaniment().minimumLevel()));
            }
            List<ResourceLoad> near = new ArrayList<>();
            for (ResourceLoad load : proposal.accompaniment().loads()) {
                if (load.hoursCapacity() > 0 && load.hours() * 100L >= NEAR_CAPACITY_PERCENT * (long) load.hoursCapacity()) {
                    near.add(load);
                }
            }
            if (!near.isEmpty()) {
                points.add(new NearCapacity(near));
            }
        }
        return points;
    }

    private static int essential(Point point) {
        return switch (point) {
            case UncoveredTopic topic -> topic.essential();
            case UnseatedTheme theme -> theme.essential();
            case MenteesWithoutDay mentees -> mentees.mentees().size();
            case MembersWithoutGroup members -> members.members().size();
            default -> 0;
        };
    }

    private static int size(Point point) {
        return switch (point) {
            case UncoveredTopic topic -> topic.participants().size();
            case UnseatedTheme theme -> theme.participants().size();
            case MenteesWithoutDay mentees -> mentees.mentees().size();
            case MembersWithoutGroup members -> members.members().size();
            default -> 0;
        };
    }

    /** @return the uncovered accompaniment needs grouped by topic, in the order topics first appear */
    List<UncoveredTopic> uncoveredTopics() {
        if (proposal.accompaniment() == null) {
            return List.of();
        }
        Map<String, List<UncoveredNeed>> byTopic = new LinkedHashMap<>();
        for (UncoveredNeed need : proposal.accompaniment().uncovered()) {
            byTopic.computeIfAbsent(need.topic(), topic -> new ArrayList<>()).add(need);
        }
        List<UncoveredTopic> topics = new ArrayList<>();
        for (Map.Entry<String, List<UncoveredNeed>> entry : byTopic.entrySet()) {
            List<UncoveredNeed> needs = entry.getValue();
            NeedCause cause = NeedCause.ALL_BLOCKED;
            List<String> candidates = new ArrayList<>();
            for (UncoveredNeed need : needs) {
                if (need.candidates().isEmpty()) {
                    cause = NeedCause.NO_RESOURCE_PERSON;
                }
                for (CandidateVerdict verdict : need.candidates()) {
                    if (verdict.blockedBy().isEmpty() && cause == NeedCause.ALL_BLOCKED) {
                        cause = NeedCause.TRADE_OFF;
                    }
                    if (!candidates.contains(verdict.resource())) {
                        candidates.add(verdict.resource());
                    }
                }
            }
            topics.add(new UncoveredTopic(entry.getKey(), needs.stream().map(UncoveredNeed::participant).toList(),
                    (int) needs.stream().filter(need -> need.priority() == 1).count(), cause,
                    programme.accompaniment().minimumLevel(), candidates));
        }
        return topics;
    }

    /** @return the workshop needs without a seat grouped by theme, in the order themes first appear */
    List<UnseatedTheme> unseatedThemes() {
        WorkshopProposal workshops = proposal.workshops();
        if (workshops == null) {
            return List.of();
        }
        Map<String, List<UnservedWorkshopNeed>> byTopic = new LinkedHashMap<>();
        for (UnservedWorkshopNeed need : workshops.unserved()) {
            byTopic.computeIfAbsent(need.topic(), topic -> new ArrayList<>()).add(need);
        }
        int minimumLevel = programme.workshop().minimumLevel();
        List<UnseatedTheme> themes = new ArrayList<>();
        for (Map.Entry<String, List<UnservedWorkshopNeed>> entry : byTopic.entrySet()) {
            String topic = entry.getKey();
            SeatCause cause;
            if (!animatorExists(topic, minimumLevel)) {
                cause = SeatCause.NO_ANIMATOR;
            } else if (workshops.workshops().stream().map(Workshop::theme).noneMatch(topic::equals)) {
                cause = SeatCause.NOT_CHOSEN;
            } else {
                cause = SeatCause.NO_SEAT;
            }
            List<UnservedWorkshopNeed> needs = entry.getValue();
            themes.add(new UnseatedTheme(topic, needs.stream().map(UnservedWorkshopNeed::participant).toList(),
                    (int) needs.stream().filter(need -> need.priority() == 1).count(), cause, minimumLevel));
        }
        return themes;
    }

    private boolean animatorExists(String topic, int minimumLevel) {
        for (Member member : programme.members()) {
            if (member.offer(Mode.WORKSHOP) != null && member.levelOn(topic) >= minimumLevel) {
                return true;
            }
        }
        return false;
    }

    /** @return pinned pairs whose resource person is blocked by hours or participants on an uncovered need */
    List<CostlyPin> costlyPins() {
        AccompanimentProposal accompaniment = proposal.accompaniment();
        if (accompaniment == null) {
            return List.of();
        }
        String hours = AccompanimentConstraint.RESOURCE_HOURS_EXCEEDED.id();
        String participants = AccompanimentConstraint.RESOURCE_PARTICIPANTS_EXCEEDED.id();
        List<CostlyPin> pins = new ArrayList<>();
        for (Assignment assignment : accompaniment.assignments()) {
            if (!assignment.pinned()) {
                continue;
            }
            List<String> blocked = new ArrayList<>();
            for (UncoveredNeed need : accompaniment.uncovered()) {
                for (CandidateVerdict verdict : need.candidates()) {
                    if (verdict.resource().equals(assignment.resource())
                            && (verdict.blockedBy().contains(hours) || verdict.blockedBy().contains(participants))) {
                        blocked.add(need.participant());
                    }
                }
            }
            if (!blocked.isEmpty()) {
                pins.add(new CostlyPin(assignment.participant(), assignment.resource(), assignment.topic(),
                        assignment.hours(), blocked));
            }
        }
        return pins;
    }

    /** @return the accompaniment and immersion pairs that worked together before (continuity asked aside) */
    List<RepeatedPairs> repeatedPairs() {
        List<RepeatedPairs> points = new ArrayList<>();
        AccompanimentProposal accompaniment = proposal.accompaniment();
        if (accompaniment != null) {
            // One entry per pair of people, with every topic they share in the proposal.
            Map<String, List<Assignment>> byPair = new LinkedHashMap<>();
            for (Assignment assignment : accompaniment.assignments()) {
                byPair.computeIfAbsent(assignment.participant() + "\n" + assignment.resource(),
                        key -> new ArrayList<>()).add(assignment);
            }
            List<Pair> pairs = new ArrayList<>();
            for (List<Assignment> assignments : byPair.values()) {
                Assignment first = assignments.get(0);
                if (first.why() != null && first.why().earlierInteractions() > 0 && !first.why().continuityAsked()) {
                    pairs.add(new Pair(first.participant(), first.resource(),
                            assignments.stream().map(Assignment::topic).toList(), first.why().earlierInteractions()));
                }
            }
            if (!pairs.isEmpty()) {
                points.add(new RepeatedPairs(pairs, byPair.size(), Mode.ACCOMPANIMENT));
            }
        }
        ImmersionProposal immersion = proposal.immersion();
        if (immersion != null) {
            List<Pair> pairs = new ArrayList<>();
            for (ImmersionPairing pairing : immersion.pairings()) {
                int times = 0;
                for (Interaction interaction : programme.history()) {
                    if (interaction.members().contains(pairing.mentee())
                            && interaction.members().contains(pairing.mentor())) {
                        times++;
                    }
                }
                if (times > 0) {
                    pairs.add(new Pair(pairing.mentee(), pairing.mentor(), List.of(), times));
                }
            }
            if (!pairs.isEmpty()) {
                points.add(new RepeatedPairs(pairs, immersion.pairings().size(), Mode.IMMERSION));
            }
        }
        return points;
    }

    /**
     * @return immersion pairs whose mentee stated objectives (as the proposal keeps them) and whose mentor's profile
     *         tags match none of them: the rule of {@link ImmersionScoring#matchedObjectives}
     */
    List<ImmersionPairing> unmatchedObjectives(ImmersionProposal immersion) {
        List<ImmersionPairing> unmatched = new ArrayList<>();
        for (ImmersionPairing pairing : immersion.pairings()) {
            Member mentor = programme.member(pairing.mentor());
            if (mentor != null && !pairing.objectives().isEmpty()
                    && pairing.objectives().stream().noneMatch(mentor.tags()::contains)) {
                unmatched.add(pairing);
            }
        }
        return unmatched;
    }
}
