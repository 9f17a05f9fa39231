package org.peermatch.core.accompaniment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.model.Competence;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.solve.Proposal;

/**
 * The rules of individual accompaniment re-checked in plain Java straight from the programme records, for tests.
 * It shares no code with the solver, its scoring functions or its certifier: availability is counted date by date,
 * conflicts and history are looked up in the records, every total is summed here.
 *
 * <p>Written from the documented rules (README constraint table, FORMAT.md, {@code AccompanimentConstraint}
 * descriptions). The one thing mirrored from a library is the definition of load unfairness, which is Timefold's
 * {@code LoadBalance}: sqrt(Σ(x − mean)²), 6 significant digits, rounded half-up to a whole number.
 */
final class IndependentRules {

    static final String COMPETENCE_TOO_LOW = "competence-too-low";
    static final String RESOURCE_HOURS_EXCEEDED = "resource-hours-exceeded";
    static final String RESOURCE_PARTICIPANTS_EXCEEDED = "resource-participants-exceeded";
    static final String CONFLICT_OF_INTEREST = "conflict-of-interest";
    static final String TOO_LITTLE_COMMON_AVAILABILITY = "too-little-common-availability";
    static final String PINNED_PAIR_MISSING = "pinned-pair-missing";
    static final String MEETINGS_CANNOT_BE_DATED = "meetings-cannot-be-dated";
    static final String TOO_MANY_RESOURCE_PERSONS = "too-many-resource-persons";

    private static final Map<String, Long> DEFAULT_WEIGHTS = Map.ofEntries(
            Map.entry(COMPETENCE_TOO_LOW, 1L), Map.entry(RESOURCE_HOURS_EXCEEDED, 1L),
            Map.entry(RESOURCE_PARTICIPANTS_EXCEEDED, 1L), Map.entry(CONFLICT_OF_INTEREST, 1L),
            Map.entry(TOO_LITTLE_COMMON_AVAILABILITY, 1L), Map.entry(PINNED_PAIR_MISSING, 1L),
            Map.entry(MEETINGS_CANNOT_BE_DATED, 1L),
            Map.entry(TOO_MANY_RESOURCE_PERSONS, 1L), Map.entry("need-uncovered", 1L),
            Map.entry("competence-above-minimum", 10L), Map.entry("same-sector", 30L),
            Map.entry("repeated-interaction", 1L), Map.entry("several-resource-persons", 40L),
            Map.entry("unbalanced-load", 1L), Map.entry("worst-off-participant", 10L),
            Map.entry("preferred-resource-person", 10L));

    private static final double DAYS_PER_MONTH = 30.4375;

    /** One need of one participant. */
    record NeedRef(String participant, Need need) {
    }

    /** One need covered by one resource person. */
    record Pair(String participant, String resource, String topic) {
    }

    /** A broken hard rule: the constraint id and what, for messages. */
    record Finding(String constraint, String what) {
    }

    /** A score on three levels. */
    record Score(long hard, long medium, long soft) {
        @Override
        public String toString() {
            return hard + "hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private final Programme programme;
    private final List<Member> resources = new ArrayList<>();
    private final List<NeedRef> needs = new ArrayList<>();
    /** The lexicographic weight of each priority, once computed (0: not yet). */
    private final long[] lexicographic = new long[4];
    private final Map<String, boolean[]> availableById = new LinkedHashMap<>();
    private final int requiredHalfDays;

    IndependentRules(Programme programme) {
        this.programme = programme;
        for (Member member : programme.members()) {
            if (member.offers().get(Mode.ACCOMPANIMENT) != null) {
                resources.add(member);
            }
            if (member.requests().contains(Mode.ACCOMPANIMENT)) {
                for (Need need : member.needs()) {
                    needs.add(new NeedRef(member.id(), need));
                }
            }
        }
        long days = ChronoUnit.DAYS.between(programme.start(), programme.end()) + 1;
        double months = Math.max(1.0, days / DAYS_PER_MONTH);
        this.requiredHalfDays = (int) Math.ceil(programme.accompaniment().minCommonHalfDaysPerMonth() * months);
    }

    /** @return the members offering accompaniment, in document order */
    List<Member> resources() {
        return resources;
    }

    /** @return every need of every participant, in document order */
    List<NeedRef> needs() {
        return needs;
    }

    // ---- facts ---------------------------------------------------------------------------------------------------

    private Member member(String id) {
        for (Member member : programme.members()) {
            if (member.id().equals(id)) {
                return member;
            }
        }
        throw new IllegalArgumentException("No member " + id);
    }

    Offer offer(String id) {
        return member(id).offers().get(Mode.ACCOMPANIMENT);
    }

    int level(String resource, String topic) {
        int level = 0;
        for (Competence competence : member(resource).competences()) {
            if (competence.topic().equals(topic) && competence.level() > level) {
                level = competence.level();
            }
        }
        return level;
    }

    boolean conflicted(String participantId, String resourceId) {
        if (participantId.equals(resourceId)) {
            return true;
        }
        Member participant = member(participantId);
        Member resource = member(resourceId);
        String organization = participant.organization().toLowerCase(Locale.ROOT);
        if (organization.equals(resource.organization().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (participant.conflicts().contains(resourceId) || resource.conflicts().contains(participantId)) {
            return true;
        }
        for (ForbiddenPair forbidden : programme.decisions().forbidden()) {
            Set<String> ids = Set.of(forbidden.first(), forbidden.second());
            if (ids.contains(participantId) && ids.contains(resourceId)) {
                return true;
            }
        }
        return false;
    }

    int minimumLevel() {
        return programme.accompaniment().minimumLevel();
    }

    int maxResourcePersons() {
        return programme.accompaniment().maxResourcePersons();
    }

    int requiredHalfDays() {
        return requiredHalfDays;
    }

    /** Counted date by date and slot by slot over the whole programme. */
    int commonHalfDays(String first, String second) {
        boolean[] a = available(first);
        boolean[] b = available(second);
        int common = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] && b[i]) {
                common++;
            }
        }
        return common;
    }

    /**
     * Meetings the pair's common half-days can date, day by day: a day on which the programme is open and both are
     * available for one half-day at least takes a meeting when it comes minWeeksBetweenMeetings weeks or more after
     * the last one taken (from the re-planning date, when there is one).
     */
    int datableMeetings(String first, String second) {
        boolean[] a = available(first);
        boolean[] b = available(second);
        int slots = programme.halfDays().size();
        long gap = Math.max(1, programme.calendar().minWeeksBetweenMeetings() * 7L);
        LocalDate from = programme.changes() == null || programme.changes().replanFrom() == null ? programme.start()
                : programme.changes().replanFrom();
        LocalDate next = from;
        int count = 0;
        int day = 0;
        for (LocalDate date = programme.start(); !date.isAfter(programme.end()); date = date.plusDays(1), day++) {
            if (date.isBefore(next) || programme.isClosed(date)) {
                continue;
            }
            for (int slot = 0; slot < slots; slot++) {
                if (a[day * slots + slot] && b[day * slots + slot]) {
                    count++;
                    next = date.plusDays(gap);
                    break;
                }
            }
        }
        return count;
    }

    /** @return the meetings the pair's hours call for: hours divided by meetingHours, rounded up */
    int meetingsCalledFor(String participant, String resource, List<Pair> pairs) {
        int hours = 0;
        for (Pair pair : pairs) {
            if (pair.participant().equals(participant) && pair.resource().equals(resource)) {
                hours += needOf(pair).hours();
            }
        }
        int length = Math.max(1, programme.calendar().meetingHours());
        return (hours + length - 1) / length;
    }

    private boolean[] available(String id) {
        return availableById.computeIfAbsent(id, key -> {
            Member member = member(key);
            List<HalfDaySlot> slots = programme.halfDays();
            List<Boolean> flat = new ArrayList<>();
            for (LocalDate date = programme.start(); !date.isAfter(programme.end()); date = date.plusDays(1)) {
                for (HalfDaySlot slot : slots) {
                    flat.add(availableOn(member, date, slot.id()));
                }
            }
            boolean[] result = new boolean[flat.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = flat.get(i);
            }
            return result;
        });
    }

    private static boolean availableOn(Member member, LocalDate date, String slot) {
        if (member.availability().unavailable().contains(date)) {
            return false;
        }
        if (member.availability().weekly().isEmpty()) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
        for (WeeklyAvailability weekly : member.availability().weekly()) {
            if (!date.isBefore(weekly.from()) && !date.isAfter(weekly.to())
                    && weekly.halfDays().contains(new WeeklyHalfDay(date.getDayOfWeek(), slot))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the cost of putting the two together, 0 with continuity: the larger of the direct part (100 per
     *         earlier interaction, halving every half-life before the programme's start) and the common-peer part
     *         (25 per third person both worked with, halving with the age of the older of the two links, each link
     *         dated by its last meeting; the two freshest peers only), rounded
     */
    long noveltyCost(String participantId, String resourceId) {
        if (member(participantId).continuity().contains(resourceId) || participantId.equals(resourceId)) {
            return 0;
        }
        double direct = 0;
        for (Interaction interaction : programme.history()) {
            Set<String> ids = new LinkedHashSet<>(interaction.members());
            if (ids.contains(participantId) && ids.contains(resourceId)) {
                direct += 100 * Math.pow(2, -halfLivesSince(interaction.date()));
            }
        }
        Map<String, LocalDate> participantMet = lastMetBy(participantId);
        Map<String, LocalDate> resourceMet = lastMetBy(resourceId);
        List<Double> peerWeights = new ArrayList<>();
        for (Map.Entry<String, LocalDate> peer : participantMet.entrySet()) {
            LocalDate other = resourceMet.get(peer.getKey());
            if (other != null) {
                LocalDate older = peer.getValue().isBefore(other) ? peer.getValue() : other;
                peerWeights.add(Math.pow(2, -halfLivesSince(older)));
            }
        }
        peerWeights.sort(Comparator.reverseOrder());
        double peers = 0;
        for (int i = 0; i < Math.min(2, peerWeights.size()); i++) {
            peers += 25 * peerWeights.get(i);
        }
        return Math.round(Math.max(direct, peers));
    }

    private double halfLivesSince(LocalDate date) {
        long daysBefore = Math.max(0, ChronoUnit.DAYS.between(date, programme.start()));
        return daysBefore / DAYS_PER_MONTH / programme.accompaniment().noveltyHalfLifeMonths();
    }

    /** @return everyone the member worked with, and the last time */
    private Map<String, LocalDate> lastMetBy(String id) {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        for (Interaction interaction : programme.history()) {
            if (interaction.members().contains(id)) {
                for (String other : interaction.members()) {
                    if (!other.equals(id)) {
                        last.merge(other, interaction.date(), (a, b) -> a.isAfter(b) ? a : b);
                    }
                }
            }
        }
        return last;
    }

    private boolean shareSector(String participantId, String resourceId) {
        for (String sector : member(participantId).sectors()) {
            if (member(resourceId).sectors().contains(sector)) {
                return true;
            }
        }
        return false;
    }

    private int preferencePoints(String participantId, String resourceId) {
        int rank = member(participantId).preferences().indexOf(resourceId) + 1;
        return rank == 0 ? 0 : Math.max(1, 5 - rank);
    }

    private long weight(String id) {
        return programme.weights().getOrDefault(id, DEFAULT_WEIGHTS.get(id));
    }

    private Need needOf(Pair pair) {
        for (NeedRef ref : needs) {
            if (ref.participant().equals(pair.participant()) && ref.need().topic().equals(pair.topic())) {
                return ref.need();
            }
        }
        throw new IllegalArgumentException("No need " + pair);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    /** @return every hard rule the pairs break: one finding per pair, resource person, participant or pin */
    List<Finding> brokenRules(List<Pair> pairs) {
        List<Finding> findings = new ArrayList<>();
        int minimum = programme.accompaniment().minimumLevel();
        for (Pair pair : pairs) {
            if (level(pair.resource(), pair.topic()) < minimum) {
                findings.add(new Finding(COMPETENCE_TOO_LOW, pair.toString()));
            }
        }
        for (List<String> pr : distinctPairs(pairs)) {
            if (conflicted(pr.get(0), pr.get(1))) {
                findings.add(new Finding(CONFLICT_OF_INTEREST, pr.toString()));
            }
            if (commonHalfDays(pr.get(0), pr.get(1)) < requiredHalfDays) {
                findings.add(new Finding(TOO_LITTLE_COMMON_AVAILABILITY, pr.toString()));
            }
            if (meetingsCalledFor(pr.get(0), pr.get(1), pairs) > datableMeetings(pr.get(0), pr.get(1))) {
                findings.add(new Finding(MEETINGS_CANNOT_BE_DATED, pr.toString()));
            }
        }
        for (Member resource : resources) {
            if (hoursOf(resource.id(), pairs) > offer(resource.id()).hours()) {
                findings.add(new Finding(RESOURCE_HOURS_EXCEEDED, resource.id()));
            }
            if (participantsOf(resource.id(), pairs).size() > offer(resource.id()).participants()) {
                findings.add(new Finding(RESOURCE_PARTICIPANTS_EXCEEDED, resource.id()));
            }
        }
        for (String participant : participantIds()) {
            if (resourcesOf(participant, pairs).size() > programme.accompaniment().maxResourcePersons()) {
                findings.add(new Finding(TOO_MANY_RESOURCE_PERSONS, participant));
            }
        }
        for (PinnedPair pin : programme.decisions().pinned()) {
            if (!kept(pin, pairs)) {
                findings.add(new Finding(PINNED_PAIR_MISSING, pin.toString()));
            }
        }
        return findings;
    }

    /** @return the score of the pairs, every need not among them being uncovered */
    Score score(List<Pair> pairs) {
        int minimum = programme.accompaniment().minimumLevel();
        long competenceShortfall = 0;
        long competenceExcess = 0;
        for (Pair pair : pairs) {
            int level = level(pair.resource(), pair.topic());
            competenceShortfall += Math.max(0, minimum - level);
            competenceExcess += (long) Math.max(0, level - minimum) * priorityWeight(needOf(pair));
        }
        long conflicts = 0;
        long missingHalfDays = 0;
        long missingMeetings = 0;
        long sameSector = 0;
        long novelty = 0;
        long preferred = 0;
        for (List<String> pr : distinctPairs(pairs)) {
            conflicts += conflicted(pr.get(0), pr.get(1)) ? 1 : 0;
            missingHalfDays += Math.max(0, requiredHalfDays - commonHalfDays(pr.get(0), pr.get(1)));
            missingMeetings += Math.max(0, meetingsCalledFor(pr.get(0), pr.get(1), pairs)
                    - datableMeetings(pr.get(0), pr.get(1)));
            sameSector += shareSector(pr.get(0), pr.get(1)) ? 1 : 0;
            novelty += noveltyCost(pr.get(0), pr.get(1));
            preferred += preferencePoints(pr.get(0), pr.get(1));
        }
        long extraHours = 0;
        long extraParticipants = 0;
        List<Long> permille = new ArrayList<>();
        for (Member resource : resources) {
            Offer offer = offer(resource.id());
            int hours = hoursOf(resource.id(), pairs);
            extraHours += Math.max(0, hours - offer.hours());
            extraParticipants += Math.max(0, participantsOf(resource.id(), pairs).size() - offer.participants());
            permille.add(offer.hours() <= 0 ? 0 : hours * 1000L / offer.hours());
        }
        long extraResourcePersons = 0;
        long severalResourcePersons = 0;
        long worstOff = 0;
        for (String participant : participantIds()) {
            int count = resourcesOf(participant, pairs).size();
            extraResourcePersons += Math.max(0, count - programme.accompaniment().maxResourcePersons());
            severalResourcePersons += Math.max(0, count - 1);
            long uncovered = 0;
            for (NeedRef ref : needs) {
                if (ref.participant().equals(participant) && !covered(ref, pairs)) {
                    uncovered += priorityWeight(ref.need());
                }
            }
            worstOff += uncovered * uncovered;
        }
        long pinsMissing = 0;
        for (PinnedPair pin : programme.decisions().pinned()) {
            pinsMissing += kept(pin, pairs) ? 0 : 1;
        }
        long uncoveredWeight = 0;
        for (NeedRef ref : needs) {
            uncoveredWeight += covered(ref, pairs) ? 0 : coverWeight(ref.need());
        }
        long hard = -(weight(COMPETENCE_TOO_LOW) * competenceShortfall + weight(RESOURCE_HOURS_EXCEEDED) * extraHours
                + weight(RESOURCE_PARTICIPANTS_EXCEEDED) * extraParticipants + weight(CONFLICT_OF_INTEREST) * conflicts
                + weight(TOO_LITTLE_COMMON_AVAILABILITY) * missingHalfDays + weight(PINNED_PAIR_MISSING) * pinsMissing
                + weight(MEETINGS_CANNOT_BE_DATED) * missingMeetings
                + weight(TOO_MANY_RESOURCE_PERSONS) * extraResourcePersons);
        long medium = -weight("need-uncovered") * uncoveredWeight;
        long soft = weight("competence-above-minimum") * competenceExcess + weight("same-sector") * sameSector
                - weight("repeated-interaction") * novelty
                - weight("several-resource-persons") * severalResourcePersons
                - weight("unbalanced-load") * unfairness(permille)
                - weight("worst-off-participant") * worstOff
                + weight("preferred-resource-person") * preferred;
        return new Score(hard, medium, soft);
    }

    /** Timefold's load-balance unfairness: sqrt(Σx² − (Σx)²/n) to 6 significant digits, rounded half-up. */
    static long unfairness(List<Long> loads) {
        if (loads.size() < 2) {
            return 0;
        }
        long sum = 0;
        long squares = 0;
        for (long load : loads) {
            sum += load;
            squares += load * load;
        }
        double squaredDeviation = -(sum * sum) / (double) loads.size() + squares;
        return BigDecimal.valueOf(squaredDeviation).sqrt(new MathContext(6, RoundingMode.HALF_EVEN))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * What covering the need is worth in need-uncovered: the programme's priorityWeights, else lexicographic —
     * priority 3 worth 1, each higher priority one more than every need below it together.
     */
    private long coverWeight(Need need) {
        List<Integer> given = programme.accompaniment().priorityWeights();
        if (!given.isEmpty()) {
            return given.get(need.priority() - 1);
        }
        if (lexicographic[need.priority()] == 0) {
            long below = 0;
            for (NeedRef ref : needs) {
                if (ref.need().priority() > need.priority()) {
                    below += coverWeight(ref.need());
                }
            }
            lexicographic[need.priority()] = below + 1;
        }
        return lexicographic[need.priority()];
    }

    private static int priorityWeight(Need need) {
        return switch (need.priority()) {
            case 1 -> 3;
            case 2 -> 2;
            case 3 -> 1;
            default -> throw new IllegalArgumentException("priority " + need.priority());
        };
    }

    /** A pin is kept when the pair is in the proposal, on the pinned topic if it names one. */
    private static boolean kept(PinnedPair pin, List<Pair> pairs) {
        for (Pair pair : pairs) {
            if (pair.participant().equals(pin.participant()) && pair.resource().equals(pin.resource())
                    && (pin.topic() == null || pin.topic().equals(pair.topic()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean covered(NeedRef ref, List<Pair> pairs) {
        return pairs.stream().anyMatch(
                p -> p.participant().equals(ref.participant()) && p.topic().equals(ref.need().topic()));
    }

    private List<String> participantIds() {
        List<String> ids = new ArrayList<>();
        for (NeedRef ref : needs) {
            if (!ids.contains(ref.participant())) {
                ids.add(ref.participant());
            }
        }
        return ids;
    }

    private static List<List<String>> distinctPairs(List<Pair> pairs) {
        List<List<String>> distinct = new ArrayList<>();
        for (Pair pair : pairs) {
            List<String> pr = List.of(pair.participant(), pair.resource());
            if (!distinct.contains(pr)) {
                distinct.add(pr);
            }
        }
        return distinct;
    }

    int hoursOf(String resource, List<Pair> pairs) {
        int hours = 0;
        for (Pair pair : pairs) {
            if (pair.resource().equals(resource)) {
                hours += needOf(pair).hours();
            }
        }
        return hours;
    }

    static Set<String> participantsOf(String resource, List<Pair> pairs) {
        Set<String> participants = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            if (pair.resource().equals(resource)) {
                participants.add(pair.participant());
            }
        }
        return participants;
    }

    static Set<String> resourcesOf(String participant, List<Pair> pairs) {
        Set<String> resources = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            if (pair.participant().equals(participant)) {
                resources.add(pair.resource());
            }
        }
        return resources;
    }

    /** @return the pairs of a proposal */
    static List<Pair> pairsOf(Proposal proposal) {
        return proposal.accompaniment().assignments().stream().map(a -> new Pair(a.participant(), a.resource(), a.topic())).toList();
    }
}
