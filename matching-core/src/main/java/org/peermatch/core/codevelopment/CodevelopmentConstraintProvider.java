package org.peermatch.core.codevelopment;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;

import org.peermatch.core.plan.ConstraintWeights;
import org.peermatch.core.text.Messages;

/**
 * The rules of co-development groups. Ids and default weights come from {@link CodevelopmentConstraint}; the match
 * weights come from {@link CodevelopmentScoring}, which the explanations and the session plan use too.
 */
public class CodevelopmentConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                groupSizeOutOfRange(factory),
                groupConflictOfInterest(factory),
                codevelopmentMemberUnplaced(factory),
                groupRepeatedPair(factory),
                groupSectorDominance(factory),
                groupLittleCommonTime(factory),
                keepBaselineGroup(factory)
        };
    }

    // Hard: a group that meets has between the minimum and the maximum number of members.
    Constraint groupSizeOutOfRange(ConstraintFactory factory) {
        return factory.forEach(CodevelopmentParticipant.class)
                .groupBy(CodevelopmentParticipant::getGroup, count())
                .filter((group, size) -> group.sizeDeviation(size) > 0)
                .penalize(weight(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE),
                        (group, size) -> group.sizeDeviation(size))
                .justifyWith((group, size, score) -> CodevelopmentJustification.of(group, group + " has " + size
                        + (size < group.minSize() ? " members, fewer than the minimum of " + group.minSize()
                                : " members, more than the maximum of " + group.maxSize())))
                .asConstraint(CodevelopmentConstraint.GROUP_SIZE_OUT_OF_RANGE.id());
    }

    // Hard: peers consult each other freely only without a conflict of interest in the group.
    Constraint groupConflictOfInterest(ConstraintFactory factory) {
        return pairs(factory)
                .filter((a, b) -> a.conflictWith(b) != null)
                .penalize(weight(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST))
                .justifyWith((a, b, score) -> CodevelopmentJustification.of(a.getGroup(),
                        a + " and " + b + " " + a.conflictWith(b), a.getId(), b.getId()))
                .asConstraint(CodevelopmentConstraint.GROUP_CONFLICT_OF_INTEREST.id());
    }

    // Medium: everyone who asked for co-development gets a group.
    Constraint codevelopmentMemberUnplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(CodevelopmentParticipant.class)
                .filter(p -> p.getGroup() == null)
                .penalize(weight(CodevelopmentConstraint.CODEVELOPMENT_MEMBER_UNPLACED))
                .justifyWith((p, score) -> CodevelopmentJustification.of(null, p + " is in no group", p.getId()))
                .asConstraint(CodevelopmentConstraint.CODEVELOPMENT_MEMBER_UNPLACED.id());
    }

    // Soft: a group weaves new ties; a pair who already know each other costs more than linearly.
    Constraint groupRepeatedPair(ConstraintFactory factory) {
        return pairs(factory)
                .filter((a, b) -> a.repeatCostWith(b) > 0)
                .penalize(weight(CodevelopmentConstraint.GROUP_REPEATED_PAIR), (a, b) -> a.repeatCostWith(b))
                .justifyWith((a, b, score) -> CodevelopmentJustification.of(a.getGroup(),
                        a + " and " + b + " already know each other (repeat cost " + a.repeatCostWith(b) + ")",
                        a.getId(), b.getId()))
                .asConstraint(CodevelopmentConstraint.GROUP_REPEATED_PAIR.id());
    }

    // Soft: no sector holds more than half of a group, so that peers of several sectors consult each other.
    Constraint groupSectorDominance(ConstraintFactory factory) {
        return factory.forEach(CodevelopmentParticipant.class)
                .groupBy(CodevelopmentParticipant::getGroup, toList())
                // Computed once per group: counting sectors is not free on every move.
                .map((group, members) -> group, (group, members) -> members,
                        (group, members) -> sectorExcess(members))
                .filter((group, members, excess) -> excess > 0)
                .penalize(weight(CodevelopmentConstraint.GROUP_SECTOR_DOMINANCE), (group, members, excess) -> excess)
                .justifyWith((group, members, excess, score) -> CodevelopmentJustification.of(group,
                        dominance(group, members)))
                .asConstraint(CodevelopmentConstraint.GROUP_SECTOR_DOMINANCE.id());
    }

    // Soft: a group's members share an available half-day in as many months as the group needs sessions.
    Constraint groupLittleCommonTime(ConstraintFactory factory) {
        return factory.forEach(CodevelopmentParticipant.class)
                .groupBy(CodevelopmentParticipant::getGroup, toList())
                // Computed once per group: intersecting availabilities is not free on every move.
                .map((group, members) -> group, (group, members) -> members,
                        (group, members) -> missingMonths(group, members))
                .filter((group, members, missing) -> missing > 0)
                .penalize(weight(CodevelopmentConstraint.GROUP_LITTLE_COMMON_TIME),
                        (group, members, missing) -> missing)
                .justifyWith((group, members, missing, score) -> CodevelopmentJustification.of(group, group
                        + " needs " + CodevelopmentScoring.sessionsNeeded(members.size(), group.clientsPerSession())
                        + " sessions but its members share an available half-day in only "
                        + commonMonths(group, members) + " months"))
                .asConstraint(CodevelopmentConstraint.GROUP_LITTLE_COMMON_TIME.id());
    }

    // Soft: members the committee already gathered in one group stay together unless changing it serves.
    Constraint keepBaselineGroup(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(CodevelopmentParticipant.class)
                .filter(p -> p.getPublishedGroup() > 0)
                .join(factory.forEachIncludingUnassigned(CodevelopmentParticipant.class),
                        Joiners.equal(CodevelopmentParticipant::getPublishedGroup),
                        Joiners.lessThan(CodevelopmentParticipant::getIndex))
                .filter(CodevelopmentParticipant::separatedFromPublishedMate)
                .penalize(weight(CodevelopmentConstraint.KEEP_BASELINE_GROUP))
                .justifyWith((a, b, score) -> CodevelopmentJustification.of(a.getGroup(), Messages.english().get(
                        "codevelopment.justify.separated", a, b), a.getId(), b.getId()))
                .asConstraint(CodevelopmentConstraint.KEEP_BASELINE_GROUP.id());
    }

    /** The distinct pairs of participants in one group. */
    private static BiConstraintStream<CodevelopmentParticipant, CodevelopmentParticipant> pairs(
            ConstraintFactory factory) {
        return factory.forEachUniquePair(CodevelopmentParticipant.class,
                Joiners.equal(CodevelopmentParticipant::getGroup));
    }

    private static int sectorExcess(List<CodevelopmentParticipant> members) {
        return CodevelopmentScoring.sectorExcess(sectorsOf(members));
    }

    private static List<List<String>> sectorsOf(List<CodevelopmentParticipant> members) {
        List<List<String>> sectors = new ArrayList<>(members.size());
        for (CodevelopmentParticipant member : members) {
            sectors.add(member.member().sectors());
        }
        return sectors;
    }

    private static String dominance(GroupSlot group, List<CodevelopmentParticipant> members) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : CodevelopmentScoring.sectorCounts(sectorsOf(members)).entrySet()) {
            if (CodevelopmentScoring.sectorExcess(members.size(), entry.getValue()) > 0) {
                parts.add(entry.getKey() + " is held by " + entry.getValue() + " of its " + members.size()
                        + " members");
            }
        }
        return group + ": " + String.join(", ", parts);
    }

    private static int commonMonths(GroupSlot group, List<CodevelopmentParticipant> members) {
        List<java.util.BitSet> availabilities = new ArrayList<>(members.size());
        for (CodevelopmentParticipant member : members) {
            availabilities.add(member.available());
        }
        return CodevelopmentScoring.monthsWith(CodevelopmentScoring.commonHalfDays(availabilities),
                group.monthOfHalfDay());
    }

    private static int missingMonths(GroupSlot group, List<CodevelopmentParticipant> members) {
        return CodevelopmentScoring.missingMonths(members.size(), group.clientsPerSession(),
                commonMonths(group, members));
    }

    private static HardMediumSoftScore weight(CodevelopmentConstraint constraint) {
        return ConstraintWeights.defaultScore(constraint.definition());
    }
}
