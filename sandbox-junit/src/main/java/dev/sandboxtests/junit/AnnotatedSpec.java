package dev.sandboxtests.junit;

import dev.sandboxtests.spec.Customizations;
import dev.sandboxtests.spec.ForkOf;
import dev.sandboxtests.spec.ForkSpec;
import dev.sandboxtests.spec.ResourceSpec;
import dev.sandboxtests.spec.SandboxSpec;
import dev.sandboxtests.spec.SandboxSpecException;
import dev.sandboxtests.spec.SandboxSpecReader;
import dev.sandboxtests.spec.SpecDurations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Turns a {@link SandboxTest} annotation (and the spec file it names) into a {@link SandboxSpec}. */
final class AnnotatedSpec {

    private static final int MAX_DERIVED_NAME = 40;

    private AnnotatedSpec() {
    }

    static SandboxSpec read(SandboxTest annotation, Class<?> testClass) {
        SandboxSpec.Builder builder = annotation.spec().isBlank()
                ? SandboxSpec.builder(derivedName(testClass))
                : fromFile(annotation.spec(), testClass);
        if (!annotation.name().isBlank()) {
            builder.name(annotation.name());
        }
        for (Fork fork : annotation.forks()) {
            builder.fork(toForkSpec(fork, testClass));
        }
        for (Resource resource : annotation.resources()) {
            builder.resource(toResourceSpec(resource, testClass));
        }
        if (!annotation.ttl().isBlank()) {
            builder.ttl(duration("ttl", annotation.ttl(), testClass));
        }
        if (annotation.spec().isBlank() && annotation.forks().length == 0 && annotation.resources().length == 0) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName()
                    + " forks nothing and has no resources: set forks = @Fork(\"service\"), resources ="
                    + " @Resource(...) or spec = \"sandboxes/your-sandbox.yaml\".");
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName()
                    + " describes an invalid sandbox: " + e.getMessage() + ". Check the name and forks attributes.", e);
        }
    }

    static Duration duration(String attribute, String value, Class<?> testClass) {
        try {
            return SpecDurations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest(" + attribute + " = \"" + value + "\") on "
                    + testClass.getName() + ": " + e.getMessage() + ".", e);
        }
    }

    private static SandboxSpec.Builder fromFile(String resource, Class<?> testClass) {
        try {
            return SandboxSpecReader.readResource(testClass.getClassLoader(), resource).toBuilder();
        } catch (SandboxSpecException e) {
            throw new ExtensionConfigurationException("@SandboxTest(spec = \"" + resource + "\") on "
                    + testClass.getName() + ": " + e.getMessage(), e);
        }
    }

    private static ForkSpec toForkSpec(Fork fork, Class<?> testClass) {
        try {
            List<Customizations.EnvVar> env = new ArrayList<>();
            for (String entry : fork.env()) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("env entry '" + entry + "' is not of the form NAME=value");
                }
                env.add(new Customizations.EnvVar(entry.substring(0, eq), entry.substring(eq + 1), null));
            }
            List<Customizations.Image> images = fork.image().isBlank() ? List.of()
                    : List.of(new Customizations.Image(fork.image(), null));
            ForkOf forkOf = new ForkOf(fork.kind(), fork.namespace(), fork.value());
            return new ForkSpec(forkOf, new Customizations(images, env));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest(forks = @Fork(\"" + fork.value() + "\")) on "
                    + testClass.getName() + ": " + e.getMessage() + ".", e);
        }
    }

    private static ResourceSpec toResourceSpec(Resource resource, Class<?> testClass) {
        try {
            Map<String, String> params = new LinkedHashMap<>();
            for (String entry : resource.params()) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("parameter '" + entry + "' is not of the form name=value");
                }
                if (params.put(entry.substring(0, eq), entry.substring(eq + 1)) != null) {
                    throw new IllegalArgumentException("parameter '" + entry.substring(0, eq) + "' is given twice");
                }
            }
            return ResourceSpec.of(resource.name(), resource.plugin(), params);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest(resources = @Resource(name = \"" + resource.name()
                    + "\")) on " + testClass.getName() + ": " + e.getMessage() + ".", e);
        }
    }

    /** {@code PricingDiscountTest} becomes {@code pricing-discount-test}. */
    static String derivedName(Class<?> testClass) {
        String kebab = testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        String trimmed = kebab.length() > MAX_DERIVED_NAME ? kebab.substring(0, MAX_DERIVED_NAME) : kebab;
        trimmed = trimmed.replaceAll("-+$", "");
        return trimmed.isEmpty() ? "sandbox" : trimmed;
    }
}
