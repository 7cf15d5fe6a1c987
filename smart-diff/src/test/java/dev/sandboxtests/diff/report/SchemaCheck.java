package dev.sandboxtests.diff.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a report against behavior-diff.schema.json for the keywords that schema uses, so the test
 * suite needs no JSON Schema library. A keyword it does not know fails loudly instead of being skipped,
 * so the schema cannot grow a constraint that this check silently ignores.
 */
final class SchemaCheck {

    static final String RESOURCE = "/dev/sandboxtests/diff/report/behavior-diff.schema.json";

    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "title", "description", "$defs");

    private final JsonNode root;

    private SchemaCheck(JsonNode root) {
        this.root = root;
    }

    static SchemaCheck load() {
        return load(RESOURCE);
    }

    /** @param resource a schema on the class path that uses only the keywords this check knows */
    static SchemaCheck load(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode schema() {
        return root;
    }

    /** @return what does not conform, one message per problem; empty when the report conforms */
    List<String> problems(JsonNode instance) {
        List<String> problems = new ArrayList<>();
        check(root, instance, "", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            JsonNode argument = keyword.getValue();
            switch (keyword.getKey()) {
                case "$ref" -> check(resolve(argument.asText()), value, at, problems);
                case "type" -> checkType(argument, value, at, problems);
                case "const" -> expect(argument.equals(value), at + " must be " + argument + " but is " + value, problems);
                case "enum" -> expect(contains(argument, value), at + " must be one of " + argument + " but is " + value,
                        problems);
                case "required" -> argument.forEach(name -> expect(!value.isObject() || value.has(name.asText()),
                        at + " must have " + name.asText(), problems));
                case "properties" -> argument.properties().forEach(property -> {
                    if (value.isObject() && value.has(property.getKey())) {
                        check(property.getValue(), value.get(property.getKey()), at + "/" + property.getKey(), problems);
                    }
                });
                case "additionalProperties" -> checkAdditional(schema, argument, value, at, problems);
                case "items" -> {
                    for (int i = 0; value.isArray() && i < value.size(); i++) {
                        check(argument, value.get(i), at + "/" + i, problems);
                    }
                }
                case "minimum" -> expect(!value.isNumber() || value.asLong() >= argument.asLong(),
                        at + " must be at least " + argument, problems);
                case "pattern" -> expect(!value.isTextual() || Pattern.compile(argument.asText()).matcher(value.asText()).find(),
                        at + " must match " + argument, problems);
                case "oneOf" -> checkOneOf(argument, value, at, problems);
                default -> {
                    if (!ANNOTATIONS.contains(keyword.getKey())) {
                        throw new IllegalStateException("SchemaCheck does not know the keyword " + keyword.getKey());
                    }
                }
            }
        }
    }

    private JsonNode resolve(String reference) {
        if (!reference.startsWith("#/")) {
            throw new IllegalStateException("only local references are supported: " + reference);
        }
        JsonNode target = root.at(reference.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("the schema has no " + reference);
        }
        return target;
    }

    private static void checkType(JsonNode argument, JsonNode value, String at, List<String> problems) {
        boolean matches = false;
        for (JsonNode type : argument.isArray() ? argument : List.of(argument)) {
            matches |= switch (type.asText()) {
                case "object" -> value.isObject();
                case "array" -> value.isArray();
                case "string" -> value.isTextual();
                case "integer" -> value.isIntegralNumber();
                case "number" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                case "null" -> value.isNull();
                default -> throw new IllegalStateException("unknown type " + type);
            };
        }
        expect(matches, at + " must be of type " + argument + " but is " + value.getNodeType(), problems);
    }

    private void checkAdditional(JsonNode schema, JsonNode argument, JsonNode value, String at, List<String> problems) {
        if (!value.isObject()) {
            return;
        }
        JsonNode declared = schema.path("properties");
        value.fieldNames().forEachRemaining(name -> {
            if (!declared.has(name)) {
                if (argument.isBoolean()) {
                    expect(argument.asBoolean(), at + " must not have " + name, problems);
                } else {
                    check(argument, value.get(name), at + "/" + name, problems);
                }
            }
        });
    }

    private void checkOneOf(JsonNode branches, JsonNode value, String at, List<String> problems) {
        int matching = 0;
        List<String> why = new ArrayList<>();
        for (JsonNode branch : branches) {
            List<String> branchProblems = new ArrayList<>();
            check(branch, value, at, branchProblems);
            if (branchProblems.isEmpty()) {
                matching++;
            } else {
                why.add(branchProblems.toString());
            }
        }
        expect(matching == 1, at + " must match exactly one of " + branches.size() + " shapes but matches " + matching
                + (matching == 0 ? "; " + why : ""), problems);
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode candidate : array) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void expect(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
