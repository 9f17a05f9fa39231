package org.peermatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peermatch.core.plan.ConstraintDefinition;
import org.peermatch.core.solve.ConstraintCatalog;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schema ({@code programme.schema.json}, draft 2020-12) and the reader agree: valid samples pass
 * both, broken documents the schema can judge fail both. The schema cannot express everything the reader checks
 * (member references, duplicate topics, date order…): those documents are only required to fail the reader, in
 * {@link BrokenDocumentCorpusTest}.
 */
class ProgrammeSchemaTest {

    /** Never fetches anything from the network: the 2020-12 meta-schema ships with the validator. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaLoader(loader -> loader
                    .fetchRemoteResources(false)));

    private static final Schema SCHEMA = REGISTRY.getSchema(schemaStream(), InputFormat.JSON);

    @ParameterizedTest
    @ValueSource(strings = {"valid-full.json", "valid-minimal.json"})
    void validSamplesPassTheSchemaAndTheReader(String name) throws Exception {
        String json = ProgrammeReaderTest.resource(name);

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        assertThatCode(() -> ProgrammeReader.read(json, name)).doesNotThrowAnyException();
    }

    static List<Arguments> schemaDetectable() {
        List<Arguments> detectable = new ArrayList<>();
        BrokenDocumentCorpusTest.corpus().forEach(arguments -> {
            Object[] values = arguments.get();
            if ((Boolean) values[6]) {
                detectable.add(Arguments.of(values[0]));
            }
        });
        return detectable;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaDetectable")
    void brokenDocumentsFailTheSchemaAndTheReader(String name) throws IOException {
        Path file = BrokenDocumentCorpusTest.corpusFile(name);
        String json = Files.readString(file);

        assertThat(schemaRefuses(json)).as("the schema must refuse %s", name).isTrue();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ProgrammeReader.read(file)))
                .as("the reader must refuse %s", name).isNotNull();
    }

    /** The bounds of issue 19 that the schema can state: both the schema and the reader refuse each. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"name\": \"Ana\"=\"name\": \"Julien\\r\\nATTENDEE:mailto:x@example.org\"",
        "\"name\": \"Ana\"=\"name\": \"Ana\\u001b[31m\"",
        "\"id\": \"a\"=\"id\": \"a12345678901234567890123456789012345678901234567890123456789012345678901234567890"
                + "12345678901234567890\"",
        "\"name\": \"Pilot\"=\"name\": \"Pilot\", \"halfDays\": [{\"id\": \"AM\", \"start\": \"09:00\","
                + " \"end\": \"12:30\"}], \"closed\": [{\"from\": \"2027-01-11\", \"reason\": \"x\\u0007\"}]",
        "\"members\": [=\"rules\": {\"accompaniment\": {\"maxResourcePersons\": 21}}, \"members\": [",
        "\"members\": [=\"rules\": {\"accompaniment\": {\"noveltyHalfLifeMonths\": 1201}}, \"members\": ["})
    void hostileValuesFailTheSchemaAndTheReader(String replacement) throws IOException {
        String[] parts = replacement.split("=", 2);
        String json = ProgrammeReaderTest.resource("valid-minimal.json").replace(parts[0], parts[1]);

        assertThat(json).as("the replacement applies").isNotEqualTo(ProgrammeReaderTest.resource("valid-minimal.json"));
        assertThat(schemaRefuses(json)).as("the schema must refuse it").isTrue();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ProgrammeReader.read(json, "hostile.json")))
                .as("the reader must refuse it").isNotNull();
    }

    @Test
    void mostOfTheCorpusIsJudgedByTheSchemaToo() {
        assertThat(schemaDetectable()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        List<Error> errors = metaSchema.validate(schemaText(), InputFormat.JSON);

        assertThat(errors).isEmpty();
        JsonNode schema = JsonMapper.builder().build().readTree(schemaText());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theSchemaListsExactlyTheConstraintIdsOfTheCatalog() {
        JsonNode schema = JsonMapper.builder().build().readTree(schemaText());
        List<String> inSchema = new ArrayList<>();
        schema.at("/properties/weights/propertyNames/enum").forEach(id -> inSchema.add(id.asString()));

        assertThat(inSchema).containsExactlyElementsOf(
                ConstraintCatalog.all().stream().map(ConstraintDefinition::id).toList());
    }

    @Test
    void everyObjectOfTheSchemaForbidsUnknownFields() {
        JsonNode schema = JsonMapper.builder().build().readTree(schemaText());
        List<String> open = new ArrayList<>();
        collectOpenObjects(schema, "#", open);

        assertThat(open).isEmpty();
    }

    private static void collectOpenObjects(JsonNode node, String where, List<String> open) {
        if (!node.isObject()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collectOpenObjects(node.get(i), where + "/" + i, open);
                }
            }
            return;
        }
        // Conditions (if/then) and untyped allOf parts only refine an object defined, and closed, elsewhere.
        boolean condition = where.matches(".*/(if|then|else)(/.*)?")
                || where.matches(".*/allOf/\\d+") && !node.has("type");
        if (node.has("properties") && !node.has("additionalProperties") && !condition) {
            open.add(where);
        }
        for (var entry : node.properties()) {
            collectOpenObjects(entry.getValue(), where + "/" + entry.getKey(), open);
        }
    }

    private static boolean schemaRefuses(String json) {
        try {
            return !SCHEMA.validate(json, InputFormat.JSON).isEmpty();
        } catch (RuntimeException notJson) {
            // A document that is not JSON at all is refused too.
            return true;
        }
    }

    private static InputStream schemaStream() {
        return ProgrammeReader.class.getResourceAsStream("programme.schema.json");
    }

    private static String schemaText() {
        try (InputStream in = schemaStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
