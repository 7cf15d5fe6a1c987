package dev.sandboxtests.junit;

import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.junit.http.RoutedRequests;
import dev.sandboxtests.junit.report.DiffPublisher;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.provider.SandboxProviders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.spec.SandboxSpec;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link SandboxTest}: provisions the class's sandbox, keeps it in the class's
 * {@link ExtensionContext.Store} (JUnit closes it after the class, whatever failed) and resolves
 * parameters. It keeps no state of its own, so test classes can run in parallel.
 */
public final class SandboxExtension implements BeforeAllCallback, ParameterResolver {

    static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);
    private static final String SANDBOX = "sandbox";

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    /** The sandbox of the test class that {@code context} belongs to, provisioned on first use. */
    static Sandbox sandbox(ExtensionContext context) {
        ExtensionContext owner = owningClassContext(context);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(SANDBOX, key -> provision(owner), Sandbox.class);
    }

    private static Sandbox provision(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        SandboxTest annotation = annotation(testClass).orElseThrow();
        SandboxSpec spec = AnnotatedSpec.read(annotation, testClass);
        Duration readyTimeout = AnnotatedSpec.duration("readyTimeout", annotation.readyTimeout(), testClass);
        RoutingHeaders headers;
        SandboxProvider provider;
        try {
            headers = RoutingHeaders.fromConfiguration();
            provider = SandboxProviders.configured(testClass.getClassLoader());
        } catch (SandboxException | IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName() + ": " + e.getMessage(), e);
        }
        Sandbox sandbox;
        try {
            sandbox = provider.create(spec, new JUnitProvisioningContext(classContext, annotation, headers));
        } catch (SandboxConfigurationException e) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName() + " (provider '"
                    + provider.name() + "'): " + e.getMessage(), e);
        }
        try {
            sandbox.awaitReady(readyTimeout);
        } catch (RuntimeException e) {
            try {
                sandbox.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        classContext.publishReportEntry(Map.of("sandbox", sandbox.name(), "routingKey", sandbox.routingKey().value(),
                "provider", provider.name()));
        return sandbox;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Sandbox.class || type == SmartTest.class || type == RoutingKey.class
                || type == RequestSpecification.class
                || (type == URI.class && parameter.isAnnotated(SandboxService.class))
                || ContributedParameters.resolverFor(new ResolvedParameter(parameter, context)).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Sandbox sandbox = sandbox(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == Sandbox.class) {
            return sandbox;
        }
        if (type == RoutingKey.class) {
            return sandbox.routingKey();
        }
        if (type == SmartTest.class) {
            return smartTest(context);
        }
        ResolvedParameter resolved = new ResolvedParameter(parameter, context);
        if (type == URI.class) {
            return endpoint(sandbox, resolved.service());
        }
        if (type == RequestSpecification.class) {
            return RoutedRequests.toFork(sandbox, endpoint(sandbox, resolved.service()));
        }
        return ContributedParameters.resolverFor(resolved).orElseThrow().resolve(resolved);
    }

    /** A SmartTest for the test {@code context} belongs to. */
    static SmartTest smartTest(ExtensionContext context) {
        return new SmartTest(sandbox(context), SmartDiff.defaults(), publisher(context));
    }

    /** Publishes the diffs of the test {@code context} belongs to; numbers them per test. */
    private static DiffPublisher publisher(ExtensionContext context) {
        String testName = context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(method -> "." + method.getName()).orElse("");
        AtomicInteger sequence = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent("diff-sequence", key -> new AtomicInteger(), AtomicInteger.class);
        return new DiffPublisher(testName, context.getUniqueId(), sequence, context::publishReportEntry);
    }

    private static URI endpoint(Sandbox sandbox, String service) {
        try {
            return sandbox.endpoint(service);
        } catch (SandboxException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    /** The context of the class that carries {@link SandboxTest} (a {@code @Nested} class uses its enclosing class's sandbox). */
    static ExtensionContext owningClassContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current != null) {
            boolean classLevel = current.getTestMethod().isEmpty();
            if (classLevel && current.getTestClass().flatMap(SandboxExtension::annotation).isPresent()) {
                return current;
            }
            current = current.getParent().orElse(null);
        }
        throw new ExtensionConfigurationException("SandboxExtension is registered on "
                + context.getRequiredTestClass().getName() + " without @SandboxTest; annotate the class with"
                + " @SandboxTest instead of using @ExtendWith(SandboxExtension.class).");
    }

    private static Optional<SandboxTest> annotation(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, SandboxTest.class);
    }
}
