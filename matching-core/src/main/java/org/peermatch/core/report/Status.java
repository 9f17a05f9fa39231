package org.peermatch.core.report;

import org.peermatch.core.solve.Proposal;

/** The proposal's status as both writers name it: a word for machines and a headline for the committee. */
enum Status {
    /** Every hard rule is met and everything planned: needs covered, mentees placed, members in groups. */
    COMPLETE("complete"),
    /** Every hard rule is met; something is left unplanned (a need, a mentee, a co-development member). */
    GAPS("gaps"),
    /** At least one hard rule is broken. */
    INFEASIBLE("infeasible");

    private final String jsonName;

    Status(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the status of the proposal, read from its own flags (never recomputed from scores) */
    static Status of(Proposal proposal) {
        if (!proposal.feasible()) {
            return INFEASIBLE;
        }
        return proposal.complete() ? COMPLETE : GAPS;
    }

    /** @return the lower-case word written in the proposal JSON */
    String jsonName() {
        return jsonName;
    }
}
