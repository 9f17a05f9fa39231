/**
 * Pure scoring functions shared by the constraints and the explanations: the facts of a pair
 * ({@link org.peermatch.core.scoring.PairScoring}), novelty of earlier interactions (the pluggable
 * {@link org.peermatch.core.scoring.NoveltyModel}, by default {@link org.peermatch.core.scoring.DecayingNovelty}:
 * direct meetings and common peers, fading with time) and common availability
 * ({@link org.peermatch.core.scoring.HalfDayCalendar}).
 */
package org.peermatch.core.scoring;
