package org.peermatch.core.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import org.peermatch.core.model.PinnedPair;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/** Builds programmes for tests: by hand, member by member, or generated from a seed. */
public final class Programmes {

    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    public static final LocalDate END = LocalDate.of(2027, 12, 17);
    public static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));

    private static final List<String> SECTORS = List.of("music", "live-performance", "publishing", "visual-arts",
            "audiovisual", "design", "games", "heritage");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private Programmes() {
    }

    /** @return a programme of these members with default rules, no history and a move-count limit */
    public static Programme of(List<Member> members) {
        return of(members, List.of(), Decisions.NONE, Map.of());
    }

    /** @return a programme with default rules and a move-count limit */
    public static Programme of(List<Member> members, List<Interaction> history, Decisions decisions,
            Map<String, Long> weights) {
        return new Programme("Test programme", START, END, ZoneId.of("Europe/Paris"), HALF_DAYS,
                AccompanimentRules.DEFAULT, members, history, decisions, weights,
                new SolverSettings(null, null, 20_000L, 0L));
    }

    /** @return a participant of one organization and sector, available every weekday, with these needs */
    public static Member participant(String id, String organization, String sector, Need... needs) {
        return new Member(id, "Participant " + id, organization, List.of(sector), List.of(Mode.ACCOMPANIMENT),
                List.of(needs), List.of(), Map.of(), Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    /** @return a resource person available every weekday, with these capacities and competences */
    public static Member resource(String id, String organization, String sector, int hours, int participants,
            Competence... competences) {
        return new Member(id, "Resource " + id, organization, List.of(sector), List.of(), List.of(),
                List.of(competences), Map.of(Mode.ACCOMPANIMENT, new Offer(hours, participants)),
                Availability.ALWAYS, List.of(), List.of(), List.of());
    }

    /**
     * Generates a programme from a seed: skewed topic popularity, several sectors, capacities around the demand,
     * weekly availabilities, a history of earlier pairs, a few declared conflicts, preferences and a forbidden
     * pair. Some generated programmes cannot cover every need: that is on purpose.
     */
    public static Programme generate(long seed, int participantCount, int resourceCount, int topicCount) {
        Random random = new Random(seed);
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < topicCount; t++) {
            topics.add("topic-" + t);
        }
        List<Member> members = new ArrayList<>();
        int totalHours = 0;
        List<List<Need>> needsOf = new ArrayList<>();
        for (int p = 0; p < participantCount; p++) {
            List<Need> needs = new ArrayList<>();
            int count = Math.min(topicCount, 1 + random.nextInt(3));
            while (needs.size() < count) {
                String topic = topics.get(skewed(random, topicCount));
                if (needs.stream().noneMatch(n -> n.topic().equals(topic))) {
                    int hours = 2 + 2 * random.nextInt(4);
                    needs.add(new Need(topic, 1 + random.nextInt(3), hours));
                    totalHours += hours;
                }
            }
            needsOf.add(needs);
        }
        int hoursEach = Math.max(4, (int) Math.ceil(totalHours * (0.9 + 0.6 * random.nextDouble()) / resourceCount));
        for (int r = 0; r < resourceCount; r++) {
            List<Competence> competences = new ArrayList<>();
            int count = Math.min(topicCount, 3 + random.nextInt(4));
            while (competences.size() < count) {
                String topic = topics.get(skewed(random, topicCount));
                if (competences.stream().noneMatch(c -> c.topic().equals(topic))) {
                    competences.add(new Competence(topic, 1 + random.nextInt(5)));
                }
            }
            List<String> conflicts = random.nextInt(5) == 0 && participantCount > 0
                    ? List.of("p" + random.nextInt(participantCount)) : List.of();
            members.add(new Member("r" + r, "Resource " + r, "Org R" + random.nextInt(resourceCount + 3),
                    List.of(SECTORS.get(random.nextInt(SECTORS.size()))), List.of(), List.of(), competences,
                    Map.of(Mode.ACCOMPANIMENT, new Offer(hoursEach, 2 + random.nextInt(5))),
                    availability(random, 3 + random.nextInt(5)), conflicts, List.of(), List.of()));
        }
        for (int p = 0; p < participantCount; p++) {
            List<String> preferences = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                preferences.add("r" + random.nextInt(resourceCount));
            }
            members.add(new Member("p" + p, "Participant " + p, "Org P" + random.nextInt(participantCount + 5),
                    List.of(SECTORS.get(random.nextInt(SECTORS.size()))), List.of(Mode.ACCOMPANIMENT),
                    needsOf.get(p), List.of(), Map.of(), availability(random, 2 + random.nextInt(6)), List.of(),
                    List.of(), preferences));
        }
        List<Interaction> history = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            history.add(new Interaction(
                    List.of("p" + random.nextInt(participantCount), "r" + random.nextInt(resourceCount)),
                    Mode.ACCOMPANIMENT, START.minusDays(30 + random.nextInt(1000))));
        }
        Map<String, Long> weights = new LinkedHashMap<>();
        return new Programme("Generated " + seed, START, END, ZoneId.of("Europe/Paris"), HALF_DAYS,
                new AccompanimentRules(3, 2, 2, 12), members, history,
                new Decisions(List.of(), List.of(new ForbiddenPair("p0", "r0", "test"))),
                weights, new SolverSettings(null, null, 5_000L, seed));
    }

    /**
     * Generates a programme like {@link #generate} and then varies what a plain generated programme never has, so
     * that every rule gets exercised: other rules (minimum level 2–4, 1–3 resource persons, 0–3 common half-days a
     * month, half-life 6–18 months), a member who both asks for and offers accompaniment (then the same-person
     * conflict exists), a participant of a resource person's organization written in another case, a conflict
     * declared by a participant, continuity asked for a pair that met, a three-member interaction (which may name a
     * member twice) and a recent one, a forbidden pair without reason, and 0–2 pinned pairs (with or without topic,
     * possibly infeasible).
     */
    public static Programme generateVaried(long seed, int participantCount, int resourceCount, int topicCount) {
        Programme base = generate(seed, participantCount, resourceCount, topicCount);
        Random random = new Random(seed * 7919 + 17);
        List<Member> members = new ArrayList<>(base.members());
        int firstParticipant = resourceCount;

        // A member on both sides: a participant who also offers accompaniment, or a resource person with needs.
        if (random.nextBoolean()) {
            int index = firstParticipant + random.nextInt(participantCount);
            Member p = members.get(index);
            List<Competence> competences = new ArrayList<>();
            competences.add(new Competence(p.needs().getFirst().topic(), 5));
            competences.add(new Competence("topic-" + random.nextInt(topicCount), 4));
            members.set(index, new Member(p.id(), p.name(), p.organization(), p.sectors(), p.requests(), p.needs(),
                    distinctTopics(competences), Map.of(Mode.ACCOMPANIMENT, new Offer(10, 2)), p.availability(),
                    p.conflicts(), p.continuity(), p.preferences()));
        } else {
            int index = random.nextInt(resourceCount);
            Member r = members.get(index);
            String topic = r.competences().getFirst().topic();
            members.set(index, new Member(r.id(), r.name(), r.organization(), r.sectors(),
                    List.of(Mode.ACCOMPANIMENT), List.of(new Need(topic, 1 + random.nextInt(3), 4)), r.competences(),
                    r.offers(), r.availability(), r.conflicts(), r.continuity(), r.preferences()));
        }

        // A participant working for a resource person's organization, written in upper case.
        int sameOrg = firstParticipant + random.nextInt(participantCount);
        Member colleague = members.get(random.nextInt(resourceCount));
        members.set(sameOrg, withOrganization(members.get(sameOrg), colleague.organization().toUpperCase()));

        // A conflict declared by a participant, and continuity asked for a pair from the history.
        int declaring = firstParticipant + random.nextInt(participantCount);
        members.set(declaring, withConflicts(members.get(declaring), List.of("r" + random.nextInt(resourceCount))));
        Interaction met = base.history().get(random.nextInt(base.history().size()));
        int continuing = members.indexOf(base.member(met.members().get(0)));
        if (continuing >= 0) {
            members.set(continuing, withContinuity(members.get(continuing), List.of(met.members().get(1))));
        }

        List<Interaction> history = new ArrayList<>(base.history());
        history.add(new Interaction(List.of("p" + random.nextInt(participantCount), "r" + random.nextInt(resourceCount),
                "r" + random.nextInt(resourceCount)), Mode.CODEVELOPMENT, START.minusDays(random.nextInt(200))));
        history.add(new Interaction(
                List.of("p" + random.nextInt(participantCount), "r" + random.nextInt(resourceCount)), Mode.OTHER,
                START.plusDays(random.nextInt(100))));

        List<ForbiddenPair> forbidden = new ArrayList<>(base.decisions().forbidden());
        forbidden.add(new ForbiddenPair("r" + random.nextInt(resourceCount), "p" + random.nextInt(participantCount),
                null));

        List<PinnedPair> pinned = new ArrayList<>();
        List<Member> offering = members.stream().filter(m -> m.offer(Mode.ACCOMPANIMENT) != null).toList();
        List<Member> asking = members.stream().filter(m -> m.requests(Mode.ACCOMPANIMENT)).toList();
        int pins = random.nextInt(3);
        for (int attempt = 0; attempt < 10 && pinned.size() < pins; attempt++) {
            Member participant = asking.get(random.nextInt(asking.size()));
            Member resource = offering.get(random.nextInt(offering.size()));
            String topic = random.nextBoolean() ? null
                    : participant.needs().get(random.nextInt(participant.needs().size())).topic();
            boolean clash = pinned.stream().anyMatch(pin -> pin.participant().equals(participant.id())
                    && (pin.resource().equals(resource.id()) || pin.topic() == null || topic == null
                            || pin.topic().equals(topic)));
            if (!clash) {
                pinned.add(new PinnedPair(participant.id(), resource.id(), topic));
            }
        }

        AccompanimentRules rules = new AccompanimentRules(2 + random.nextInt(3), 1 + random.nextInt(3),
                random.nextInt(4), 6 + random.nextInt(13));
        return new Programme("Varied " + seed, base.start(), base.end(), base.timeZone(), base.halfDays(), rules,
                members, history, new Decisions(pinned, forbidden), base.weights(), base.solver());
    }

    private static List<Competence> distinctTopics(List<Competence> competences) {
        Map<String, Competence> byTopic = new LinkedHashMap<>();
        for (Competence competence : competences) {
            byTopic.putIfAbsent(competence.topic(), competence);
        }
        return List.copyOf(byTopic.values());
    }

    private static Member withOrganization(Member m, String organization) {
        return new Member(m.id(), m.name(), organization, m.sectors(), m.requests(), m.needs(), m.competences(),
                m.offers(), m.availability(), m.conflicts(), m.continuity(), m.preferences());
    }

    private static Member withConflicts(Member m, List<String> conflicts) {
        return new Member(m.id(), m.name(), m.organization(), m.sectors(), m.requests(), m.needs(), m.competences(),
                m.offers(), m.availability(), conflicts, m.continuity(), m.preferences());
    }

    private static Member withContinuity(Member m, List<String> continuity) {
        return new Member(m.id(), m.name(), m.organization(), m.sectors(), m.requests(), m.needs(), m.competences(),
                m.offers(), m.availability(), m.conflicts(), continuity, m.preferences());
    }

    private static int skewed(Random random, int bound) {
        double u = random.nextDouble();
        return Math.min(bound - 1, (int) (bound * u * u));
    }

    private static Availability availability(Random random, int halfDaysPerWeek) {
        List<WeeklyHalfDay> halfDays = new ArrayList<>();
        while (halfDays.size() < halfDaysPerWeek) {
            WeeklyHalfDay halfDay = new WeeklyHalfDay(WEEKDAYS.get(random.nextInt(5)),
                    HALF_DAYS.get(random.nextInt(2)).id());
            if (!halfDays.contains(halfDay)) {
                halfDays.add(halfDay);
            }
        }
        return new Availability(List.of(new WeeklyAvailability(START, END, halfDays)),
                List.of(START.plusDays(random.nextInt(300))));
    }
}
