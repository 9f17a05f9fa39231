package org.peermatch.core.plan;

/**
 * What one constraint contributes to the proposal's score.
 *
 * @param id the constraint id
 * @param level its score level
 * @param weight the weight used (default or overridden)
 * @param score its contribution on its level (negative for a cost, positive for a reward)
 */
public record ConstraintScore(String id, ConstraintLevel level, long weight, long score) {
}
