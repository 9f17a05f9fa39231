package org.peermatch.core.decisions;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.AccompanimentConstraint;
import org.peermatch.core.accompaniment.AccompanimentProposal;
import org.peermatch.core.accompaniment.Assignment;
import org.peermatch.core.accompaniment.UncoveredNeed;
import org.peermatch.core.plan.ConstraintScore;
import org.peermatch.core.plan.ModeProposal;
import org.peermatch.core.solve.Proposal;
import org.peermatch.core.text.Messages;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The comparison of alternative proposals ({@code solve --alternatives K}): each solved with the accompaniment pairs
 * of the alternatives before it costing ({@code alternative-pair-reused}), then compared on what a committee weighs:
 * coverage, the worst-off participant, new ties, same-sector pairs, load balance, travel, and how many of its pairs
 * no earlier alternative holds.
 */
public final class Alternatives {

    /** The share of pairs each alternative holds that no earlier one does, at least (checked by the tests). */
    public static final double STATED_SHARE = 0.2;

    /** At most this many alternatives. */
    public static final int MAX = 5;

    private Alternatives() {
    }

    /**
     * One alternative's figures.
     *
     * @param number 1 for the first
     * @param covered needs covered
     * @param needs all needs
     * @param worstOff the largest priority weight left uncovered for one participant (0: every need covered)
     * @param pairs distinct accompaniment pairs
     * @param newTies pairs who never worked together, directly or through a common peer
     * @param sameSector pairs who share a sector
     * @param unbalance the unbalanced-load penalty (0: loads even)
     * @param travel the immersion travel penalty (kilometres), or -1 without immersion days
     * @param newPairs pairs no earlier alternative holds
     */
    public record Row(int number, int covered, int needs, long worstOff, int pairs, int newTies, int sameSector,
            long unbalance, long travel, int newPairs) {

        /** @return the share of its pairs no earlier alternative holds (1 for the first) */
        public double newShare() {
            return pairs == 0 ? 1 : (double) newPairs / pairs;
        }
    }

    /** @return the distinct accompaniment pairs of the proposal, each {@code [participant, resource person]} */
    public static List<List<String>> pairs(Proposal proposal) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (Assignment a : proposal.accompaniment().assignments()) {
            pairs.add(List.of(a.participant(), a.resource()));
        }
        return List.copyOf(pairs);
    }

    /**
     * @param number the alternative's number, from 1
     * @param proposal the alternative
     * @param earlier the pairs of the alternatives before it
     * @return its figures
     */
    public static Row row(int number, Proposal proposal, List<List<String>> earlier) {
        AccompanimentProposal accompaniment = proposal.accompaniment();
        Map<String, Long> uncovered = new LinkedHashMap<>();
        for (UncoveredNeed need : accompaniment.uncovered()) {
            uncovered.merge(need.participant(), (long) weight(need.priority()), Long::sum);
        }
        long worstOff = uncovered.values().stream().mapToLong(Long::longValue).max().orElse(0);
        Map<List<String>, Assignment> byPair = new LinkedHashMap<>();
        for (Assignment a : accompaniment.assignments()) {
            byPair.putIfAbsent(List.of(a.participant(), a.resource()), a);
        }
        int newTies = 0;
        int sameSector = 0;
        int newPairs = 0;
        for (Map.Entry<List<String>, Assignment> pair : byPair.entrySet()) {
            var why = pair.getValue().why();
            if (why.earlierInteractions() == 0 && why.commonPeers().isEmpty()) {
                newTies++;
            }
            if (!why.commonSectors().isEmpty()) {
                sameSector++;
            }
            if (!earlier.contains(pair.getKey())) {
                newPairs++;
            }
        }
        long travel = -1;
        for (ModeProposal mode : proposal.modes()) {
            ConstraintScore score = find(mode.constraints(), "travel-distance");
            if (score != null) {
                travel = -score.score();
            }
        }
        ConstraintScore load = find(accompaniment.constraints(), AccompanimentConstraint.UNBALANCED_LOAD.id());
        return new Row(number, accompaniment.assignments().size(),
                accompaniment.assignments().size() + accompaniment.uncovered().size(), worstOff, byPair.size(),
                newTies, sameSector, load == null ? 0 : -load.score(), travel, newPairs);
    }

    /** @return the comparison table, a header and one line per alternative */
    public static List<String> table(List<Row> rows, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("decisions.alternatives.title", rows.size(), percent(STATED_SHARE)));
        lines.add(messages.get("decisions.alternatives.header"));
        for (Row row : rows) {
            lines.add(String.format(Locale.ROOT, "%3d  %3d/%-3d  %9d  %5d  %8d  %11d  %9d  %8s  %9s", row.number(),
                    row.covered(), row.needs(), row.worstOff(), row.pairs(), row.newTies(), row.sameSector(),
                    row.unbalance(), row.travel() < 0 ? "-" : Long.toString(row.travel()),
                    percent(row.newShare())));
        }
        return lines;
    }

    /** The header of the comparison file; travel is empty without immersion days, new_share a fraction. */
    public static final String CSV_HEADER = "alternative,covered,needs,worst_off,pairs,new_ties,same_sector,"
            + "unbalance,travel_km,new_pairs,new_share";

    private static final CsvMapper CSV = CsvMapper.builder().build();

    /**
     * Writes the comparison as CSV (UTF-8, header first, lines ending with {@code \n}; the stream is left open),
     * one line per alternative, the figures of {@link #table} without rounding the share.
     *
     * @param rows the alternatives' figures
     * @param out where to write
     * @throws IOException when the stream cannot be written
     */
    public static void writeCsv(List<Row> rows, OutputStream out) throws IOException {
        CsvSchema.Builder builder = CsvSchema.builder();
        for (String column : CSV_HEADER.split(",")) {
            builder.addColumn(column);
        }
        CsvSchema schema = builder.build().withHeader().withLineSeparator("\n");
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try (SequenceWriter lines = CSV.writer(schema).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValues(text)) {
            for (Row row : rows) {
                lines.write(List.of(Integer.toString(row.number()), Integer.toString(row.covered()),
                        Integer.toString(row.needs()), Long.toString(row.worstOff()), Integer.toString(row.pairs()),
                        Integer.toString(row.newTies()), Integer.toString(row.sameSector()),
                        Long.toString(row.unbalance()), row.travel() < 0 ? "" : Long.toString(row.travel()),
                        Integer.toString(row.newPairs()),
                        String.format(Locale.ROOT, "%.3f", row.newShare())));
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        text.flush();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    private static int weight(int priority) {
        return 4 - priority;
    }

    private static ConstraintScore find(List<ConstraintScore> scores, String id) {
        for (ConstraintScore score : scores) {
            if (score.id().equals(id)) {
                return score;
            }
        }
        return null;
    }
}
