package org.peermatch.core.immersion;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;

import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.text.Messages;

/**
 * The rules of immersion mentoring. Ids and default weights come from {@link ImmersionConstraint}; match weights
 * from the {@link ImmersionPairFacts} that {@link ImmersionScoring} computed, which the explanations use too.
 */
public class ImmersionConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                mentorOtherSector(factory),
                mentorDaysExceeded(factory),
                mentorDoubleBooked(factory),
                immersionDayUnavailable(factory),
                immersionConflictOfInterest(factory),
                mentorLessExperienced(factory),
                menteeUnplaced(factory),
                immersionRepeatedInteraction(factory),
                objectivesMatched(factory),
                mentorSameSector(factory),
                travelDistance(factory),
                immersionDaysClose(factory),
                keepBaselineImmersion(factory)
        };
    }

    // Hard: a mentee spends the day with a peer of their own sector, unless the programme relaxes the rule.
    Constraint mentorOtherSector(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(MenteePlacement::otherSector)
                .penalize(weight(ImmersionConstraint.MENTOR_OTHER_SECTOR))
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.getMentee() + " and " + p.mentor() + " share no sector"))
                .asConstraint(ImmersionConstraint.MENTOR_OTHER_SECTOR.id());
    }

    // Hard: a mentor hosts at most as many mentees as the days they offered.
    Constraint mentorDaysExceeded(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .groupBy(MenteePlacement::mentor, count())
                .filter((mentor, count) -> count > mentor.days())
                .penalize(weight(ImmersionConstraint.MENTOR_DAYS_EXCEEDED), (mentor, count) -> count - mentor.days())
                .justifyWith((mentor, count, score) -> new ImmersionJustification(List.of(mentor.getId()), null,
                        mentor + " hosts " + count + " mentees but offers "
                                + ImmersionScoring.count(mentor.days(), "day")))
                .asConstraint(ImmersionConstraint.MENTOR_DAYS_EXCEEDED.id());
    }

    // Hard: a mentor hosts one mentee a day.
    Constraint mentorDoubleBooked(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .groupBy(MenteePlacement::mentor, p -> p.getMentorDay().date(), count())
                .filter((mentor, date, count) -> count > 1)
                .penalize(weight(ImmersionConstraint.MENTOR_DOUBLE_BOOKED), (mentor, date, count) -> count - 1)
                .justifyWith((mentor, date, count, score) -> new ImmersionJustification(List.of(mentor.getId()),
                        date, mentor + " hosts " + count + " mentees on " + ImmersionScoring.format(date)))
                .asConstraint(ImmersionConstraint.MENTOR_DOUBLE_BOOKED.id());
    }

    // Hard: both spend the whole working day together, so both must be free all day.
    Constraint immersionDayUnavailable(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.unavailablePeople() > 0)
                .penalize(weight(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE), MenteePlacement::unavailablePeople)
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.unavailablePeople() + " of " + p.getMentee() + " and " + p.mentor()
                                + " not available all day on " + ImmersionScoring.format(p.getMentorDay().date())))
                .asConstraint(ImmersionConstraint.IMMERSION_DAY_UNAVAILABLE.id());
    }

    // Hard: no pair from one organization, with a declared conflict, kept apart by the committee, or of one person.
    Constraint immersionConflictOfInterest(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.facts().conflicted())
                .penalize(weight(ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST))
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.getMentee() + " and " + p.mentor() + " " + p.facts().conflict()))
                .asConstraint(ImmersionConstraint.IMMERSION_CONFLICT_OF_INTEREST.id());
    }

    // Hard: the mentor has more years of experience than the mentee.
    Constraint mentorLessExperienced(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.facts().experienceShortfall() > 0)
                .penalize(weight(ImmersionConstraint.MENTOR_LESS_EXPERIENCED),
                        p -> p.facts().experienceShortfall())
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.mentor() + " has " + p.facts().mentorYears() + " years of experience, "
                                + p.getMentee() + " has " + p.facts().menteeYears()))
                .asConstraint(ImmersionConstraint.MENTOR_LESS_EXPERIENCED.id());
    }

    // Medium: every mentee who asked gets a mentor and a day.
    Constraint menteeUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MenteePlacement.class)
                .filter(p -> p.getMentorDay() == null)
                .penalize(weight(ImmersionConstraint.MENTEE_UNPLACED))
                .justifyWith((p, score) -> new ImmersionJustification(List.of(p.getMentee().getId()), null,
                        p.getMentee() + " has no mentor and day"))
                .asConstraint(ImmersionConstraint.MENTEE_UNPLACED.id());
    }

    // Soft: the programme creates new interactions rather than repeating old ones.
    Constraint immersionRepeatedInteraction(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.facts().noveltyCost() > 0)
                .penalize(weight(ImmersionConstraint.IMMERSION_REPEATED_INTERACTION), p -> p.facts().noveltyCost())
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.getMentee() + " and " + p.mentor() + " have a novelty cost of " + p.facts().noveltyCost()))
                .asConstraint(ImmersionConstraint.IMMERSION_REPEATED_INTERACTION.id());
    }

    // Soft: the mentor can show what the mentee wants to see.
    Constraint objectivesMatched(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> !p.facts().matchedObjectives().isEmpty())
                .reward(weight(ImmersionConstraint.OBJECTIVES_MATCHED), p -> p.facts().matchedObjectives().size())
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.mentor() + " covers " + String.join(", ", p.facts().matchedObjectives())))
                .asConstraint(ImmersionConstraint.OBJECTIVES_MATCHED.id());
    }

    // Soft: peers of the same sector understand each other's trade.
    Constraint mentorSameSector(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.facts().sameSector())
                .reward(weight(ImmersionConstraint.MENTOR_SAME_SECTOR))
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.getMentee() + " and " + p.mentor() + " both work in "
                                + String.join(", ", p.facts().commonSectors())))
                .asConstraint(ImmersionConstraint.MENTOR_SAME_SECTOR.id());
    }

    // Soft: the mentee travels as little as possible.
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(MenteePlacement.class)
                .filter(p -> p.facts().kilometres() > 0)
                .penalize(weight(ImmersionConstraint.TRAVEL_DISTANCE), p -> p.facts().kilometres())
                .justifyWith((p, score) -> ImmersionJustification.of(p,
                        p.getMentee() + " and " + p.mentor() + " work " + p.facts().kilometres() + " km apart"))
                .asConstraint(ImmersionConstraint.TRAVEL_DISTANCE.id());
    }

    // Soft: immersion days spread over the calendar (fewer days in the same fortnight for the committee).
    Constraint immersionDaysClose(ConstraintFactory factory) {
        return factory.forEachUniquePair(MenteePlacement.class,
                        Joiners.overlapping(p -> p.getMentorDay().dayNumber(),
                                p -> p.getMentorDay().dayNumber() + ImmersionScoring.SPREAD_DAYS))
                .penalize(weight(ImmersionConstraint.IMMERSION_DAYS_CLOSE),
                        (a, b) -> ImmersionScoring.closeDaysCost(
                                a.getMentorDay().dayNumber() - b.getMentorDay().dayNumber()))
                .justifyWith((a, b, score) -> new ImmersionJustification(
                        List.of(a.getMentee().getId(), b.getMentee().getId()), a.getMentorDay().date(),
                        "the immersion days of " + a.getMentee() + " (" + ImmersionScoring.format(a.getMentorDay()
                                .date()) + ") and " + b.getMentee() + " (" + ImmersionScoring.format(b.getMentorDay()
                                .date()) + ") are " + ImmersionScoring.count(Math.abs(a.getMentorDay().dayNumber()
                                - b.getMentorDay().dayNumber()), "day") + " apart"))
                .asConstraint(ImmersionConstraint.IMMERSION_DAYS_CLOSE.id());
    }

    // Soft: an immersion day already announced to a mentee and a mentor stays unless moving it places more mentees.
    Constraint keepBaselineImmersion(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(MenteePlacement.class)
                .filter(MenteePlacement::leavesBaseline)
                .penalize(weight(ImmersionConstraint.KEEP_BASELINE_IMMERSION))
                .justifyWith((p, score) -> new ImmersionJustification(List.of(p.getMentee().getId()),
                        p.getBaselineDay().date(), Messages.english().get("immersion.justify.leavesBaseline",
                                p.getMentee(), p.getBaselineDay().mentor(),
                                ImmersionScoring.format(p.getBaselineDay().date()))))
                .asConstraint(ImmersionConstraint.KEEP_BASELINE_IMMERSION.id());
    }

    private static HardMediumSoftScore weight(ImmersionConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
