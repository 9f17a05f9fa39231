package org.peermatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The constraint ids a programme's {@code weights} may name, as the programme's JSON Schema lists them
 * ({@code properties.weights.propertyNames.enum}): the schema is the contract of user input, and a test keeps its
 * list equal to the modes' constraint tables, so reading documents needs nothing above the model.
 */
final class ConstraintIds {

    private static final String SCHEMA = "programme.schema.json";
    private static final List<String> IDS = load();

    private ConstraintIds() {
    }

    /** @return every constraint id, in the order of the README's constraint tables */
    static List<String> all() {
        return IDS;
    }

    private static List<String> load() {
        try (InputStream in = ConstraintIds.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("The programme schema " + SCHEMA + " is missing from the library.");
            }
            JsonNode ids = JsonMapper.builder().build().readTree(in).at("/properties/weights/propertyNames/enum");
            List<String> all = new ArrayList<>();
            ids.forEach(id -> all.add(id.asString()));
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the programme schema " + SCHEMA + ".", e);
        }
    }
}
