package org.peermatch.benchmarks.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;

import org.peermatch.core.plan.ConstraintScore;

/**
 * The variants ranked on each programme, then overall, and the winner. On a programme a variant ranks by the best
 * plan any of its seeds found, every plan scored with the programme's own weights (hard, then medium, then soft:
 * a variant that searched with other weights is judged by the committee's), then by its mean covered priority
 * weight over the seeds; overall by its mean rank over the programmes, then by how many programmes it won. Each
 * programme also lists every accompaniment constraint's part of the score of each variant's best plan, so that weight
 * trade-offs show.
 *
 * @param programmes each programme's ranking, in running order
 * @param overall the variants by mean rank
 * @param winner the first variant overall, or null when no run ended
 */
public record Ranking(List<ProgrammeRanking> programmes, List<OverallRank> overall, String winner) {

    /**
     * One programme's ranking.
     *
     * @param programme the programme's name
     * @param reference what gaps are measured against (the exact optimum when proven, else a bound)
     * @param referenceKind what the reference is
     * @param rows the variants, best first
     * @param constraints each constraint's part of the score of each variant's best plan, by variant name
     */
    public record ProgrammeRanking(String programme, double reference, String referenceKind, List<Row> rows,
            List<ConstraintRow> constraints) {
    }

    /**
     * A variant on one programme.
     *
     * @param rank 1 for the best
     * @param variant the variant's name
     * @param bestScore the score of the best plan over its seeds, with the programme's own weights
     * @param meanValue the mean covered priority weight over its seeds
     * @param meanGap the mean gap to the reference, in percent
     * @param meanGapAt10s the mean gap of the best plan within 10 s, in percent (NaN when none)
     * @param meanWall the mean wall-clock seconds of a run
     * @param runs how many runs (seeds) ended
     */
    public record Row(int rank, String variant, String bestScore, double meanValue, double meanGap,
            double meanGapAt10s, double meanWall, int runs) {
    }

    /**
     * A constraint's part of the score of each variant's best plan on one programme.
     *
     * @param id the constraint id
     * @param level hard, medium or soft
     * @param scores the part of the score, by variant name, in the order of the ranking
     */
    public record ConstraintRow(String id, String level, Map<String, Long> scores) {
    }

    /**
     * A variant over every programme.
     *
     * @param rank 1 for the best
     * @param variant the variant's name
     * @param meanRank its mean rank over the programmes
     * @param wins on how many programmes it ranked first
     */
    public record OverallRank(int rank, String variant, double meanRank, int wins) {
    }

    /**
     * @param tuning what the tuning run measured
     * @param variants the variants in the file's order (breaks the last ties)
     * @return the ranking
     */
    public static Ranking of(Tuning tuning, List<Variant> variants) {
        List<String> order = variants.stream().map(Variant::name).toList();
        List<ProgrammeRanking> programmes = new ArrayList<>();
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        for (String programme : tuning.programmes()) {
            Map<String, List<VariantOutcome>> byVariant = new LinkedHashMap<>();
            for (VariantOutcome outcome : tuning.outcomes()) {
                if (outcome.run().dataset().equals(programme)) {
                    byVariant.computeIfAbsent(outcome.variant(), key -> new ArrayList<>()).add(outcome);
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<String, List<VariantOutcome>> entry : byVariant.entrySet()) {
                candidates.add(Candidate.of(entry.getKey(), entry.getValue()));
            }
            candidates.sort(Comparator.comparing((Candidate c) -> c.best, Comparator.reverseOrder())
                    .thenComparing(c -> -c.meanValue)
                    .thenComparingInt(c -> order.indexOf(c.variant)));
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                rows.add(new Row(i + 1, c.variant, c.best.toString(), c.meanValue, c.meanGap, c.meanGapAt10s,
                        c.meanWall, c.outcomes.size()));
                ranks.computeIfAbsent(c.variant, key -> new ArrayList<>()).add(i + 1);
            }
            double reference = tuning.outcomes().stream().filter(o -> o.run().dataset().equals(programme))
                    .mapToDouble(o -> o.run().reference()).findFirst().orElse(Double.NaN);
            String kind = tuning.outcomes().stream().filter(o -> o.run().dataset().equals(programme))
                    .map(o -> o.run().referenceKind()).findFirst().orElse("");
            programmes.add(new ProgrammeRanking(programme, reference, kind, rows, constraints(candidates)));
        }
        List<OverallRank> overall = new ArrayList<>();
        List<String> ranked = new ArrayList<>(ranks.keySet());
        ranked.sort(Comparator.comparingDouble((String v) -> mean(ranks.get(v)))
                .thenComparing(v -> -wins(ranks.get(v)))
                .thenComparingInt(order::indexOf));
        for (int i = 0; i < ranked.size(); i++) {
            String variant = ranked.get(i);
            overall.add(new OverallRank(i + 1, variant, mean(ranks.get(variant)), wins(ranks.get(variant))));
        }
        return new Ranking(programmes, overall, overall.isEmpty() ? null : overall.getFirst().variant());
    }

    private static List<ConstraintRow> constraints(List<Candidate> candidates) {
        Map<String, ConstraintRow> rows = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            for (ConstraintScore constraint : candidate.bestOutcome.constraints()) {
                rows.computeIfAbsent(constraint.id(), id -> new ConstraintRow(id,
                        constraint.level().name().toLowerCase(java.util.Locale.ROOT), new LinkedHashMap<>()))
                        .scores().put(candidate.variant, constraint.score());
            }
        }
        return List.copyOf(rows.values());
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN);
    }

    private static int wins(List<Integer> values) {
        return (int) values.stream().filter(rank -> rank == 1).count();
    }

    /** A variant's runs on one programme, summed up. */
    private record Candidate(String variant, List<VariantOutcome> outcomes, HardMediumSoftScore best,
            VariantOutcome bestOutcome, double meanValue, double meanGap, double meanGapAt10s, double meanWall) {

        static Candidate of(String variant, List<VariantOutcome> outcomes) {
            VariantOutcome best = outcomes.getFirst();
            for (VariantOutcome outcome : outcomes) {
                if (score(outcome).compareTo(score(best)) > 0) {
                    best = outcome;
                }
            }
            return new Candidate(variant, outcomes, score(best), best,
                    outcomes.stream().mapToDouble(o -> o.run().value()).average().orElse(Double.NaN),
                    outcomes.stream().mapToDouble(o -> o.run().gapPercent()).average().orElse(Double.NaN),
                    outcomes.stream().mapToDouble(o -> o.run().gapAt10sPercent()).average().orElse(Double.NaN),
                    outcomes.stream().mapToDouble(o -> o.run().wallSeconds()).average().orElse(Double.NaN));
        }

        private static HardMediumSoftScore score(VariantOutcome outcome) {
            return HardMediumSoftScore.parseScore(outcome.programmeScore());
        }
    }
}
