/**
 * Pure scoring functions shared by the constraints and the explanations: the facts of a pair
 * ({@link org.peermatch.core.scoring.PairScoring}), novelty of earlier interactions
 * ({@link org.peermatch.core.scoring.Novelty}) and common availability
 * ({@link org.peermatch.core.scoring.HalfDayCalendar}).
 */
package org.peermatch.core.scoring;
