package org.peermatch.core.affinity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peermatch.core.io.ControlCharacters;
import org.peermatch.core.text.Messages;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The committee's files for {@code assign}: forced pairs ({@code participant,resource}), groups
 * ({@code resource,group}), group rules ({@code group:min:max}), weighted scores files ({@code file:weight}), and
 * the alternates written as CSV. Same reading rules as {@link AffinityCsv}; every problem names its file (or
 * option), line, column and value, with advice, in the language asked for.
 */
public final class CommitteeCsv {

    private static final Pattern RULE = Pattern.compile("(.+):(\\d{1,9}):(\\d{1,9})");
    private static final Pattern WEIGHT = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?([eE][+-]?\\d{1,3})?");

    private CommitteeCsv() {
    }

    /**
     * A scores file and its weight.
     *
     * @param file the file
     * @param weight its weight (1 when none is given)
     */
    public record WeightedFile(Path file, double weight) {
    }

    /**
     * Reads {@code file.csv:weight} (or {@code file.csv} alone, weight 1). A suffix after the last colon that is
     * not a number is part of the file's name.
     *
     * @param text the option's value
     * @param messages the language of the problem, asked for only when there is one (loading the sentences is a
     *        noticeable part of a small run's start-up)
     * @param problems where a weight that is not finite is reported
     * @return the file and its weight
     */
    public static WeightedFile weightedFile(String text, Supplier<Messages> messages, List<InputProblem> problems) {
        int colon = text.lastIndexOf(':');
        if (colon > 0 && WEIGHT.matcher(text.substring(colon + 1).strip()).matches()) {
            double weight = Double.parseDouble(text.substring(colon + 1).strip());
            Path file = Path.of(text.substring(0, colon));
            if (!Double.isFinite(weight)) {
                problems.add(new InputProblem("--scores", 0, "", messages.get().get("assign.scores.weight",
                        text.substring(colon + 1), file.toString()), messages.get().get("assign.scores.weight.advice")));
            }
            return new WeightedFile(file, weight);
        }
        return new WeightedFile(Path.of(text), 1.0);
    }

    /**
     * Reads group rules such as {@code senior:1:2}.
     *
     * @param texts the options' values
     * @param groupOfResource the groups read (to check that each rule names a group)
     * @param messages the language of the problems
     * @param problems where bad rules are reported, located at {@code --group-rule}
     * @return the valid rules, in the given order
     */
    public static List<GroupRule> rules(List<String> texts, Map<String, String> groupOfResource, Messages messages,
            List<InputProblem> problems) {
        List<GroupRule> rules = new ArrayList<>();
        Set<String> groups = new TreeSet<>(groupOfResource.values());
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            Matcher matcher = RULE.matcher(text.strip());
            if (!matcher.matches() || Integer.parseInt(matcher.group(2)) > Integer.parseInt(matcher.group(3))
                    || ControlCharacters.first(text) >= 0) {
                problems.add(new InputProblem("--group-rule", 0, "", messages.get("assign.rule.syntax",
                        ControlCharacters.shortened(text)), messages.get("assign.rule.syntax.advice")));
                continue;
            }
            String group = matcher.group(1).strip();
            if (!groups.contains(group)) {
                problems.add(new InputProblem("--group-rule", 0, "", messages.get("assign.rule.unknownGroup", text),
                        messages.get("assign.rule.unknownGroup.advice", String.join(", ", groups))));
            } else if (!seen.add(group)) {
                problems.add(new InputProblem("--group-rule", 0, "", messages.get("assign.rule.twice", group),
                        messages.get("assign.rule.twice.advice")));
            } else {
                rules.add(new GroupRule(group, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
            }
        }
        return rules;
    }

    /**
     * Reads {@code resource,group}: each resource in at most one group.
     *
     * @param path the file
     * @param problem the problem read (to check that resources are known)
     * @param messages the language of the problems
     * @param problems where problems are reported
     * @return each listed resource's group
     */
    public static Map<String, String> groups(Path path, AffinityProblem problem, Messages messages,
            List<InputProblem> problems) {
        Map<String, String> groupOf = new LinkedHashMap<>();
        AffinityCsv.Table table = AffinityCsv.table(path, List.of("resource", "group"), problems, messages);
        if (table == null) {
            return groupOf;
        }
        ConstrainedAssigner.Indices indices = new ConstrainedAssigner.Indices(problem);
        Map<String, Long> lineOf = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String resource = AffinityCsv.value(table, i, "resource", problems, messages);
            String group = AffinityCsv.value(table, i, "group", problems, messages);
            if (resource == null || group == null) {
                continue;
            }
            if (indices.resource(resource) < 0) {
                problems.add(new InputProblem(table.file(), line, "resource",
                        messages.get("assign.unknownResource", resource), messages.get("assign.unknownResource.advice")));
            } else if (groupOf.containsKey(resource)) {
                problems.add(new InputProblem(table.file(), line, "group", messages.get("assign.groups.twice",
                        resource, groupOf.get(resource), lineOf.get(resource).toString()),
                        messages.get("assign.groups.twice.advice")));
            } else {
                groupOf.put(resource, group);
                lineOf.put(resource, line);
            }
        }
        return groupOf;
    }

    /**
     * Reads {@code participant,resource}: pairs kept whatever else. Each must be scored, not in conflict, forced
     * once, and the forced pairs must fit within every demand, max load and group maximum.
     *
     * @param path the file
     * @param problem the problem read
     * @param groupOfResource the groups read
     * @param rules the group rules read
     * @param messages the language of the problems
     * @param problems where problems are reported, each on the line that breaks a rule
     * @return the valid forced pairs, in the file's order
     */
    public static List<ForcedPair> forced(Path path, AffinityProblem problem, Map<String, String> groupOfResource,
            List<GroupRule> rules, Messages messages, List<InputProblem> problems) {
        List<ForcedPair> forced = new ArrayList<>();
        AffinityCsv.Table table = AffinityCsv.table(path, List.of("participant", "resource"), problems, messages);
        if (table == null) {
            return forced;
        }
        ConstrainedAssigner.Indices indices = new ConstrainedAssigner.Indices(problem);
        Set<List<String>> scored = new HashSet<>();
        for (ScoredPair pair : problem.pairs()) {
            scored.add(List.of(pair.participant(), pair.resource()));
        }
        Set<List<String>> conflicts = new HashSet<>();
        for (ConflictPair pair : problem.conflicts()) {
            conflicts.add(List.of(pair.participant(), pair.resource()));
        }
        Map<String, GroupRule> ruleOf = new HashMap<>();
        for (GroupRule rule : rules) {
            ruleOf.put(rule.group(), rule);
        }
        Map<List<String>, Long> lineOf = new HashMap<>();
        Map<String, Integer> perParticipant = new HashMap<>();
        Map<String, Integer> perResource = new HashMap<>();
        Map<List<String>, Integer> perGroup = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            long line = table.lines().get(i);
            String participant = AffinityCsv.value(table, i, "participant", problems, messages);
            String resource = AffinityCsv.value(table, i, "resource", problems, messages);
            if (participant == null || resource == null) {
                continue;
            }
            int p = indices.participant(participant);
            int r = indices.resource(resource);
            List<String> pair = List.of(participant, resource);
            String file = table.file();
            if (p < 0) {
                problems.add(new InputProblem(file, line, "participant", messages.get("assign.unknownParticipant",
                        participant), messages.get("assign.unknownParticipant.advice")));
            } else if (r < 0) {
                problems.add(new InputProblem(file, line, "resource", messages.get("assign.unknownResource",
                        resource), messages.get("assign.unknownResource.advice")));
            } else if (lineOf.containsKey(pair)) {
                problems.add(new InputProblem(file, line, "resource", messages.get("assign.forced.twice",
                        participant, resource, lineOf.get(pair).toString()), messages.get("assign.forced.twice.advice")));
            } else if (conflicts.contains(pair)) {
                problems.add(new InputProblem(file, line, "resource", messages.get("assign.forced.conflict",
                        participant, resource), messages.get("assign.forced.conflict.advice")));
            } else if (!scored.contains(pair)) {
                problems.add(new InputProblem(file, line, "resource", messages.get("assign.forced.notScored",
                        participant, resource), messages.get("assign.forced.notScored.advice", participant, resource)));
            } else {
                lineOf.put(pair, line);
                int demand = problem.participants().get(p).demand();
                int maxLoad = problem.resources().get(r).maxLoad();
                int forParticipant = perParticipant.merge(participant, 1, Integer::sum);
                int forResource = perResource.merge(resource, 1, Integer::sum);
                String group = groupOfResource.get(resource);
                GroupRule rule = group == null ? null : ruleOf.get(group);
                int forGroup = rule == null ? 0 : perGroup.merge(List.of(participant, group), 1, Integer::sum);
                boolean fits = true;
                if (forParticipant > demand) {
                    problems.add(new InputProblem(file, line, "participant", messages.get("assign.forced.demand",
                            participant, forParticipant, demand), messages.get("assign.forced.demand.advice",
                                    participant, forParticipant, demand)));
                    fits = false;
                }
                if (forResource > maxLoad) {
                    problems.add(new InputProblem(file, line, "resource", messages.get("assign.forced.load",
                            resource, forResource, maxLoad), messages.get("assign.forced.load.advice", resource,
                                    forResource, maxLoad)));
                    fits = false;
                }
                if (rule != null && forGroup > rule.max()) {
                    problems.add(new InputProblem(file, line, "resource", messages.get("assign.forced.group",
                            participant, forGroup, group, rule.max()), messages.get("assign.forced.group.advice",
                                    participant, forGroup, group, rule.max())));
                    fits = false;
                }
                if (fits) {
                    forced.add(new ForcedPair(participant, resource));
                }
            }
        }
        return forced;
    }

    /**
     * Writes alternates as {@code participant,rank,resource,score,replaces} with a header, through the CSV library
     * (UTF-8; the stream is left open).
     *
     * @param alternates the alternates, in the order to write
     * @param out where to write
     * @throws IOException when the stream cannot be written
     */
    public static void writeAlternates(List<Alternate> alternates, OutputStream out) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 14);
        try (SequenceWriter rows = new CsvMapper().writer(schema).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValues(text)) {
            rows.write(new String[] {"participant", "rank", "resource", "score", "replaces"});
            for (Alternate alternate : alternates) {
                rows.write(new String[] {alternate.participant(), Integer.toString(alternate.rank()),
                    alternate.resource(), AffinityCsv.format(alternate.score()), alternate.replaces()});
            }
        }
    }
}
