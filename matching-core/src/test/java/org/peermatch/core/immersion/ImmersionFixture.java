package org.peermatch.core.immersion;

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
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.ForbiddenPair;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Location;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;

/** Builds immersion programmes for tests: person by person, or generated from a seed. */
final class ImmersionFixture {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
    static final List<String> SECTORS = List.of("music", "theatre", "publishing", "design");
    static final List<String> TAGS = List.of("touring", "festival", "funding", "audience", "digital", "export");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private ImmersionFixture() {
    }

    /** A member being described, turned into a {@link Member} by {@link #build()}. */
    static final class Person {
        final String id;
        String name;
        String organization;
        List<String> sectors = List.of();
        List<Mode> requests = List.of();
        Map<Mode, Offer> offers = Map.of();
        Availability availability = Availability.ALWAYS;
        List<String> conflicts = List.of();
        int years;
        List<String> tags = List.of();
        List<String> objectives = List.of();
        Location location;

        Person(String id) {
            this.id = id;
            this.name = "Name " + id;
            this.organization = "Org " + id;
        }

        Person sectors(String... values) {
            sectors = List.of(values);
            return this;
        }

        Person years(int value) {
            years = value;
            return this;
        }

        Person tags(String... values) {
            tags = List.of(values);
            return this;
        }

        Person objectives(String... values) {
            objectives = List.of(values);
            return this;
        }

        Person organization(String value) {
            organization = value;
            return this;
        }

        Person name(String value) {
            name = value;
            return this;
        }

        Person conflicts(String... ids) {
            conflicts = List.of(ids);
            return this;
        }

        Person at(double latitude, double longitude) {
            location = new Location(latitude, longitude);
            return this;
        }

        Person availability(Availability value) {
            availability = value;
            return this;
        }

        /** Available every half-day of these weekdays only. */
        Person weekdays(LocalDate from, LocalDate to, DayOfWeek... days) {
            List<WeeklyHalfDay> halfDays = new ArrayList<>();
            for (DayOfWeek day : days) {
                for (HalfDaySlot slot : HALF_DAYS) {
                    halfDays.add(new WeeklyHalfDay(day, slot.id()));
                }
            }
            availability = new Availability(List.of(new WeeklyAvailability(from, to, halfDays)),
                    availability.unavailable());
            return this;
        }

        Person unavailable(LocalDate... dates) {
            availability = new Availability(availability.weekly(), List.of(dates));
            return this;
        }

        Person mentee() {
            requests = List.of(Mode.IMMERSION);
            return this;
        }

        Person mentor(int days) {
            offers = Map.of(Mode.IMMERSION, Offer.days(days));
            return this;
        }

        Member build() {
            return new Member(id, name, organization, sectors, requests, List.of(), List.of(), offers, availability,
                    conflicts, List.of(), List.of(), years, tags, objectives, location);
        }
    }

    static Person person(String id) {
        return new Person(id);
    }

    /** @return a mentee of one sector, 2 years of experience */
    static Person mentee(String id, String sector) {
        return person(id).mentee().sectors(sector).years(2);
    }

    /** @return a mentor of one sector, 15 years of experience */
    static Person mentor(String id, String sector, int days) {
        return person(id).mentor(days).sectors(sector).years(15);
    }

    static List<Member> members(Person... people) {
        List<Member> members = new ArrayList<>();
        for (Person person : people) {
            members.add(person.build());
        }
        return members;
    }

    /** @return a programme from START to the end date, with a move limit */
    static Programme programme(LocalDate end, List<Member> members) {
        return programme(end, members, ImmersionRules.DEFAULT, List.of(), Decisions.NONE, Map.of());
    }

    static Programme programme(LocalDate end, List<Member> members, ImmersionRules rules,
            List<Interaction> history, Decisions decisions, Map<String, Long> weights) {
        return new Programme("Immersion test", START, end, ZoneId.of("Europe/Paris"), HALF_DAYS,
                AccompanimentRules.DEFAULT, rules, CodevelopmentRules.DEFAULT, members, history, decisions, weights,
                new SolverSettings(null, null, 2_000L, 0L));
    }

    /**
     * A random programme: mentees and mentors of a few sectors and organizations, varied experience, tags,
     * objectives, availability (some only on some weekdays, some with unavailable dates), locations for some,
     * a small history, declared conflicts and forbidden pairs, sometimes the relaxed sector rule.
     *
     * @param weeks the programme's length in weeks
     */
    static Programme generate(long seed, int menteeCount, int mentorCount, int weeks) {
        Random random = new Random(seed);
        LocalDate end = START.plusWeeks(weeks).minusDays(3);
        List<Person> people = new ArrayList<>();
        int organizations = Math.max(2, (menteeCount + mentorCount) / 2);
        for (int i = 0; i < mentorCount; i++) {
            Person mentor = person("r" + (i + 1)).name("Mentor " + (i + 1)).mentor(1 + random.nextInt(3))
                    .sectors(pick(random, SECTORS, 1 + random.nextInt(2)).toArray(String[]::new))
                    .years(3 + random.nextInt(20)).tags(pick(random, TAGS, random.nextInt(4)).toArray(String[]::new))
                    .organization("Org " + random.nextInt(organizations));
            people.add(vary(random, mentor, end));
        }
        for (int i = 0; i < menteeCount; i++) {
            Person mentee = person("e" + (i + 1)).name("Mentee " + (i + 1)).mentee()
                    .sectors(pick(random, SECTORS, 1 + random.nextInt(2)).toArray(String[]::new))
                    .years(random.nextInt(12)).objectives(pick(random, TAGS, random.nextInt(4)).toArray(String[]::new))
                    .organization("Org " + random.nextInt(organizations));
            if (random.nextInt(6) == 0 && mentorCount > 0) {
                mentee.conflicts("r" + (1 + random.nextInt(mentorCount)));
            }
            people.add(vary(random, mentee, end));
        }
        List<Interaction> history = new ArrayList<>();
        for (int i = 0; i < menteeCount && mentorCount > 0; i++) {
            if (random.nextInt(3) == 0) {
                history.add(new Interaction(List.of("e" + (i + 1), "r" + (1 + random.nextInt(mentorCount))),
                        Mode.OTHER, START.minusMonths(1 + random.nextInt(24))));
            }
        }
        List<ForbiddenPair> forbidden = new ArrayList<>();
        if (menteeCount > 0 && mentorCount > 0 && random.nextBoolean()) {
            forbidden.add(new ForbiddenPair("e" + (1 + random.nextInt(menteeCount)),
                    "r" + (1 + random.nextInt(mentorCount)), random.nextBoolean() ? "former partners" : null));
        }
        ImmersionRules rules = new ImmersionRules(random.nextInt(4) != 0, 7);
        List<Member> members = new ArrayList<>();
        for (Person person : people) {
            members.add(person.build());
        }
        return programme(end, members, rules, history, new Decisions(List.of(), forbidden), Map.of())
                .withSolver(new SolverSettings(null, null, 3_000L, seed));
    }

    private static Person vary(Random random, Person person, LocalDate end) {
        int kind = random.nextInt(5);
        if (kind == 0) {
            List<DayOfWeek> days = pick(random, WEEKDAYS, 1 + random.nextInt(2));
            person.weekdays(START, end, days.toArray(DayOfWeek[]::new));
        } else if (kind == 1) {
            person.unavailable(START.plusDays(random.nextInt(7)), START.plusDays(random.nextInt(14)));
        }
        if (random.nextInt(3) == 0) {
            person.at(43.5 + random.nextDouble(), 1.0 + random.nextDouble());
        }
        return person;
    }

    private static <T> List<T> pick(Random random, List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }

    /** @return the programme with other immersion rules */
    static Programme withRules(Programme p, ImmersionRules rules) {
        return new Programme(p.name(), p.start(), p.end(), p.timeZone(), p.halfDays(), p.accompaniment(), rules,
                p.codevelopment(), p.members(), p.history(), p.decisions(), p.weights(), p.solver());
    }

    /** @return the programme with other weights */
    static Programme withWeights(Programme p, Map<String, Long> weights) {
        return new Programme(p.name(), p.start(), p.end(), p.timeZone(), p.halfDays(), p.accompaniment(),
                p.immersion(), p.codevelopment(), p.members(), p.history(), p.decisions(), weights, p.solver());
    }

    /** @return the weights map with one override */
    static Map<String, Long> weight(String id, long value) {
        Map<String, Long> weights = new LinkedHashMap<>();
        weights.put(id, value);
        return weights;
    }
}
