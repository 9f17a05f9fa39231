package org.peermatch.core.workshop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.model.AccompanimentRules;
import org.peermatch.core.model.Availability;
import org.peermatch.core.model.CalendarChanges;
import org.peermatch.core.model.CalendarRules;
import org.peermatch.core.model.ClosedPeriod;
import org.peermatch.core.model.CodevelopmentRules;
import org.peermatch.core.model.Competence;
import org.peermatch.core.model.Decisions;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.ImmersionRules;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyAvailability;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;

/** Builds workshop programmes for tests: person by person, or generated from a seed; and solves them. */
final class WorkshopFixture {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final List<HalfDaySlot> HALF_DAYS = List.of(
            new HalfDaySlot("AM", LocalTime.of(9, 0), LocalTime.of(12, 30)),
            new HalfDaySlot("PM", LocalTime.of(14, 0), LocalTime.of(17, 30)));
    static final List<String> TOPICS = List.of("pitch", "business-model", "digital-communication", "funding",
            "export");
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private WorkshopFixture() {
    }

    /** A member being described, turned into a {@link Member} by {@link #build()}. */
    static final class Person {
        final String id;
        String name;
        List<Mode> requests = new ArrayList<>();
        List<Need> needs = new ArrayList<>();
        List<Competence> competences = new ArrayList<>();
        Map<Mode, Offer> offers = new LinkedHashMap<>();
        Availability availability = Availability.ALWAYS;

        Person(String id) {
            this.id = id;
            this.name = "Name " + id;
        }

        Person name(String value) {
            name = value;
            return this;
        }

        /** Asks for workshops with these needs, each "topic:priority". */
        Person needs(String... needsText) {
            if (!requests.contains(Mode.WORKSHOP)) {
                requests.add(Mode.WORKSHOP);
            }
            for (String text : needsText) {
                String[] parts = text.split(":");
                needs.add(new Need(parts[0], Integer.parseInt(parts[1]), 2));
            }
            return this;
        }

        /** Offers to lead so many workshops of at most so many participants (0: no own limit). */
        Person animates(int sessions, int participants) {
            offers.put(Mode.WORKSHOP, Offer.workshops(sessions, participants));
            return this;
        }

        Person competent(String topic, int level) {
            competences.add(new Competence(topic, level));
            return this;
        }

        /** Available every half-day of these weekdays only. */
        Person weekdays(DayOfWeek... days) {
            List<WeeklyHalfDay> halfDays = new ArrayList<>();
            for (DayOfWeek day : days) {
                for (HalfDaySlot slot : HALF_DAYS) {
                    halfDays.add(new WeeklyHalfDay(day, slot.id()));
                }
            }
            availability = new Availability(List.of(new WeeklyAvailability(START, START.plusYears(2), halfDays)),
                    availability.unavailable());
            return this;
        }

        /** Available on these weekly half-days only. */
        Person halfDays(WeeklyHalfDay... halfDays) {
            availability = new Availability(List.of(new WeeklyAvailability(START, START.plusYears(2),
                    List.of(halfDays))), availability.unavailable());
            return this;
        }

        Person unavailable(LocalDate... dates) {
            availability = new Availability(availability.weekly(), List.of(dates));
            return this;
        }

        Member build() {
            return new Member(id, name, "Org " + id, List.of("music"), requests, needs, competences, offers,
                    availability, List.of(), List.of(), List.of(), 5, List.of(), List.of(), null);
        }
    }

    static Person person(String id) {
        return new Person(id);
    }

    static List<Member> members(Person... people) {
        List<Member> members = new ArrayList<>();
        for (Person person : people) {
            members.add(person.build());
        }
        return members;
    }

    /** A programme description being built. */
    static final class Frame {
        LocalDate end = START.plusWeeks(8).minusDays(3);
        WorkshopRules rules = WorkshopRules.DEFAULT;
        List<ClosedPeriod> closed = List.of();
        List<Room> rooms = List.of();
        Map<String, Long> weights = new LinkedHashMap<>();
        CalendarChanges changes = CalendarChanges.NONE;
        SolverSettings solver = new SolverSettings(null, null, 3_000L, 0L);

        Frame end(LocalDate value) {
            end = value;
            return this;
        }

        Frame rules(int count, int minimumLevel, int min, int max, List<WeeklyHalfDay> preferred,
                List<String> themes) {
            rules = new WorkshopRules(count, minimumLevel, min, max, preferred, themes);
            return this;
        }

        Frame attendance(int min, int max) {
            rules = new WorkshopRules(rules.count(), rules.minimumLevel(), min, max, rules.preferredHalfDays(),
                    rules.themes());
            return this;
        }

        Frame count(int count) {
            rules = new WorkshopRules(count, rules.minimumLevel(), rules.minAttendance(), rules.maxAttendance(),
                    rules.preferredHalfDays(), rules.themes());
            return this;
        }

        Frame closed(ClosedPeriod... periods) {
            closed = List.of(periods);
            return this;
        }

        Frame rooms(Room... values) {
            rooms = List.of(values);
            return this;
        }

        Frame weight(String id, long value) {
            weights.put(id, value);
            return this;
        }

        Frame changes(CalendarChanges value) {
            changes = value;
            return this;
        }

        Frame solver(SolverSettings value) {
            solver = value;
            return this;
        }

        Programme programme(List<Member> members) {
            return new Programme("Workshop test", START, end, ZoneId.of("Europe/Paris"), HALF_DAYS,
                    AccompanimentRules.DEFAULT, ImmersionRules.DEFAULT, CodevelopmentRules.DEFAULT, rules,
                    CalendarRules.DEFAULT, closed, rooms, members, List.of(), Decisions.NONE, weights, solver,
                    changes);
        }
    }

    static Frame frame() {
        return new Frame();
    }

    static WorkshopProposal solve(Programme programme) {
        return solve(programme, EnvironmentMode.PHASE_ASSERT);
    }

    static WorkshopProposal solve(Programme programme, EnvironmentMode mode) {
        WorkshopPlan plan = WorkshopProblem.build(programme);
        WorkshopPlan best = SolverFactory.<WorkshopPlan>create(WorkshopProblem.solverConfig(programme.solver(), mode))
                .buildSolver().solve(plan);
        return WorkshopProposals.of(programme, best);
    }

    /**
     * A random programme: participants with 1 to 3 needs on skewed topics, animators competent on some topics at
     * levels 2 to 5, varied availability (some only on some weekdays, some with unavailable dates), sometimes a
     * closed week, rooms, preferred half-days, a fixed count or the committee's themes, smaller attendance bounds.
     *
     * @param weeks the programme's length in weeks
     */
    static Programme generate(long seed, int participants, int animators, int weeks) {
        Random random = new Random(seed);
        Frame frame = frame().end(START.plusWeeks(weeks).minusDays(3));
        int min = 2 + random.nextInt(3);
        int max = min + 2 + random.nextInt(6);
        List<WeeklyHalfDay> preferred = random.nextInt(3) == 0
                ? List.of(new WeeklyHalfDay(DayOfWeek.TUESDAY, "AM"), new WeeklyHalfDay(DayOfWeek.THURSDAY, "PM"))
                : List.of();
        int count = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
        List<String> themes = random.nextInt(5) == 0 ? pick(random, TOPICS, 2) : List.of();
        frame.rules(count, 3 + random.nextInt(2), min, max, preferred, themes);
        if (random.nextInt(3) == 0) {
            LocalDate closedFrom = START.plusWeeks(1 + random.nextInt(Math.max(1, weeks - 1)));
            frame.closed(new ClosedPeriod(closedFrom, closedFrom.plusDays(4), "holidays"));
        }
        if (random.nextInt(2) == 0) {
            List<Room> rooms = new ArrayList<>();
            int roomCount = 1 + random.nextInt(3);
            for (int r = 0; r < roomCount; r++) {
                List<LocalDate> unavailable = random.nextBoolean()
                        ? List.of(START.plusDays(random.nextInt(weeks * 7))) : List.of();
                rooms.add(new Room("room" + (r + 1), "Room " + (r + 1), 2 + random.nextInt(max + 3), unavailable));
            }
            frame.rooms(rooms.toArray(Room[]::new));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < animators; i++) {
            Person animator = person("a" + (i + 1)).name("Animator " + (i + 1))
                    .animates(1 + random.nextInt(2), random.nextInt(4) == 0 ? min + random.nextInt(4) : 0);
            for (String topic : pick(random, TOPICS, 1 + random.nextInt(3))) {
                animator.competent(topic, 2 + random.nextInt(4));
            }
            if (random.nextInt(4) == 0) {
                animator.needs(TOPICS.get(random.nextInt(TOPICS.size())) + ":" + (1 + random.nextInt(3)));
            }
            people.add(vary(random, animator));
        }
        for (int i = 0; i < participants; i++) {
            Person participant = person("p" + (i + 1)).name("Participant " + (i + 1));
            List<String> topics = new ArrayList<>();
            int needCount = 1 + random.nextInt(3);
            while (topics.size() < needCount) {
                // skewed popularity: the first topics are asked for more often
                String topic = TOPICS.get(Math.min(random.nextInt(TOPICS.size()), random.nextInt(TOPICS.size())));
                if (!topics.contains(topic)) {
                    topics.add(topic);
                }
            }
            for (String topic : topics) {
                participant.needs(topic + ":" + (1 + random.nextInt(3)));
            }
            people.add(vary(random, participant));
        }
        List<Member> members = new ArrayList<>();
        for (Person person : people) {
            members.add(person.build());
        }
        return frame.solver(new SolverSettings(null, null, 3_000L, seed)).programme(members);
    }

    private static Person vary(Random random, Person person) {
        int kind = random.nextInt(4);
        if (kind == 0) {
            person.weekdays(pick(random, WEEKDAYS, 1 + random.nextInt(3)).toArray(DayOfWeek[]::new));
        } else if (kind == 1) {
            person.unavailable(START.plusDays(random.nextInt(14)), START.plusDays(random.nextInt(28)));
        }
        return person;
    }

    private static <T> List<T> pick(Random random, List<T> values, int count) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
    }
}
