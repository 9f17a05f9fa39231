package org.peermatch.benchmarks.datasets;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/**
 * Generates realistic accompaniment programmes from a seed, as {@link Programme} records (no document round trip).
 *
 * <p>What makes them realistic, and hard:
 * <ul>
 * <li><b>Skewed topics.</b> Participants' needs follow a Zipf-like popularity (exponent 1.0), resource persons'
 * competences a much flatter one (0.4): the popular topics are under-supplied, as in real programmes.</li>
 * <li><b>Sectors.</b> Ten sectors of unequal size; a fifth of the members work in two.</li>
 * <li><b>Tight capacities.</b> The hours offered add up to about 90% of the hours needed; each resource person takes
 * 2–6 participants; a participant meets at most 2 resource persons (the default rules).</li>
 * <li><b>Dense histories.</b> About three earlier accompaniments per participant, biased towards the same sector
 * (peers of a filière know each other), plus co-development groups of five over the last four years.</li>
 * <li><b>Conflicts.</b> Shared organizations, a few declared conflicts and forbidden pairs; a tenth of the
 * participants also offer accompaniment ("ressources réciproques").</li>
 * </ul>
 * Members are listed participants first, in registration order, then resource persons. The same size and seed
 * always give an equal programme.
 */
public final class ProgrammeGenerator {

    /**
     * The default rules with the priority weights 3, 2 and 1 the references (greedy, relaxation, CP-SAT, MIP) and
     * the covered-weight figures are defined with, rather than the product's lexicographic default.
     */
    static final AccompanimentRules BENCHMARK_RULES = AccompanimentRules.DEFAULT.withPriorityWeights(List.of(3, 2, 1));

    /**
     * The references (greedy, relaxation, CP-SAT, MIP) know no meetings-cannot-be-dated rule yet: it is switched off
     * (weight 0) so that the solver and the references solve the same problem.
     */
    static final Map<String, Long> BENCHMARK_WEIGHTS = Map.of("meetings-cannot-be-dated", 0L);


    /** The programme's first day. */
    public static final LocalDate START = LocalDate.of(2027, 1, 11);
    /** The programme's last day. */
    public static final LocalDate END = LocalDate.of(2027, 12, 17);
    private static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
    private static final List<String> SECTORS = List.of("music", "live-performance", "publishing", "visual-arts",
            "audiovisual", "design", "games", "heritage", "architecture", "crafts");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final int[] HOURS = {2, 4, 6, 8, 10, 12};
    private static final double[] HOURS_WEIGHTS = {0.15, 0.3, 0.25, 0.15, 0.1, 0.05};

    private ProgrammeGenerator() {
    }

    /** @return the programme of that size and seed */
    public static Programme generate(Size size, long seed) {
        return generate(size.participants(), seed, size.name());
    }

    /**
     * @param participantCount how many participants (at least 2)
     * @param seed the seed
     * @param label put in the programme's name
     * @return a programme with about 0.3 resource persons per participant
     */
    public static Programme generate(int participantCount, long seed, String label) {
        if (participantCount < 2) {
            throw new IllegalArgumentException("The participant count (" + participantCount + ") is below 2.\n"
                    + "Maybe generate at least 2 participants.");
        }
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + participantCount);
        int topicCount = topicCount(participantCount);
        int resourceCount = Math.max(6, (int) Math.round(participantCount * 0.3));
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < topicCount; t++) {
            topics.add(String.format("topic-%02d", t));
        }
        double[] needPopularity = zipf(topicCount, 1.0);
        double[] competenceSupply = zipf(topicCount, 0.4);
        double[] sectorSizes = zipf(SECTORS.size(), 0.8);

        int organizationCount = Math.max(3, (int) Math.round(participantCount * 0.7));
        String[] participantIds = new String[participantCount];
        String[] resourceIds = new String[resourceCount];
        for (int p = 0; p < participantCount; p++) {
            participantIds[p] = String.format("p%05d", p + 1);
        }
        for (int r = 0; r < resourceCount; r++) {
            resourceIds[r] = String.format("r%04d", r + 1);
        }

        // Participants: needs, sectors, organizations, availability.
        List<List<Need>> needsOf = new ArrayList<>();
        List<List<String>> participantSectors = new ArrayList<>();
        int totalHours = 0;
        for (int p = 0; p < participantCount; p++) {
            int count = pick(random, new double[] {0.3, 0.4, 0.2, 0.1}) + 1;
            Set<String> chosen = new LinkedHashSet<>();
            List<Need> needs = new ArrayList<>();
            while (needs.size() < count) {
                String topic = topics.get(pick(random, needPopularity));
                if (chosen.add(topic)) {
                    int priority = pick(random, new double[] {0.35, 0.4, 0.25}) + 1;
                    int hours = HOURS[pick(random, HOURS_WEIGHTS)];
                    needs.add(new Need(topic, priority, hours));
                    totalHours += hours;
                }
            }
            needsOf.add(needs);
            participantSectors.add(sectors(random, sectorSizes));
        }

        // Resource persons: competences on a flatter supply, capacities adding up to ~90% of the hours needed.
        int reciprocalCount = participantCount / 10;
        int offerCount = resourceCount + reciprocalCount;
        double meanHours = 0.9 * totalHours / offerCount;
        List<Member> resources = new ArrayList<>();
        List<List<String>> resourceSectors = new ArrayList<>();
        for (int r = 0; r < resourceCount; r++) {
            List<String> sectors = sectors(random, sectorSizes);
            resourceSectors.add(sectors);
            // 30% work for an organization that also sends participants: same-organization conflicts
            String organization = random.nextDouble() < 0.3 ? "Org " + (1 + random.nextInt(organizationCount))
                    : "Studio " + (r + 1);
            List<String> conflicts = random.nextDouble() < 0.03
                    ? List.of(participantIds[random.nextInt(participantCount)]) : List.of();
            resources.add(new Member(resourceIds[r], "Resource " + (r + 1), organization, sectors, List.of(),
                    List.of(), competences(random, topics, competenceSupply, 2 + random.nextInt(5)),
                    Map.of(Mode.ACCOMPANIMENT, offer(random, meanHours)),
                    availability(random, 3 + random.nextInt(6), true), conflicts, List.of(), List.of()));
        }

        List<Member> participants = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            List<String> preferences = new ArrayList<>();
            if (random.nextDouble() < 0.3) {
                int ranked = 1 + random.nextInt(3);
                while (preferences.size() < ranked) {
                    // the well-known resource persons (low numbers) are asked for more often
                    int r = (int) Math.min(resourceCount - 1, Math.floor(resourceCount * Math.pow(
                            random.nextDouble(), 2.5)));
                    if (!preferences.contains(resourceIds[r])) {
                        preferences.add(resourceIds[r]);
                    }
                }
            }
            List<String> conflicts = random.nextDouble() < 0.05
                    ? List.of(resourceIds[random.nextInt(resourceCount)]) : List.of();
            boolean reciprocal = p < reciprocalCount * 10 && p % 10 == 9;
            List<Competence> competences = reciprocal
                    ? competences(random, topics, competenceSupply, 1 + random.nextInt(3)) : List.of();
            Map<Mode, Offer> offers = reciprocal ? Map.of(Mode.ACCOMPANIMENT, offer(random, meanHours * 0.5))
                    : Map.of();
            participants.add(new Member(participantIds[p], "Participant " + (p + 1),
                    "Org " + (1 + random.nextInt(organizationCount)), participantSectors.get(p),
                    List.of(Mode.ACCOMPANIMENT), withoutCompetences(needsOf.get(p), competences), competences, offers,
                    availability(random, 2 + random.nextInt(6), false), conflicts, List.of(), preferences));
        }

        // Dense history: earlier accompaniments biased to the same sector, and co-development groups.
        List<Interaction> history = new ArrayList<>();
        Map<String, List<Integer>> resourcesBySector = new LinkedHashMap<>();
        for (int r = 0; r < resourceCount; r++) {
            for (String sector : resourceSectors.get(r)) {
                resourcesBySector.computeIfAbsent(sector, s -> new ArrayList<>()).add(r);
            }
        }
        List<String> continuityAsked = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            int earlier = poisson(random, 3.0);
            for (int i = 0; i < earlier; i++) {
                List<Integer> sameSector = resourcesBySector.get(participantSectors.get(p).getFirst());
                int r = sameSector != null && random.nextDouble() < 0.7
                        ? sameSector.get(random.nextInt(sameSector.size())) : random.nextInt(resourceCount);
                history.add(new Interaction(List.of(participantIds[p], resourceIds[r]), Mode.ACCOMPANIMENT,
                        START.minusDays(15 + random.nextInt(1460))));
                if (i == 0 && random.nextDouble() < 0.05) {
                    continuityAsked.add(participantIds[p] + " " + resourceIds[r]);
                }
            }
        }
        int groups = Math.max(1, (participantCount + resourceCount) / 5);
        for (int g = 0; g < groups; g++) {
            Set<String> group = new LinkedHashSet<>();
            while (group.size() < 5) {
                group.add(random.nextDouble() < 0.75 ? participantIds[random.nextInt(participantCount)]
                        : resourceIds[random.nextInt(resourceCount)]);
            }
            history.add(new Interaction(List.copyOf(group), Mode.CODEVELOPMENT,
                    START.minusDays(30 + random.nextInt(1460))));
        }
        for (String pair : continuityAsked) {
            String[] ids = pair.split(" ");
            int p = Integer.parseInt(ids[0].substring(1)) - 1;
            Member m = participants.get(p);
            participants.set(p, new Member(m.id(), m.name(), m.organization(), m.sectors(), m.requests(), m.needs(),
                    m.competences(), m.offers(), m.availability(), m.conflicts(), List.of(ids[1]), m.preferences()));
        }

        List<ForbiddenPair> forbidden = new ArrayList<>();
        int forbiddenCount = 1 + participantCount / 1000;
        for (int f = 0; f < forbiddenCount; f++) {
            forbidden.add(new ForbiddenPair(participantIds[random.nextInt(participantCount)],
                    resourceIds[random.nextInt(resourceCount)], "ongoing dispute"));
        }

        List<Member> members = new ArrayList<>(participants);
        members.addAll(resources);
        return new Programme("Generated " + label + " seed " + seed, START, END, ZoneId.of("Europe/Paris"),
                HALF_DAYS, BENCHMARK_RULES, members, history, new Decisions(List.of(), forbidden),
                BENCHMARK_WEIGHTS, new SolverSettings(java.time.Duration.ofSeconds(30), null, null, seed));
    }

    /** @return the number of topics for a programme of this many participants: 20 at 30, 40 at 300, 60 at 3,000 */
    static int topicCount(int participantCount) {
        return (int) Math.round(20 * (1 + Math.log10(Math.max(30, participantCount) / 30.0)));
    }

    /** A participant who also offers accompaniment does not need what they master. */
    private static List<Need> withoutCompetences(List<Need> needs, List<Competence> competences) {
        List<Need> kept = new ArrayList<>();
        for (Need need : needs) {
            if (competences.stream().noneMatch(c -> c.topic().equals(need.topic()))) {
                kept.add(need);
            }
        }
        return kept.isEmpty() ? List.of(needs.getFirst()) : kept;
    }

    private static Offer offer(SplittableRandom random, double meanHours) {
        int hours = Math.max(2, (int) Math.round(meanHours * (0.5 + random.nextDouble())));
        return new Offer(hours, 2 + random.nextInt(5));
    }

    private static List<Competence> competences(SplittableRandom random, List<String> topics, double[] supply,
            int count) {
        Set<String> chosen = new LinkedHashSet<>();
        List<Competence> competences = new ArrayList<>();
        while (competences.size() < Math.min(count, topics.size())) {
            String topic = topics.get(pick(random, supply));
            if (chosen.add(topic)) {
                competences.add(new Competence(topic, 2 + pick(random, new double[] {0.15, 0.35, 0.35, 0.15})));
            }
        }
        return competences;
    }

    private static List<String> sectors(SplittableRandom random, double[] sizes) {
        String first = SECTORS.get(pick(random, sizes));
        if (random.nextDouble() < 0.2) {
            String second = SECTORS.get(pick(random, sizes));
            if (!second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    /**
     * Weekly half-days over the programme; some resource persons are only available in one part of the year
     * (two patterns), and everyone has a few days off.
     */
    private static Availability availability(SplittableRandom random, int halfDaysPerWeek, boolean resource) {
        List<WeeklyHalfDay> halfDays = weekly(random, halfDaysPerWeek);
        List<WeeklyAvailability> weekly = new ArrayList<>();
        if (resource && random.nextDouble() < 0.2) {
            LocalDate split = START.plusDays(60 + random.nextInt(200));
            weekly.add(new WeeklyAvailability(START, split, halfDays));
            weekly.add(new WeeklyAvailability(split.plusDays(1), END, weekly(random, 1 + random.nextInt(3))));
        } else {
            weekly.add(new WeeklyAvailability(START, END, halfDays));
        }
        List<LocalDate> unavailable = new ArrayList<>();
        int daysOff = random.nextInt(11);
        for (int d = 0; d < daysOff; d++) {
            LocalDate date = START.plusDays(random.nextInt(330));
            if (!unavailable.contains(date)) {
                unavailable.add(date);
            }
        }
        unavailable.sort(null);
        return new Availability(weekly, unavailable);
    }

    private static List<WeeklyHalfDay> weekly(SplittableRandom random, int count) {
        List<WeeklyHalfDay> halfDays = new ArrayList<>();
        while (halfDays.size() < count) {
            WeeklyHalfDay halfDay = new WeeklyHalfDay(WEEKDAYS.get(random.nextInt(5)),
                    HALF_DAYS.get(random.nextInt(2)).id());
            if (!halfDays.contains(halfDay)) {
                halfDays.add(halfDay);
            }
        }
        return halfDays;
    }

    /** @return normalised weights 1/(k+1)^exponent */
    static double[] zipf(int count, double exponent) {
        double[] weights = new double[count];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            weights[k] = 1 / Math.pow(k + 1, exponent);
            sum += weights[k];
        }
        for (int k = 0; k < count; k++) {
            weights[k] /= sum;
        }
        return weights;
    }

    /** @return an index drawn with the given weights (summing to about 1) */
    static int pick(SplittableRandom random, double[] weights) {
        double u = random.nextDouble();
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k];
            if (u < sum) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
