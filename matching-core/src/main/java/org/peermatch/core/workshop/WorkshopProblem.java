package org.peermatch.core.workshop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.BaselineWorkshop;
import org.peermatch.core.model.HalfDaySlot;
import org.peermatch.core.model.Member;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Need;
import org.peermatch.core.model.Offer;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.Room;
import org.peermatch.core.model.SessionRecord;
import org.peermatch.core.model.SessionStatus;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.model.WeeklyHalfDay;
import org.peermatch.core.model.WorkshopRules;
import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.plan.SolverLimits;
import org.peermatch.core.scoring.HalfDayCalendar;

/**
 * Builds the workshop programme planning problem from a programme.
 *
 * <p><b>Themes.</b> The committee's themes when it chose some; otherwise every topic of the needs of members who
 * ask for workshops, ranked by demand: the sum of the priority weights of the participants who need it and are
 * available on at least one half-day a workshop may take, then the number of essential needs, then the topic.
 *
 * <p><b>How many workshops.</b> The committee's count when it set one (workshops kept from an earlier calendar
 * included). Otherwise peer-match's rule: each theme that someone can lead gets one workshop per
 * {@code maxAttendance} participants who need it and can attend (rounded up), when they are at least
 * {@code minAttendance} (a committee's theme gets at least one); the count is the most of those workshops the
 * animators can lead together, each within their sessions and on themes they master (a bipartite matching of
 * workshops to animators' sessions, by augmenting paths). Then the solver chooses which theme each
 * workshop takes, so a theme may get more or fewer workshops than the rule gave it.
 *
 * <p><b>Values.</b> A workshop's lead is an animator with a theme they offer and master (level at least
 * {@code minimumLevel}); its half-day any weekday half-day of the programme (from the day it is planned again
 * from) that is not closed; its room any of the programme's rooms. A hard rule the committee switched off (weight
 * 0) does not prune values: every animator–theme pair is a lead, closed half-days are values.
 *
 * <p><b>Kept workshops.</b> A fixed or held workshop session of an earlier calendar (animator first, then the
 * attendees) becomes a pinned workshop with its attendees. Its theme is the topic most of its attendees need (ties:
 * the animator's higher level, then the topic), else the animator's best competence.
 *
 * <p>O(P × D + A × T + D × S) for P participants, D programme days, A animators, T themes, S half-day slots.
 */
public final class WorkshopProblem {

    /** Two workshops fewer days apart than this are never bunched, whatever the programme's length. */
    public static final int MIN_SPACING_DAYS = 7;
    /** Two workshops this many days apart or more are never bunched. */
    public static final int MAX_SPACING_DAYS = 28;

    private WorkshopProblem() {
    }

    /**
     * @param programme the programme
     * @return the unsolved plan: kept workshops in place, every other workshop not held yet
     */
    public static WorkshopPlan build(Programme programme) {
        return build(programme, Baseline.NONE);
    }

    /**
     * The plan re-planned from a published proposal: built as {@link #build(Programme)}, then each published
     * workshop still possible ({@link PublishedWorkshop}) that is not a kept session starts as one of the new
     * workshops, with its lead, half-day and room (the room when it still exists and is free), within each
     * animator's sessions and one workshop per animator and room a half-day; {@code keep-baseline-workshop} weighs
     * every change. When peer-match chooses how many workshops, there are at least as many as those kept.
     *
     * @param programme the programme
     * @param baseline the published proposal ({@link Baseline#NONE}: a plan from scratch)
     * @return the unsolved plan, started from the published workshops still possible
     */
    public static WorkshopPlan build(Programme programme, Baseline baseline) {
        return new Builder(programme, baseline).build();
    }

    /**
     * The solver: a greedy construction, then local search changing one variable of a workshop (lead, half-day or
     * room) or swapping two workshops' values.
     *
     * @param settings limits and seed
     * @param environmentMode how much the solver checks itself (tests use {@code FULL_ASSERT})
     * @return the configuration of the workshop solver
     * @throws IllegalArgumentException when no limit is set: a solve must always end
     */
    public static SolverConfig solverConfig(SolverSettings settings, EnvironmentMode environmentMode) {
        EntitySelectorConfig workshops = new EntitySelectorConfig().withEntityClass(PlannedWorkshop.class);
        return new SolverConfig()
                .withSolutionClass(WorkshopPlan.class)
                .withEntityClasses(PlannedWorkshop.class)
                .withConstraintProviderClass(WorkshopConstraintProvider.class)
                .withEnvironmentMode(environmentMode)
                .withRandomSeed(settings.seed())
                .withTerminationConfig(SolverLimits.termination(settings))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new WorkshopConstruction())),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig()
                                .withMoveSelectors(
                                        new ChangeMoveSelectorConfig().withEntitySelectorConfig(workshops),
                                        new SwapMoveSelectorConfig().withEntitySelectorConfig(workshops))));
    }

    /** @return the programme's weight overrides for the workshop constraints, each on its own level */
    public static ConstraintWeightOverrides<HardMediumSoftScore> weightOverrides(Map<String, Long> weights) {
        return ConstraintWeights.overrides(weights, WorkshopConstraint.definitions());
    }

    /** @return the weight the programme gives the constraint */
    static long weightOf(Programme programme, WorkshopConstraint constraint) {
        return programme.weights().getOrDefault(constraint.id(), constraint.definition().defaultWeight());
    }

    /** @return the first day new workshops may take: the programme's start, or the day it is planned again from */
    static LocalDate planFrom(Programme programme) {
        LocalDate from = programme.changes().replanFrom();
        return from != null && from.isAfter(programme.start()) ? from : programme.start();
    }

    /** @return the fixed or held workshop sessions of the earlier calendar, in document order */
    static List<SessionRecord> keptSessions(Programme programme) {
        List<SessionRecord> kept = new ArrayList<>();
        for (SessionRecord session : programme.changes().sessions()) {
            if (session.mode() == Mode.WORKSHOP && !session.members().isEmpty()
                    && (session.status() == SessionStatus.FIXED || session.status() == SessionStatus.HELD)) {
                kept.add(session);
            }
        }
        return kept;
    }

    /** @return why no workshop can take place on the day, or null when one can */
    static String closedReason(Programme programme, LocalDate date) {
        if (date.isBefore(programme.start()) || date.isAfter(programme.end())) {
            return "outside the programme";
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return "on a weekend";
        }
        if (programme.isClosed(date)) {
            return "on a closed day";
        }
        if (date.isBefore(planFrom(programme))) {
            return "before the day the calendar is planned again from";
        }
        return null;
    }

    /** @return the topic a kept workshop was on (see the class comment) */
    static String keptTheme(Programme programme, SessionRecord session) {
        Member animator = programme.member(session.members().get(0));
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (String id : session.members().subList(1, session.members().size())) {
            Member attendee = programme.member(id);
            if (attendee != null) {
                for (Need need : attendee.needs()) {
                    votes.merge(need.topic(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (best == null || compareVotes(vote.getKey(), vote.getValue(), best, votes.get(best), animator) < 0) {
                best = vote.getKey();
            }
        }
        if (best == null && animator != null) {
            int level = 0;
            for (var competence : animator.competences()) {
                if (competence.level() > level) {
                    level = competence.level();
                    best = competence.topic();
                }
            }
        }
        return best == null ? "workshop" : best;
    }

    private static int compareVotes(String topic, int votes, String best, int bestVotes, Member animator) {
        if (votes != bestVotes) {
            return Integer.compare(bestVotes, votes);
        }
        int level = animator == null ? 0 : animator.levelOn(topic);
        int bestLevel = animator == null ? 0 : animator.levelOn(best);
        if (level != bestLevel) {
            return Integer.compare(bestLevel, level);
        }
        return topic.compareTo(best);
    }

    /** The building of one plan. */
    private static final class Builder {
        private final Programme programme;
        private final WorkshopRules rules;
        private final HalfDayCalendar calendar;
        private final List<HalfDaySlot> slots;
        private final Map<Integer, HalfDay> halfDayByNumber = new LinkedHashMap<>();
        private final Baseline baseline;

        Builder(Programme programme, Baseline baseline) {
            this.programme = programme;
            this.baseline = baseline;
            this.rules = programme.workshop();
            this.calendar = new HalfDayCalendar(programme);
            this.slots = programme.halfDays();
        }

        WorkshopPlan build() {
            boolean closedRule = weightOf(programme, WorkshopConstraint.WORKSHOP_CLOSED_DAY) != 0;
            boolean competenceRule = weightOf(programme, WorkshopConstraint.WORKSHOP_ANIMATOR_NOT_COMPETENT) != 0;
            List<HalfDay> open = new ArrayList<>();
            for (LocalDate date = planFrom(programme); !date.isAfter(programme.end()); date = date.plusDays(1)) {
                for (int s = 0; s < slots.size(); s++) {
                    HalfDay halfDay = halfDay(date, slots.get(s).id());
                    if (!closedRule || !halfDay.closed()) {
                        open.add(halfDay);
                    }
                }
            }
            BitSet openSet = new BitSet();
            for (HalfDay halfDay : open) {
                openSet.set(halfDay.number());
            }

            // participants and their needs, by topic, essential first then programme order
            List<Member> participants = programme.participantsIn(Mode.WORKSHOP);
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, Integer> indexOf = new LinkedHashMap<>();
            Map<String, List<Demand>> demandByTopic = new LinkedHashMap<>();
            Map<String, Integer> rankWeight = new LinkedHashMap<>();
            for (Member member : participants) {
                int index = indexOf.size();
                indexOf.put(member.id(), index);
                labels.put(member.id(), label(member));
                BitSet available = calendar.availableHalfDays(member);
                boolean canAttend = available.intersects(openSet);
                Map<String, Integer> priorities = new LinkedHashMap<>();
                for (Need need : member.needs()) {
                    priorities.merge(need.topic(), need.priority(), Math::min);
                }
                for (Map.Entry<String, Integer> need : priorities.entrySet()) {
                    Demand demand = new Demand(index, member.id(), label(member), need.getKey(), need.getValue(),
                            available);
                    demandByTopic.computeIfAbsent(need.getKey(), t -> new ArrayList<>()).add(demand);
                    rankWeight.merge(need.getKey(), canAttend ? demand.weight() : 0, Integer::sum);
                }
            }
            List<String> topics = new ArrayList<>();
            if (!rules.themes().isEmpty()) {
                for (String theme : rules.themes()) {
                    if (!topics.contains(theme)) {
                        topics.add(theme);
                    }
                }
            } else {
                topics.addAll(demandByTopic.keySet());
                topics.sort(Comparator.comparing((String t) -> -rankWeight.getOrDefault(t, 0))
                        .thenComparing(t -> -essential(demandByTopic.get(t)))
                        .thenComparing(t -> t));
            }
            List<SessionRecord> keptSessions = keptSessions(programme);
            List<String> keptTopics = new ArrayList<>();
            for (SessionRecord session : keptSessions) {
                keptTopics.add(keptTheme(programme, session));
            }
            Map<String, WorkshopTheme> themes = new LinkedHashMap<>();
            for (String topic : topics) {
                themes.put(topic, theme(themes.size(), topic, true, demandByTopic));
            }
            for (String topic : keptTopics) {
                if (!themes.containsKey(topic)) {
                    themes.put(topic, theme(themes.size(), topic, false, demandByTopic));
                }
            }

            // animators: who offers to lead workshops, then animators of kept workshops who do not
            Map<String, Integer> keptLed = new LinkedHashMap<>();
            for (SessionRecord session : keptSessions) {
                keptLed.merge(session.members().get(0), 1, Integer::sum);
            }
            Map<String, Animator> animators = new LinkedHashMap<>();
            for (Member member : programme.members()) {
                Offer offer = member.offer(Mode.WORKSHOP);
                if (offer != null && offer.sessions() > 0) {
                    animators.put(member.id(), new Animator(animators.size(), member, true,
                            Math.max(offer.sessions(), keptLed.getOrDefault(member.id(), 0)), offer.participants(),
                            calendar.availableHalfDays(member)));
                }
            }
            for (SessionRecord session : keptSessions) {
                String id = session.members().get(0);
                Member member = programme.member(id);
                if (!animators.containsKey(id) && member != null) {
                    Offer offer = member.offer(Mode.WORKSHOP);
                    animators.put(id, new Animator(animators.size(), member, offer != null,
                            keptLed.get(id), offer == null ? 0 : offer.participants(),
                            calendar.availableHalfDays(member)));
                }
            }

            List<Lead> leads = new ArrayList<>();
            Map<String, Lead> leadById = new LinkedHashMap<>();
            for (WorkshopTheme theme : themes.values()) {
                if (!theme.candidate()) {
                    continue;
                }
                for (Animator animator : animators.values()) {
                    int level = animator.member().levelOn(theme.topic());
                    if (animator.offers() && animator.sessions() > 0
                            && (!competenceRule || level >= rules.minimumLevel())) {
                        Lead lead = new Lead(animator, theme, level);
                        leads.add(lead);
                        leadById.put(lead.getId(), lead);
                    }
                }
            }
            List<Lead> newLeads = List.copyOf(leads);

            List<WorkshopRoom> rooms = new ArrayList<>();
            for (Room room : programme.rooms()) {
                rooms.add(new WorkshopRoom(rooms.size(), room));
            }

            List<BaselineWorkshop> published = new ArrayList<>();
            for (BaselineWorkshop workshop : baseline.workshops()) {
                if (PublishedWorkshop.of(programme, workshop) == PublishedWorkshop.POSSIBLE
                        && keptSessions.stream().noneMatch(session -> isSession(workshop, session))) {
                    published.add(workshop);
                }
            }
            int total = rules.count() > 0 ? Math.max(rules.count(), keptSessions.size())
                    : keptSessions.size() + Math.max(published.size(), chosenCount(themes.values(), newLeads,
                            animators.values(), openSet, keptLed));
            LocalDate from = planFrom(programme);
            int days = (int) ChronoUnit.DAYS.between(from, programme.end()) + 1;
            int spacing = Math.min(MAX_SPACING_DAYS, Math.max(MIN_SPACING_DAYS, days / Math.max(1, total)));
            WorkshopFrame frame = new WorkshopFrame(rules.minAttendance(), rules.maxAttendance(),
                    rules.minimumLevel(), spacing, !rooms.isEmpty(), !rules.preferredHalfDays().isEmpty());

            List<PlannedWorkshop> workshops = new ArrayList<>();
            for (int k = 0; k < keptSessions.size(); k++) {
                SessionRecord session = keptSessions.get(k);
                WorkshopTheme theme = themes.get(keptTopics.get(k));
                Animator animator = animators.get(session.members().get(0));
                if (animator == null) {
                    continue; // not a member: the reader does not let this through
                }
                Lead lead = leadById.get(animator.getId() + "@" + theme.topic());
                if (lead == null) {
                    lead = new Lead(animator, theme, animator.member().levelOn(theme.topic()));
                    leads.add(lead);
                    leadById.put(lead.getId(), lead);
                }
                HalfDay halfDay = halfDay(session.date(), session.halfDay() == null ? slots.get(0).id()
                        : session.halfDay());
                List<Demand> attendees = new ArrayList<>();
                for (String id : session.members().subList(1, session.members().size())) {
                    attendees.add(keptAttendee(id, theme, labels, indexOf));
                }
                workshops.add(new PlannedWorkshop(workshops.size() + 1, frame, true, attendees, List.of(lead),
                        List.of(halfDay), List.of(), lead, halfDay, null));
            }
            while (workshops.size() < total) {
                workshops.add(new PlannedWorkshop(workshops.size() + 1, frame, newLeads, List.copyOf(open),
                        List.copyOf(rooms)));
            }
            seed(workshops, published, leadById, newLeads, open, rooms, animators.size());
            List<HalfDay> allHalfDays = new ArrayList<>(halfDayByNumber.values());
            allHalfDays.sort(Comparator.comparingInt(HalfDay::number));
            return new WorkshopPlan(frame, participants.size(), List.copyOf(themes.values()),
                    List.copyOf(animators.values()), List.copyOf(leads), List.copyOf(allHalfDays), List.copyOf(rooms),
                    workshops, weightOverrides(programme.weights()));
        }

        /** Starts new workshops from the published ones still possible (see {@link #build(Programme, Baseline)}). */
        private static void seed(List<PlannedWorkshop> workshops, List<BaselineWorkshop> published,
                Map<String, Lead> leadById, List<Lead> newLeads, List<HalfDay> open, List<WorkshopRoom> rooms,
                int animatorCount) {
            Map<String, HalfDay> openByKey = new HashMap<>();
            open.forEach(halfDay -> openByKey.put(halfDay.date() + "@" + halfDay.slot(), halfDay));
            int[] led = new int[animatorCount];
            Set<String> busy = new HashSet<>();
            for (PlannedWorkshop workshop : workshops) {
                if (workshop.held()) {
                    led[workshop.animator().index()]++;
                    busy.add(workshop.animator().getId() + "@" + workshop.halfDayNumber());
                }
            }
            int next = 0;
            for (BaselineWorkshop workshop : published) {
                Lead lead = leadById.get(workshop.animator() + "@" + workshop.theme());
                HalfDay halfDay = openByKey.get(workshop.date() + "@" + workshop.halfDay());
                if (lead == null || !newLeads.contains(lead) || halfDay == null
                        || led[lead.animator().index()] >= lead.animator().sessions()
                        || !busy.add(lead.animator().getId() + "@" + halfDay.number())) {
                    continue;
                }
                WorkshopRoom room = rooms.stream().filter(r -> r.getId().equals(workshop.room())).findFirst()
                        .orElse(null);
                if (room != null && !busy.add("room " + room.getId() + "@" + halfDay.number())) {
                    room = null;
                }
                while (next < workshops.size() && (workshops.get(next).isPinned() || workshops.get(next).held())) {
                    next++;
                }
                if (next == workshops.size()) {
                    return;
                }
                PlannedWorkshop planned = workshops.get(next++);
                planned.setLead(lead);
                planned.setHalfDay(halfDay);
                planned.setRoom(room);
                planned.setPublished(lead, halfDay, room);
                led[lead.animator().index()]++;
            }
        }

        /** @return whether the published workshop is the kept session (same animator, date and half-day) */
        private static boolean isSession(BaselineWorkshop workshop, SessionRecord session) {
            return session.members().get(0).equals(workshop.animator()) && workshop.date().equals(session.date())
                    && (session.halfDay() == null || session.halfDay().equals(workshop.halfDay()));
        }

        private Demand keptAttendee(String id, WorkshopTheme theme, Map<String, String> labels,
                Map<String, Integer> indexOf) {
            for (Demand need : theme.demand()) {
                if (need.memberId().equals(id)) {
                    return need;
                }
            }
            Member member = programme.member(id);
            String label = member == null ? id : label(member);
            int index = indexOf.computeIfAbsent(id, key -> indexOf.size());
            labels.putIfAbsent(id, label);
            BitSet available = member == null ? new BitSet() : calendar.availableHalfDays(member);
            return new Demand(index, id, label, theme.topic(), 0, available);
        }

        /**
         * peer-match's number of new workshops when the committee did not set one (see the class comment): the
         * most of the workshops each theme wants that the animators' sessions can lead together, by augmenting
         * paths over theme → competent animator (a bipartite b-matching).
         */
        private int chosenCount(Collection<WorkshopTheme> themes, List<Lead> leads,
                Collection<Animator> animators, BitSet open, Map<String, Integer> keptLed) {
            List<List<Animator>> units = new ArrayList<>();
            for (WorkshopTheme theme : themes) {
                if (!theme.candidate()) {
                    continue;
                }
                List<Animator> competent = new ArrayList<>();
                for (Lead lead : leads) {
                    if (lead.theme() == theme) {
                        competent.add(lead.animator());
                    }
                }
                int attending = 0;
                for (Demand need : theme.demand()) {
                    if (need.available().intersects(open)) {
                        attending++;
                    }
                }
                int wanted = attending >= rules.minAttendance()
                        ? (attending + rules.maxAttendance() - 1) / rules.maxAttendance() : 0;
                if (wanted == 0 && !rules.themes().isEmpty()) {
                    wanted = 1;
                }
                for (int k = 0; k < wanted && !competent.isEmpty(); k++) {
                    units.add(competent);
                }
            }
            int[] used = new int[animators.size()];
            for (Animator animator : animators) {
                used[animator.index()] = keptLed.getOrDefault(animator.getId(), 0);
            }
            List<List<Integer>> ledUnits = new ArrayList<>();
            for (int a = 0; a < animators.size(); a++) {
                ledUnits.add(new ArrayList<>());
            }
            int total = 0;
            for (int u = 0; u < units.size(); u++) {
                if (lead(u, units, used, ledUnits, new boolean[animators.size()])) {
                    total++;
                }
            }
            return total;
        }

        /** Kuhn's augmenting path: gives workshop unit u an animator session, moving other units if needed. */
        private static boolean lead(int u, List<List<Animator>> units, int[] used, List<List<Integer>> ledUnits,
                boolean[] visited) {
            for (Animator animator : units.get(u)) {
                int a = animator.index();
                if (visited[a]) {
                    continue;
                }
                visited[a] = true;
                if (used[a] < animator.sessions()) {
                    used[a]++;
                    ledUnits.get(a).add(u);
                    return true;
                }
                for (int i = 0; i < ledUnits.get(a).size(); i++) {
                    int other = ledUnits.get(a).get(i);
                    if (lead(other, units, used, ledUnits, visited)) {
                        ledUnits.get(a).set(i, u);
                        return true;
                    }
                }
            }
            return false;
        }

        private WorkshopTheme theme(int index, String topic, boolean candidate, Map<String, List<Demand>> demand) {
            List<Demand> needs = new ArrayList<>(demand.getOrDefault(topic, List.of()));
            needs.sort(Comparator.comparingInt(Demand::priority).thenComparingInt(Demand::participant));
            return new WorkshopTheme(index, topic, candidate, needs);
        }

        private HalfDay halfDay(LocalDate date, String slotId) {
            int slot = 0;
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).id().equals(slotId)) {
                    slot = s;
                }
            }
            int dayNumber = (int) ChronoUnit.DAYS.between(programme.start(), date);
            int number = calendar.halfDayNumber(date, slot);
            return halfDayByNumber.computeIfAbsent(number, n -> new HalfDay(n, date, slotId, dayNumber,
                    closedReason(programme, date),
                    rules.preferredHalfDays().contains(new WeeklyHalfDay(date.getDayOfWeek(), slotId))));
        }
    }

    private static int essential(List<Demand> demand) {
        return (int) demand.stream().filter(Demand::essential).count();
    }

    static String label(Member member) {
        return member.name() + " (" + member.id() + ")";
    }
}
