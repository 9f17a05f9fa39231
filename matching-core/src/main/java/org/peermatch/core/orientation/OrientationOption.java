package org.peermatch.core.orientation;

import java.util.List;

import org.peermatch.core.model.Mode;

/**
 * One way to orient one applicant: the modes they get, with everything the constraints weigh, computed once by
 * {@link OrientationScoring#option}. A planning value; an applicant without an option is not admitted.
 *
 * @param applicant the applicant's member id
 * @param modes the modes given, in the applicant's order of wishes
 * @param loads what each mode given takes from its capacity, in the order of {@code modes}
 * @param served the priority weight of the needs a given mode suits (fit 2 or 3)
 * @param unserved the priority weight of the other needs
 * @param fitReward the sum over served needs of priority weight times the best fit given
 * @param rankCost the sum over modes given of their rank among the wishes minus one
 * @param notWished the modes given that are not among the wishes
 * @param forbidden the modes given that the committee forbade
 * @param useless the modes given that are the best suited mode of none of the needs
 */
public record OrientationOption(String applicant, List<Mode> modes, List<ModeLoad> loads, int served, int unserved,
        int fitReward, int rankCost, List<Mode> notWished, List<Mode> forbidden, List<Mode> useless) {

    public OrientationOption {
        modes = List.copyOf(modes);
        loads = List.copyOf(loads);
        notWished = List.copyOf(notWished);
        forbidden = List.copyOf(forbidden);
        useless = List.copyOf(useless);
    }

    @Override
    public String toString() {
        return applicant + modes.stream().map(Mode::jsonName).toList();
    }
}
