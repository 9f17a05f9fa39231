package org.peermatch.core.orientation;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.text.Messages;

/**
 * The rules of orientation. Ids and default weights come from {@link OrientationConstraint}; match weights from the
 * {@link OrientationOption} that {@link OrientationScoring} computed, which the explanations use too.
 */
public class OrientationConstraintProvider implements ConstraintProvider {

    private static final Messages TEXT = Messages.english();

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                orientationNotWished(factory),
                orientationForbidden(factory),
                orientationPinMissing(factory),
                modeCapacityExceeded(factory),
                modeParticipantsExceeded(factory),
                beneficiariesExceeded(factory),
                applicantNeedUnserved(factory),
                orientationWorstOff(factory),
                priorityGroupServed(factory),
                modeFit(factory),
                lowerWish(factory),
                modeServesNoNeed(factory)
        };
    }

    // Hard: nobody is sent to a mode they did not ask for.
    Constraint orientationNotWished(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> !o.getOption().notWished().isEmpty())
                .penalize(weight(OrientationConstraint.ORIENTATION_NOT_WISHED), o -> o.getOption().notWished().size())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.notWished",
                        o.getApplicant().label(), OrientationWords.modes(TEXT, o.getOption().notWished()))))
                .asConstraint(OrientationConstraint.ORIENTATION_NOT_WISHED.id());
    }

    // Hard: the committee's forbidden orientations are never proposed.
    Constraint orientationForbidden(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> !o.getOption().forbidden().isEmpty())
                .penalize(weight(OrientationConstraint.ORIENTATION_FORBIDDEN), o -> o.getOption().forbidden().size())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.forbidden",
                        o.getApplicant().label(), OrientationWords.modes(TEXT, o.getOption().forbidden()))))
                .asConstraint(OrientationConstraint.ORIENTATION_FORBIDDEN.id());
    }

    // Hard: the committee's pinned orientations are always proposed.
    Constraint orientationPinMissing(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ApplicantOrientation.class)
                .filter(o -> !o.pinMissing().isEmpty())
                .penalize(weight(OrientationConstraint.ORIENTATION_PIN_MISSING), o -> o.pinMissing().size())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.pinMissing",
                        o.getApplicant().label(), OrientationWords.modes(TEXT, o.pinMissing()))))
                .asConstraint(OrientationConstraint.ORIENTATION_PIN_MISSING.id());
    }

    // Hard: a mode gives no more hours, days or seats than its resource persons, mentors, groups and animators offer.
    Constraint modeCapacityExceeded(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .flattenLast(ApplicantOrientation::loads)
                .groupBy(ModeLoad::mode, sum(ModeLoad::units))
                .join(ModeCapacity.class, Joiners.equal((mode, units) -> mode, ModeCapacity::mode))
                .filter((mode, units, capacity) -> units > capacity.units())
                .penalize(weight(OrientationConstraint.MODE_CAPACITY_EXCEEDED),
                        (mode, units, capacity) -> units - capacity.units())
                .justifyWith((mode, units, capacity, score) -> new OrientationJustification(List.of(),
                        TEXT.get("orientation.justify.capacity", OrientationWords.mode(TEXT, mode), units,
                                capacity.units())))
                .asConstraint(OrientationConstraint.MODE_CAPACITY_EXCEEDED.id());
    }

    // Hard: a mode takes no more participants than the committee allows.
    Constraint modeParticipantsExceeded(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .flattenLast(ApplicantOrientation::modes)
                .groupBy(mode -> mode, count())
                .join(ModeCapacity.class, Joiners.equal((mode, count) -> mode, ModeCapacity::mode))
                .filter((mode, count, capacity) -> count > capacity.participants())
                .penalize(weight(OrientationConstraint.MODE_PARTICIPANTS_EXCEEDED),
                        (mode, count, capacity) -> count - capacity.participants())
                .justifyWith((mode, count, capacity, score) -> new OrientationJustification(List.of(),
                        TEXT.get("orientation.justify.participants", OrientationWords.mode(TEXT, mode), count,
                                capacity.participants())))
                .asConstraint(OrientationConstraint.MODE_PARTICIPANTS_EXCEEDED.id());
    }

    // Hard: the programme admits no more beneficiaries than the committee chose.
    Constraint beneficiariesExceeded(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .groupBy(count())
                .join(BeneficiaryLimit.class)
                .filter((count, limit) -> count > limit.max())
                .penalize(weight(OrientationConstraint.BENEFICIARIES_EXCEEDED),
                        (count, limit) -> count - limit.max())
                .justifyWith((count, limit, score) -> new OrientationJustification(List.of(),
                        TEXT.get("orientation.justify.beneficiaries", count, limit.max())))
                .asConstraint(OrientationConstraint.BENEFICIARIES_EXCEEDED.id());
    }

    // Medium: every need is served by a mode that suits it, essential needs first.
    Constraint applicantNeedUnserved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ApplicantOrientation.class)
                .filter(o -> o.unserved() > 0)
                .penalize(weight(OrientationConstraint.APPLICANT_NEED_UNSERVED), ApplicantOrientation::unserved)
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.unserved",
                        o.getApplicant().label(), o.unserved())))
                .asConstraint(OrientationConstraint.APPLICANT_NEED_UNSERVED.id());
    }

    // Soft: the worst-off applicant first: gaps are spread rather than piled on one applicant.
    Constraint orientationWorstOff(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ApplicantOrientation.class)
                .filter(o -> o.unserved() > 0)
                .penalize(weight(OrientationConstraint.ORIENTATION_WORST_OFF), o -> (long) o.unserved() * o.unserved())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.unserved",
                        o.getApplicant().label(), o.unserved())))
                .asConstraint(OrientationConstraint.ORIENTATION_WORST_OFF.id());
    }

    // Soft: the committee's priority groups (first-time applicants, small structures, a territory) come first.
    Constraint priorityGroupServed(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> !o.getApplicant().groups().isEmpty() && o.getOption().served() > 0)
                .reward(weight(OrientationConstraint.PRIORITY_GROUP_SERVED),
                        o -> o.getApplicant().groups().size() * o.getOption().served())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.groups",
                        o.getApplicant().label(), String.join(", ", o.getApplicant().groups()))))
                .asConstraint(OrientationConstraint.PRIORITY_GROUP_SERVED.id());
    }

    // Soft: each need goes to the mode that suits it best.
    Constraint modeFit(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> o.getOption().fitReward() > 0)
                .reward(weight(OrientationConstraint.MODE_FIT), o -> o.getOption().fitReward())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.fit",
                        o.getApplicant().label(), o.getOption().fitReward())))
                .asConstraint(OrientationConstraint.MODE_FIT.id());
    }

    // Soft: applicants get the modes they wished for first.
    Constraint lowerWish(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> o.getOption().rankCost() > 0)
                .penalize(weight(OrientationConstraint.LOWER_WISH), o -> o.getOption().rankCost())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.lowerWish",
                        o.getApplicant().label(), o.getOption().rankCost())))
                .asConstraint(OrientationConstraint.LOWER_WISH.id());
    }

    // Soft: no mode is given that serves no need better than the others given.
    Constraint modeServesNoNeed(ConstraintFactory factory) {
        return factory.forEach(ApplicantOrientation.class)
                .filter(o -> !o.getOption().useless().isEmpty())
                .penalize(weight(OrientationConstraint.MODE_SERVES_NO_NEED), o -> o.getOption().useless().size())
                .justifyWith((o, score) -> OrientationJustification.of(o, TEXT.get("orientation.justify.useless",
                        o.getApplicant().label(), OrientationWords.modes(TEXT, o.getOption().useless()))))
                .asConstraint(OrientationConstraint.MODE_SERVES_NO_NEED.id());
    }

    private static HardMediumSoftScore weight(OrientationConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
