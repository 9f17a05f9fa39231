package org.peermatch.benchmarks.tune;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peermatch.core.accompaniment.AccompanimentSearch;
import org.peermatch.core.model.Mode;
import org.peermatch.core.solve.ConstraintCatalog;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a tuning file: the solver variants to compare on one's own programmes.
 *
 * <pre>{@code
 * {"variants": [
 *   {"name": "default", "timeLimit": "10s", "seeds": [1, 2]},
 *   {"name": "wide-acceptance", "timeLimit": "10s", "seeds": [1, 2], "lateAcceptance": 400,
 *    "moves": {"cover": 5, "chain": 0}, "weights": {"same-sector": 60}}
 * ]}
 * }</pre>
 * Each variant: {@code name} (required, unique), {@code timeLimit} (ISO-8601 or 30s / 2m / 500ms) and/or
 * {@code moveLimit}, {@code seeds} (default [0]), {@code lateAcceptance} (default 100), {@code moves} (selection
 * weights of slotChange, slotSwap, needChange, cover, chain, ruinRecreate; absent ones keep the default mix), and
 * {@code weights} (constraint id → weight, 0..1,000,000). Every problem is reported with its place in the file and a
 * line starting "Maybe".
 */
public final class Variants {

    private static final Set<String> VARIANT_FIELDS = Set.of("name", "timeLimit", "moveLimit", "seeds",
            "lateAcceptance", "moves", "weights");
    private static final List<String> MOVES = List.of("slotChange", "slotSwap", "needChange", "cover", "chain",
            "ruinRecreate");
    private static final long MAX_WEIGHT = 1_000_000;

    private Variants() {
    }

    /**
     * @param file the tuning file (JSON)
     * @return its variants, in file order
     * @throws IllegalArgumentException naming every problem found, each with its place and a "Maybe" line
     */
    public static List<Variant> read(Path file) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException(file + ": cannot be read as JSON: " + e.getMessage()
                    + "\nMaybe check the file's path and syntax against benchmarks/README.md (\"Tuning on your own "
                    + "programmes\").", e);
        }
        List<String> problems = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("variants");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(file + ": $.variants: a non-empty list of variants is required.\n"
                    + "Maybe write {\"variants\": [{\"name\": \"default\", \"timeLimit\": \"10s\"}]}.");
        } else {
            Set<String> names = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Variant variant = variant(file + ": $.variants[" + i + "]", list.get(i), problems);
                if (variant != null && !names.add(variant.name())) {
                    problems.add(file + ": $.variants[" + i + "].name: `" + variant.name() + "` is used twice.\n"
                            + "Maybe give each variant its own name.");
                } else if (variant != null) {
                    variants.add(variant);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return variants;
    }

    private static Variant variant(String where, JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + ": a variant is an object.\nMaybe write {\"name\": \"default\", \"timeLimit\": "
                    + "\"10s\"}.");
            return null;
        }
        int before = problems.size();
        for (String field : node.propertyNames()) {
            if (!VARIANT_FIELDS.contains(field)) {
                problems.add(where + "." + field + ": not a field of a variant.\nMaybe use one of "
                        + String.join(", ", VARIANT_FIELDS.stream().sorted().toList()) + ".");
            }
        }
        String name = node.path("name").isString() ? node.get("name").asString().strip() : "";
        if (name.isEmpty() || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problems.add(where + ".name: a name of letters, digits, '.', '_' or '-' is required.\n"
                    + "Maybe write \"name\": \"default\".");
        }
        Duration timeLimit = null;
        if (node.has("timeLimit")) {
            timeLimit = duration(node.get("timeLimit").asString(""));
            if (timeLimit == null || timeLimit.isZero() || timeLimit.isNegative()) {
                problems.add(where + ".timeLimit: `" + node.get("timeLimit").asString("") + "` is not a positive "
                        + "duration.\nMaybe write \"10s\", \"2m\" or \"PT30S\".");
            }
        }
        Long moveLimit = null;
        if (node.has("moveLimit")) {
            JsonNode value = node.get("moveLimit");
            if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
                problems.add(where + ".moveLimit: `" + value + "` is not a whole number of moves of at least 1.\n"
                        + "Maybe write 200000.");
            } else {
                moveLimit = value.asLong();
            }
        }
        if (!node.has("timeLimit") && !node.has("moveLimit")) {
            problems.add(where + ": neither timeLimit nor moveLimit is set, so the search would never end.\n"
                    + "Maybe add \"timeLimit\": \"10s\".");
        }
        List<Long> seeds = new ArrayList<>();
        if (node.has("seeds")) {
            JsonNode list = node.get("seeds");
            if (!list.isArray() || list.isEmpty()) {
                problems.add(where + ".seeds: a non-empty list of whole numbers is required.\nMaybe write [1, 2, 3].");
            } else {
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).isIntegralNumber() || !list.get(i).canConvertToLong()) {
                        problems.add(where + ".seeds[" + i + "]: `" + list.get(i) + "` is not a whole number.\n"
                                + "Maybe write 1.");
                    } else {
                        seeds.add(list.get(i).asLong());
                    }
                }
            }
        } else {
            seeds.add(0L);
        }
        AccompanimentSearch search = search(where, node, problems);
        Map<String, Long> weights = weights(where, node.get("weights"), problems);
        return problems.size() > before ? null
                : new Variant(name, timeLimit, moveLimit, seeds, search, weights);
    }

    private static AccompanimentSearch search(String where, JsonNode node, List<String> problems) {
        AccompanimentSearch base = AccompanimentSearch.DEFAULT;
        int lateAcceptance = base.lateAcceptanceSize();
        if (node.has("lateAcceptance")) {
            JsonNode value = node.get("lateAcceptance");
            if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > 100_000) {
                problems.add(where + ".lateAcceptance: `" + value + "` is not a whole number from 1 to 100000.\n"
                        + "Maybe write 100, the default.");
            } else {
                lateAcceptance = value.asInt();
            }
        }
        double[] weights = {base.slotChange(), base.slotSwap(), base.needChange(), base.cover(), base.chain(),
            base.ruinRecreate()};
        JsonNode moves = node.get("moves");
        if (moves != null) {
            if (!moves.isObject()) {
                problems.add(where + ".moves: an object of move weights is required.\nMaybe write {\"cover\": 3}.");
            } else {
                for (String move : moves.propertyNames()) {
                    int index = MOVES.indexOf(move);
                    JsonNode value = moves.get(move);
                    if (index < 0) {
                        problems.add(where + ".moves." + move + ": not a move.\nMaybe use one of "
                                + String.join(", ", MOVES) + ".");
                    } else if (!value.isNumber() || !(value.asDouble() >= 0) || value.asDouble() > 1000) {
                        problems.add(where + ".moves." + move + ": `" + value + "` is not a weight from 0 to 1000.\n"
                                + "Maybe write 0 to leave the move out, or 1 for as often as a generic move.");
                    } else {
                        weights[index] = value.asDouble();
                    }
                }
            }
        }
        try {
            return new AccompanimentSearch(lateAcceptance, weights[0], weights[1], weights[2], weights[3], weights[4],
                    weights[5]);
        } catch (IllegalArgumentException e) {
            problems.add(where + ".moves: " + e.getMessage());
            return base;
        }
    }

    private static Map<String, Long> weights(String where, JsonNode node, List<String> problems) {
        Map<String, Long> weights = new LinkedHashMap<>();
        if (node == null) {
            return weights;
        }
        if (!node.isObject()) {
            problems.add(where + ".weights: an object of weights by constraint id is required.\n"
                    + "Maybe write {\"same-sector\": 60}.");
            return weights;
        }
        Set<String> ids = new LinkedHashSet<>();
        ConstraintCatalog.all().stream().filter(c -> c.mode() == Mode.ACCOMPANIMENT).forEach(c -> ids.add(c.id()));
        for (String id : node.propertyNames()) {
            JsonNode value = node.get(id);
            if (!ids.contains(id)) {
                problems.add(where + ".weights." + id + ": not an accompaniment constraint id.\n"
                        + "Maybe use an id of the README's accompaniment table, e.g. same-sector.");
            } else if (!value.isIntegralNumber() || value.asLong() < 0 || value.asLong() > MAX_WEIGHT) {
                problems.add(where + ".weights." + id + ": `" + value + "` is not a whole number from 0 to "
                        + MAX_WEIGHT + ".\nMaybe write 0 to switch the constraint off.");
            } else {
                weights.put(id, value.asLong());
            }
        }
        return weights;
    }

    /** @return the duration of {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h30m} or ISO-8601, or null */
    static Duration duration(String text) {
        String value = text.strip();
        try {
            if (value.startsWith("P") || value.startsWith("p")) {
                return Duration.parse(value);
            }
            if (value.matches("\\d{1,9}ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.matches("(\\d{1,6}h)?(\\d{1,6}m)?(\\d{1,9}s)?") && !value.isEmpty()) {
                return Duration.parse("PT" + value.toUpperCase(java.util.Locale.ROOT));
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }
}
