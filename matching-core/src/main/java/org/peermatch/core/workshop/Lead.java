package org.peermatch.core.workshop;

import ai.timefold.solver.core.api.domain.common.PlanningId;

/**
 * Who leads a workshop, and on which theme: one value of a workshop's first planning variable. Built for the pairs
 * of an animator and a theme they are competent on, so choosing it chooses both. Identity equality.
 */
public final class Lead {

    private final Animator animator;
    private final WorkshopTheme theme;
    private final int level;

    /**
     * @param animator who leads
     * @param theme the theme
     * @param level the animator's level on the theme (0 when none)
     */
    public Lead(Animator animator, WorkshopTheme theme, int level) {
        this.animator = animator;
        this.theme = theme;
        this.level = level;
    }

    @PlanningId
    public String getId() {
        return animator.getId() + "@" + theme.topic();
    }

    public Animator animator() {
        return animator;
    }

    public WorkshopTheme theme() {
        return theme;
    }

    public int level() {
        return level;
    }

    @Override
    public String toString() {
        return animator + " on " + theme;
    }
}
