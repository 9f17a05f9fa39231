package org.peermatch.core.immersion;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.scoring.DecayingNovelty;
import org.peermatch.core.scoring.HalfDayCalendar;
import org.peermatch.core.scoring.NoveltyModel;

/**
 * A plain re-implementation of the immersion rules and score, written from the brief and not from the solver's
 * code: a pairing list is scored directly from the programme. Also the largest number of mentees that can be
 * placed without breaking a rule, over every common day (no candidate cap), by JGraphT's maximum flow.
 */
final class IndependentImmersionRules {

    /** A mentee's day with a mentor. */
    record Pair(String mentee, String mentor, LocalDate day) {
    }

    /** A score on three levels. */
    record Score(long hard, long medium, long soft) {
        @Override
        public String toString() {
            return hard + "hard/" + medium + "medium/" + soft + "soft";
        }
    }

    private final Programme programme;
    private final NoveltyModel novelty;
    private final HalfDayCalendar calendar;
    private final Map<String, BitSet> halfDays = new HashMap<>();

    IndependentImmersionRules(Programme programme) {
        this.programme = programme;
        this.novelty = DecayingNovelty.of(programme);
        this.calendar = new HalfDayCalendar(programme);
    }

    List<Member> mentees() {
        return programme.members().stream().filter(m -> m.requests().contains(Mode.IMMERSION)).toList();
    }

    List<Member> mentors() {
        return programme.members().stream()
                .filter(m -> m.offer(Mode.IMMERSION) != null && m.offer(Mode.IMMERSION).days() > 0).toList();
    }

    /** @return the programme's working days: weekdays on which it is not closed */
    List<LocalDate> weekdays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = programme.start(); !day.isAfter(programme.end()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !programme.isClosed(day)) {
                days.add(day);
            }
        }
        return days;
    }

    static List<Pair> pairsOf(ImmersionProposal proposal) {
        return proposal.pairings().stream().map(p -> new Pair(p.mentee(), p.mentor(), p.day())).toList();
    }

    private long weight(String id, long defaultWeight) {
        return programme.weights().getOrDefault(id, defaultWeight);
    }

    boolean availableAllDay(Member member, LocalDate day) {
        if (day.isBefore(programme.start()) || day.isAfter(programme.end())
                || day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || programme.isClosed(day)) {
            return false;
        }
        BitSet bits = halfDays.computeIfAbsent(member.id(), id -> calendar.availableHalfDays(member));
        int slots = programme.halfDays().size();
        int first = (int) ChronoUnit.DAYS.between(programme.start(), day) * slots;
        for (int s = 0; s < slots; s++) {
            if (!bits.get(first + s)) {
                return false;
            }
        }
        return true;
    }

    boolean conflicted(Member mentee, Member mentor) {
        return mentee.id().equals(mentor.id())
                || mentee.organization().equalsIgnoreCase(mentor.organization())
                || mentee.conflicts().contains(mentor.id()) || mentor.conflicts().contains(mentee.id())
                || programme.decisions().forbidden().stream().anyMatch(f -> f.concerns(mentee.id(), mentor.id()));
    }

    private static boolean shareSector(Member a, Member b) {
        return a.sectors().stream().anyMatch(b.sectors()::contains);
    }

    /** @return whether the pair breaks no rule of its own (ignoring the day) */
    boolean allowed(Member mentee, Member mentor) {
        return !conflicted(mentee, mentor) && mentor.experienceYears() > mentee.experienceYears()
                && (!programme.immersion().sameSectorRequired() || shareSector(mentee, mentor));
    }

    Score score(List<Pair> pairs) {
        long hard = 0;
        long soft = 0;
        Map<String, Integer> perMentor = new LinkedHashMap<>();
        Map<String, Integer> perMentorDay = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Member mentee = programme.member(pair.mentee());
            Member mentor = programme.member(pair.mentor());
            if (programme.immersion().sameSectorRequired() && !shareSector(mentee, mentor)) {
                hard -= weight("mentor-other-sector", 1);
            }
            perMentor.merge(mentor.id(), 1, Integer::sum);
            perMentorDay.merge(mentor.id() + " " + pair.day(), 1, Integer::sum);
            int unavailable = (availableAllDay(mentee, pair.day()) ? 0 : 1) + (availableAllDay(mentor, pair.day()) ? 0 : 1);
            hard -= weight("immersion-day-unavailable", 1) * unavailable;
            if (conflicted(mentee, mentor)) {
                hard -= weight("immersion-conflict-of-interest", 1);
            }
            hard -= weight("mentor-less-experienced", 1)
                    * Math.max(0, mentee.experienceYears() - mentor.experienceYears() + 1);
            soft -= weight("immersion-repeated-interaction", 1) * novelty.pairCost(mentee.id(), mentor.id());
            long matched = mentee.objectives().stream().distinct().filter(mentor.tags()::contains).count();
            soft += weight("objectives-matched", 20) * matched;
            if (shareSector(mentee, mentor)) {
                soft += weight("mentor-same-sector", 30);
            }
            if (mentee.location() != null && mentor.location() != null) {
                soft -= weight("travel-distance", 1) * Math.round(mentee.location().kilometresTo(mentor.location()));
            }
        }
        for (Map.Entry<String, Integer> entry : perMentor.entrySet()) {
            Offer offer = programme.member(entry.getKey()).offer(Mode.IMMERSION);
            int days = offer == null ? 0 : offer.days();
            hard -= weight("mentor-days-exceeded", 1) * Math.max(0, entry.getValue() - days);
        }
        for (int count : perMentorDay.values()) {
            hard -= weight("mentor-double-booked", 1) * Math.max(0, count - 1);
        }
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                long gap = Math.abs(ChronoUnit.DAYS.between(pairs.get(i).day(), pairs.get(j).day()));
                soft -= weight("immersion-days-close", 1) * Math.max(0, 14 - gap);
            }
        }
        long medium = -weight("mentee-unplaced", 1) * (mentees().size() - pairs.size());
        return new Score(hard, medium, soft);
    }

    /** @return the most mentees that can be placed breaking no rule, over every common full working day */
    int maxPlaceable() {
        Graph<String, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        graph.addVertex("source");
        graph.addVertex("sink");
        for (Member mentor : mentors()) {
            graph.addVertex("mentor " + mentor.id());
            graph.setEdgeWeight(graph.addEdge("mentor " + mentor.id(), "sink"), mentor.offer(Mode.IMMERSION).days());
        }
        for (Member mentee : mentees()) {
            graph.addVertex("mentee " + mentee.id());
            graph.setEdgeWeight(graph.addEdge("source", "mentee " + mentee.id()), 1);
            for (Member mentor : mentors()) {
                if (!allowed(mentee, mentor)) {
                    continue;
                }
                for (LocalDate day : weekdays()) {
                    if (availableAllDay(mentee, day) && availableAllDay(mentor, day)) {
                        String slot = "day " + mentor.id() + " " + day;
                        if (graph.addVertex(slot)) {
                            graph.setEdgeWeight(graph.addEdge(slot, "mentor " + mentor.id()), 1);
                        }
                        graph.setEdgeWeight(graph.addEdge("mentee " + mentee.id(), slot), 1);
                    }
                }
            }
        }
        return (int) Math.round(new EdmondsKarpMFImpl<>(graph).getMaximumFlowValue("source", "sink"));
    }
}
