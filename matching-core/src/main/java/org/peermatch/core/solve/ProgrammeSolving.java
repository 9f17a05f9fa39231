package org.peermatch.core.solve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.calendar.CalendarCertifier;
import org.peermatch.core.calendar.CalendarPlan;
import org.peermatch.core.calendar.CalendarPlanner;
import org.peermatch.core.calendar.CalendarSearch;
import org.peermatch.core.calendar.ModeDates;
import org.peermatch.core.calendar.ProgrammeCalendar;
import org.peermatch.core.calendar.Session;
import org.peermatch.core.codevelopment.CodevelopmentPlan;
import org.peermatch.core.codevelopment.CodevelopmentProblem;
import org.peermatch.core.codevelopment.CodevelopmentProposals;
import org.peermatch.core.immersion.ImmersionPlan;
import org.peermatch.core.immersion.ImmersionProblem;
import org.peermatch.core.immersion.ImmersionProposal;
import org.peermatch.core.immersion.ImmersionProposals;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Interaction;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.scoring.NoveltyModel;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.workshop.WorkshopPlan;
import org.peermatch.core.workshop.WorkshopProblem;
import org.peermatch.core.workshop.WorkshopProposal;
import org.peermatch.core.workshop.WorkshopProposals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A programme's solve in the background: the accompaniment job already running, then immersion, co-development and
 * the workshop programme solved when {@link #await()} collects the accompaniment plan, then every session of every
 * mode dated on one calendar ({@link CalendarPlanner}, then improved as one problem by {@link CalendarSearch}) and
 * certified. {@link #terminateEarly()} stops the job
 * running and makes the modes not started yet keep their constructed plan (a single move of search), so Ctrl-C
 * still gives a whole proposal quickly.
 */
final class ProgrammeSolving implements Solving {

    private static final Logger LOGGER = LoggerFactory.getLogger(ProgrammeSolving.class);

    private final Programme programme;
    private final Baseline baseline;
    private final PairScoring scoring;
    private final SolverSettings otherModeSettings;
    private final EnvironmentMode environmentMode;
    private final SolverJob<AccompanimentPlan> accompanimentJob;
    private final SolverManager<AccompanimentPlan> accompanimentManager;
    private final Function<AccompanimentPlan, AccompanimentProposal> proposer;
    private final AtomicReference<SolverJob<?>> running = new AtomicReference<>();
    private volatile boolean stopped;
    private Proposal result;

    ProgrammeSolving(Programme programme, Baseline baseline, PairScoring scoring, SolverSettings otherModeSettings,
            EnvironmentMode environmentMode, SolverJob<AccompanimentPlan> accompanimentJob,
            SolverManager<AccompanimentPlan> accompanimentManager, Function<AccompanimentPlan, AccompanimentProposal> proposer) {
        this.programme = programme;
        this.baseline = baseline == null ? Baseline.NONE : baseline;
        this.scoring = scoring;
        this.otherModeSettings = otherModeSettings;
        this.environmentMode = environmentMode;
        this.accompanimentJob = accompanimentJob;
        this.accompanimentManager = accompanimentManager;
        this.proposer = proposer;
        running.set(accompanimentJob);
    }

    @Override
    public void terminateEarly() {
        stopped = true;
        SolverJob<?> job = running.get();
        if (job != null) {
            job.terminateEarly();
        }
    }

    @Override
    public synchronized Proposal await() throws InterruptedException {
        if (result != null) {
            return result;
        }
        AccompanimentProposal accompaniment;
        Stage<?> totals;
        try {
            AccompanimentPlan best = accompanimentJob.getFinalBestSolution();
            totals = new Stage<>(null, null, accompanimentJob.getSolvingDuration(),
                    accompanimentJob.getMoveEvaluationCount(), accompanimentJob.isTerminatedEarly());
            accompaniment = proposer.apply(best);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            accompanimentManager.close();
        }
        List<ModeProposal> modes = new ArrayList<>(List.of(accompaniment));
        List<Interaction> planned = new ArrayList<>(accompanimentMeetings(accompaniment));
        NoveltyModel novelty = scoring.novelty();

        if (!programme.participantsIn(Mode.IMMERSION).isEmpty()) {
            NoveltyModel withPlan = novelty.withPlannedMeetings(planned);
            ImmersionPlan problem = ImmersionProblem.build(programme, withPlan, baseline);
            Stage<ImmersionPlan> stage = solve(problem, settings -> ImmersionProblem.solverConfig(settings,
                    environmentMode));
            ImmersionProposal immersion = ImmersionProposals.of(programme, withPlan, stage.best(), stage.factory());
            totals = totals.plus(stage);
            planned.addAll(ImmersionProposals.plannedMeetings(immersion));
            modes.add(immersion);
        }

        if (!programme.participantsIn(Mode.CODEVELOPMENT).isEmpty()) {
            NoveltyModel withPlan = novelty.withPlannedMeetings(planned);
            CodevelopmentPlan problem = CodevelopmentProblem.build(programme, withPlan, baseline);
            Stage<CodevelopmentPlan> stage = solve(problem, settings -> CodevelopmentProblem.solverConfig(settings,
                    environmentMode));
            modes.add(CodevelopmentProposals.of(programme, withPlan, stage.best(), stage.factory()));
            totals = totals.plus(stage);
        }

        List<Session> workshopSessions = new ArrayList<>();
        WorkshopPlan workshopProblem = programme.participantsIn(Mode.WORKSHOP).isEmpty() ? null
                : WorkshopProblem.build(programme, baseline);
        if (workshopProblem != null && !workshopProblem.isEmpty()) {
            Stage<WorkshopPlan> stage = solve(workshopProblem, settings -> WorkshopProblem.solverConfig(settings,
                    environmentMode));
            WorkshopProposal workshops = WorkshopProposals.of(programme, stage.best(), stage.factory());
            totals = totals.plus(stage);
            workshopSessions.addAll(CalendarPlanner.workshopSessions(programme, workshops));
            modes.add(workshops);
        }

        // The whole year dated as one problem: the greedy calendar, then a local search over its 1:1 meetings.
        CalendarPlan calendarProblem = CalendarSearch.build(programme, modes, workshopSessions, baseline);
        ProgrammeCalendar calendar;
        if (calendarProblem.hasMovable()) {
            Stage<CalendarPlan> stage = solve(calendarProblem, settings -> CalendarSearch.solverConfig(settings,
                    environmentMode));
            calendar = CalendarSearch.calendar(stage.best());
            totals = totals.plus(stage);
        } else {
            calendar = CalendarSearch.calendar(calendarProblem);
        }

        long millis = Math.max(1, totals.spent().toMillis());
        SolveStatistics statistics = new SolveStatistics(totals.spent(), totals.moves(),
                totals.moves() * 1000 / millis, programme.solver().seed(), totals.terminatedEarly() || stopped,
                PeerMatch.isReproducible(programme.solver()));
        result = new Proposal(programme.name(), ModeDates.align(modes, calendar, programme.messages()), calendar,
                CalendarCertifier.violations(programme, calendar), statistics);
        return result;
    }

    /** The distinct participant–resource pairs of the accompaniment plan, as meetings from the programme's start. */
    private List<Interaction> accompanimentMeetings(AccompanimentProposal accompaniment) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Assignment assignment : accompaniment.assignments()) {
            pairs.add(List.of(assignment.participant(), assignment.resource()));
        }
        List<Interaction> meetings = new ArrayList<>();
        for (List<String> pair : pairs) {
            meetings.add(new Interaction(pair, Mode.ACCOMPANIMENT, programme.start()));
        }
        return meetings;
    }

    /** One mode's solve: its best plan and how the search went. */
    private record Stage<S>(S best, SolverFactory<S> factory, Duration spent, long moves, boolean terminatedEarly) {

        /** @return the search figures of both stages together (no plan) */
        Stage<Void> plus(Stage<?> other) {
            return new Stage<>(null, null, spent.plus(other.spent), moves + other.moves,
                    terminatedEarly || other.terminatedEarly);
        }
    }

    private <S> Stage<S> solve(S problem, Function<SolverSettings, SolverConfig> configuration)
            throws InterruptedException {
        // Stopped already: keep the constructed plan, with a single move of search.
        SolverSettings settings = stopped ? new SolverSettings(null, null, 1L, otherModeSettings.seed())
                : otherModeSettings;
        SolverFactory<S> factory = SolverFactory.create(configuration.apply(settings));
        try (SolverManager<S> manager = SolverManager.create(factory)) {
            SolverJob<S> job = manager.solveBuilder()
                    .withProblemId(programme.name())
                    .withProblem(problem)
                    .withExceptionHandler((id, failure) -> LOGGER.debug("Solving {} failed.", id, failure))
                    .run();
            // Once stopped, the move limit of 1 ends the search right after the construction: terminating the job
            // here would stop it before its construction and leave the mode empty.
            running.set(job);
            try {
                S best = job.getFinalBestSolution();
                return new Stage<>(best, factory, job.getSolvingDuration(), job.getMoveEvaluationCount(),
                        job.isTerminatedEarly());
            } catch (ExecutionException e) {
                throw failure(e);
            }
        }
    }

    private RuntimeException failure(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException("Solving " + programme.name() + " failed.", e.getCause());
    }
}
