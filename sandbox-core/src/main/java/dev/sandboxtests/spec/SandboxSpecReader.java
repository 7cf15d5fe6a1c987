package dev.sandboxtests.spec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads sandbox specs from YAML (a Signadot-compatible subset):
 *
 * <pre>{@code
 * name: pricing-discount
 * spec:
 *   labels: {team: checkout}
 *   ttl: {duration: 2h}
 *   forks:
 *     - forkOf: {kind: Deployment, namespace: shop, name: pricing}
 *       customizations:
 *         images: [{image: "shop/pricing:discount-rule"}]
 *         env: [{name: DISCOUNT_PERCENT, value: "10"}]
 * }</pre>
 *
 * Errors name the source, the line and column, the field, and what to do.
 */
public final class SandboxSpecReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private SandboxSpecReader() {
    }

    /** Reads a spec file. */
    public static SandboxSpec read(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SandboxSpecException("Sandbox spec file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new SandboxSpecException("Cannot read sandbox spec file " + file + ": " + e.getMessage(), e);
        }
        return read(yaml, file.toString());
    }

    /** Reads a spec from a class path resource such as {@code sandboxes/pricing.yaml}. */
    public static SandboxSpec readResource(ClassLoader loader, String resource) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new SandboxSpecException("Sandbox spec resource '" + resource
                    + "' is not on the class path; put it under src/test/resources/" + path + ".");
        }
        String yaml;
        try (in) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SandboxSpecException("Cannot read sandbox spec resource " + path + ": " + e.getMessage(), e);
        }
        return read(yaml, "classpath:" + path);
    }

    /** Reads a spec from text; {@code source} names it in error messages. */
    public static SandboxSpec read(String yaml, String source) {
        SpecDocument document;
        // The text is kept (specs are small) so that an error can be traced back to its line.
        try (JsonParser parser = YAML.createParser(yaml)) {
            // No token at all (empty, or only comments) is an empty document, as is a lone null.
            document = parser.nextToken() == null ? null : YAML.readValue(parser, SpecDocument.class);
        } catch (JacksonException e) {
            throw new SandboxSpecException(describe(source, e, yaml), e);
        } catch (IOException e) {
            throw new SandboxSpecException("Cannot read sandbox spec " + source + ": " + e.getMessage(), e);
        }
        if (document == null) {
            throw new SandboxSpecException("Sandbox spec " + source + " is empty; it needs a name and spec.forks.");
        }
        try {
            return document.toSpec();
        } catch (IllegalArgumentException e) {
            throw new SandboxSpecException("Invalid sandbox spec " + source + ": " + e.getMessage() + ".", e);
        }
    }

    private static String describe(String source, JacksonException e, String yaml) {
        JsonLocation location = e.getLocation();
        if (e instanceof JsonMappingException mapping && !(e.getCause() instanceof JacksonException)) {
            // A binding problem (not a syntax error): Jackson's location may be past it.
            location = SpecLocations.find(YAML, yaml, mapping.getPath()).orElse(location);
        }
        String where = location == null || location.getLineNr() < 1 ? source
                : source + ":" + location.getLineNr() + ":" + location.getColumnNr();
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " at '" + fieldPath(mapping) + "'" : "";
        String problem = e.getOriginalMessage();
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            problem = "unknown field '" + unknown.getPropertyName() + "'; known fields here: "
                    + unknown.getKnownPropertyIds();
        } else if (e.getCause() instanceof IllegalArgumentException invalid) {
            problem = invalid.getMessage();
        }
        return "Invalid sandbox spec " + where + field + ": " + problem
                + ". The fields a spec may have are listed in README, section \"Sandbox specs in YAML\".";
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
