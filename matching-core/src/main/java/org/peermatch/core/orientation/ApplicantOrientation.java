package org.peermatch.core.orientation;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.peermatch.core.model.Mode;

/**
 * An applicant's orientation: the planning entity. Its one variable is the option (the modes given), taken from the
 * applicant's own options; the applicant is not admitted while it is null.
 */
@PlanningEntity
public class ApplicantOrientation {

    private String id;
    private Applicant applicant;
    private List<OrientationOption> options;

    private OrientationOption option;

    /** For Timefold's cloning. */
    public ApplicantOrientation() {
    }

    /**
     * @param applicant who is oriented
     * @param options the options they may take (see {@link OrientationScoring#options})
     * @param option the initial option, or null (not admitted)
     */
    public ApplicantOrientation(Applicant applicant, List<OrientationOption> options, OrientationOption option) {
        this.id = applicant.id();
        this.applicant = applicant;
        this.options = options;
        this.option = option;
    }

    @PlanningId
    public String getId() {
        return id;
    }

    public Applicant getApplicant() {
        return applicant;
    }

    @ValueRangeProvider
    public List<OrientationOption> getOptions() {
        return options;
    }

    @PlanningVariable(allowsUnassigned = true)
    public OrientationOption getOption() {
        return option;
    }

    public void setOption(OrientationOption option) {
        this.option = option;
    }

    /** @return the modes given, empty when not admitted */
    public List<Mode> modes() {
        return option == null ? List.of() : option.modes();
    }

    /** @return the loads of the modes given, empty when not admitted */
    public List<ModeLoad> loads() {
        return option == null ? List.of() : option.loads();
    }

    /** @return the priority weight of the needs no given mode suits */
    public int unserved() {
        return option == null ? applicant.needWeight() : option.unserved();
    }

    /** @return the modes the committee pinned that are not given */
    public List<Mode> pinMissing() {
        List<Mode> missing = new ArrayList<>();
        for (Mode mode : applicant.pinned()) {
            if (!modes().contains(mode)) {
                missing.add(mode);
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return id + " -> " + (option == null ? "not admitted" : option.modes());
    }
}
