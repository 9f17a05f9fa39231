package org.peermatch.core.solve;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.peermatch.core.accompaniment.AccompanimentPlan;
import org.peermatch.core.accompaniment.AccompanimentProblem;
import org.peermatch.core.accompaniment.AccompanimentProposals;
import org.peermatch.core.accompaniment.AccompanimentSearch;
import org.peermatch.core.accompaniment.ReplanFact;
import org.peermatch.core.model.Baseline;
import org.peermatch.core.model.Mode;
import org.peermatch.core.model.Programme;
import org.peermatch.core.model.SolverSettings;
import org.peermatch.core.orientation.OrientationProposal;
import org.peermatch.core.orientation.OrientationProposals;
import org.peermatch.core.scoring.PairScoring;
import org.peermatch.core.text.Messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade: turns a validated programme into an explained proposal.
 *
 * <p>Same programme, same seed and a move-count limit (no time limit) give the same proposal.
 * Thread-safe: every call builds its own solver.
 */
public final class PeerMatch {

    private static final Logger LOGGER = LoggerFactory.getLogger(PeerMatch.class);

    private PeerMatch() {
    }

    /** Solves with the programme's solver settings and no progress reporting. */
    public static Proposal solve(Programme programme) {
        return solve(programme, ProgressListener.NONE);
    }

    /** Solves with the programme's solver settings, telling the listener about every better proposal. */
    public static Proposal solve(Programme programme, ProgressListener listener) {
        return solve(programme, listener, EnvironmentMode.PHASE_ASSERT);
    }

    /**
     * Solves with an explicit environment mode; {@code FULL_ASSERT} makes the solver check every score it
     * computes (slow; for tests).
     */
    public static Proposal solve(Programme programme, ProgressListener listener, EnvironmentMode environmentMode) {
        return await(start(programme, listener, environmentMode), programme);
    }

    private static Proposal await(Solving solving, Programme programme) {
        try {
            return solving.await();
        } catch (InterruptedException e) {
            solving.terminateEarly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while solving " + programme.name() + ".", e);
        }
    }

    /** Starts solving in the background; see {@link Solving}. */
    public static Solving start(Programme programme, ProgressListener listener) {
        return start(programme, listener, EnvironmentMode.PHASE_ASSERT);
    }

    /**
     * Starts solving in the background with an explicit environment mode; see {@link Solving}. When members apply
     * with wishes, the orientation stage first decides their modes (with the share of time of another mode, before
     * this method returns), and its decisions become their requests. Accompaniment is
     * solved first; immersion, co-development and the workshop programme (when members request them) are solved
     * after it, in that order, immersion and co-development counting the pairs the modes before them planned as
     * meetings for novelty; then every session is dated on one calendar. The time limit is shared between the modes
     * ({@link ModeBudget}).
     */
    public static Solving start(Programme programme, ProgressListener listener, EnvironmentMode environmentMode) {
        return start(programme, Baseline.NONE, ReplanFact.UNLIMITED, listener, environmentMode);
    }

    /**
     * Re-plans from a published proposal with least change: solves as {@link #solve(Programme)}, starting
     * accompaniment from the baseline's pairs still allowed; each pair dropped or added costs
     * ({@code keep-baseline-pair}), and with {@code maxChanges} at least 0 at most that many change (hard).
     *
     * @param baseline the published proposal ({@link Baseline#NONE}: from scratch)
     * @param maxChanges the budget of pairs dropped or added, or {@link ReplanFact#UNLIMITED}
     * @return the proposal
     */
    public static Proposal replan(Programme programme, Baseline baseline, int maxChanges) {
        return await(start(programme, baseline, maxChanges, ProgressListener.NONE, EnvironmentMode.PHASE_ASSERT),
                programme);
    }

    /** Starts re-planning from a baseline in the background; see {@link #replan} and {@link Solving}. */
    public static Solving start(Programme programme, Baseline baseline, int maxChanges, ProgressListener listener,
            EnvironmentMode environmentMode) {
        return start(programme, baseline, maxChanges, List.of(), listener, environmentMode);
    }

    /**
     * Starts solving an alternative in the background: as the re-plan above, each accompaniment pair of
     * {@code earlier} costing ({@code alternative-pair-reused}). When members apply with wishes, orientation runs
     * first and its decisions become the applicants' requests.
     *
     * @param earlier the pairs of earlier alternatives, each {@code [participant id, resource person id]}
     */
    public static Solving start(Programme programme, Baseline baseline, int maxChanges, List<List<String>> earlier,
            ProgressListener listener, EnvironmentMode environmentMode) {
        if (programme.applications().isEmpty()) {
            return startModes(programme, baseline, maxChanges, earlier, listener, environmentMode);
        }
        // Orientation first, with the share of another mode; its decisions become the applicants' requests.
        ModeBudget share = ModeBudget.of(programme.solver(), 1);
        OrientationProposal orientation = OrientationProposals.solve(programme, share.otherMode(), environmentMode,
                programme.messages());
        Programme oriented = OrientationProposals.oriented(programme, orientation).withSolver(share.accompaniment());
        Solving modes = startModes(oriented, baseline, maxChanges, earlier, listener, environmentMode);
        return new Solving() {
            @Override
            public void terminateEarly() {
                modes.terminateEarly();
            }

            @Override
            public Proposal await() throws InterruptedException {
                return modes.await().withOrientation(orientation);
            }
        };
    }

    private static Solving startModes(Programme programme, Baseline baseline, int maxChanges,
            List<List<String>> earlier, ProgressListener listener, EnvironmentMode environmentMode) {
        PairScoring scoring = new PairScoring(programme);
        AccompanimentPlan problem = AccompanimentProblem.build(programme, scoring, baseline, maxChanges);
        AccompanimentProblem.avoid(problem, earlier);
        // The calendar's search takes the share of one more mode.
        int otherModes = 1 + (programme.participantsIn(Mode.IMMERSION).isEmpty() ? 0 : 1)
                + (programme.participantsIn(Mode.CODEVELOPMENT).isEmpty() ? 0 : 1)
                + (programme.participantsIn(Mode.WORKSHOP).isEmpty() ? 0 : 1);
        ModeBudget budget = ModeBudget.of(programme.solver(), otherModes);
        SolverFactory<AccompanimentPlan> factory = SolverFactory.create(
                AccompanimentProblem.solverConfig(budget.accompaniment(), environmentMode, AccompanimentSearch.DEFAULT,
                        baseline != null && baseline != Baseline.NONE, AccompanimentProblem.packs(problem)));
        SolverManager<AccompanimentPlan> manager = SolverManager.create(factory);
        long startNanos = System.nanoTime();
        LOGGER.debug("Solving {} ({} needs).", programme.name(), problem.getAssignments().size());
        SolverJob<AccompanimentPlan> job = manager.solveBuilder()
                .withProblemId(programme.name())
                .withProblem(problem)
                .withBestSolutionEventConsumer(event -> listener.bestScoreImproved(
                        event.solution().getScore().toString(), Duration.ofNanos(System.nanoTime() - startNanos)))
                .withExceptionHandler((id, failure) -> LOGGER.debug("Solving {} failed.", id, failure))
                .run();
        return new ProgrammeSolving(programme, baseline, scoring, budget.otherMode(), environmentMode, job, manager,
                best -> AccompanimentProposals.of(programme, scoring, factory, best));
    }

    /**
     * @param programme a programme as read
     * @param proposal its proposal
     * @return the programme the modes were planned from: with the modes the orientation gave as the applicants'
     *         requests, or the programme itself when nothing was oriented
     */
    public static Programme planned(Programme programme, Proposal proposal) {
        return proposal.orientation() == null ? programme
                : OrientationProposals.oriented(programme, proposal.orientation());
    }

    /** @return whether the settings bound the search by a move count only, making it reproducible */
    public static boolean isReproducible(SolverSettings settings) {
        return settings.moveCountLimit() != null && settings.timeLimit() == null
                && settings.unimprovedTimeLimit() == null;
    }
}
