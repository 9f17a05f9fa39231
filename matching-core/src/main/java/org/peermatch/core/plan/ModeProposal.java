package org.peermatch.core.plan;

import java.util.List;

import org.peermatch.core.model.Mode;
import org.peermatch.core.text.Messages;

/**
 * What one mode proposes (accompaniment pairs, immersion days, co-development groups, workshops), as every mode's
 * proposal shows it to the facade, the writers and the command line: the score, its part per constraint, the hard
 * rules broken and what was left unplanned, in domain words.
 *
 * <p>Implementations are immutable records, one per mode: {@code AccompanimentProposal},
 * {@code ImmersionProposal}, {@code CodevelopmentProposal}, {@code WorkshopProposal}.
 */
public interface ModeProposal {

    /** @return the mode this proposal plans */
    Mode mode();

    /** @return the mode's score, e.g. {@code 0hard/-3medium/1250soft} */
    String score();

    /** @return the score's hard part: 0 when every hard rule is met */
    long hardScore();

    /** @return the score's medium part: 0 when nothing is left unplanned */
    long mediumScore();

    /** @return the score's soft part: the quality of what is planned */
    long softScore();

    /** @return each constraint's contribution to the score, in the order of the mode's constraint table */
    List<ConstraintScore> constraints();

    /** @return the hard rules broken, found by the mode's independent certifier; empty when feasible */
    List<Violation> violations();

    /** @return whether no hard rule of this mode is broken */
    default boolean feasible() {
        return hardScore() == 0 && violations().isEmpty();
    }

    /**
     * @return what the mode left unplanned that the committee must settle (a need uncovered, a mentee without a
     *         day, a member in no group), each with its reason; empty when the mode planned everything it must
     */
    List<Gap> gaps();

    /** @return {@link #gaps()} in the messages' language */
    default List<Gap> gaps(Messages messages) {
        return gaps();
    }

    /**
     * @param count how many gaps (at least 1)
     * @return the gaps counted in a clause, e.g. "3 needs are not covered"
     */
    String gapsClause(int count);

    /** @return {@link #gapsClause(int)} in the messages' language */
    default String gapsClause(int count, Messages messages) {
        return gapsClause(count);
    }

    /** @return one line for the console, e.g. "Immersion: 9 of 9 mentees have a day with a mentor, score …." */
    String summary();

    /** @return {@link #summary()} in the messages' language */
    default String summary(Messages messages) {
        return summary();
    }

    /** @return whether every hard rule is met and nothing is left unplanned */
    default boolean complete() {
        return feasible() && gaps().isEmpty();
    }
}
