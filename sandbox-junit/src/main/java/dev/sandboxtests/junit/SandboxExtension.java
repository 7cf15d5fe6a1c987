package dev.sandboxtests.junit;

import dev.sandboxtests.diff.SmartDiff;
import dev.sandboxtests.junit.report.ReportEntries;
import dev.sandboxtests.provider.Sandbox;
import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.provider.SandboxException;
import dev.sandboxtests.provider.SandboxProvider;
import dev.sandboxtests.provider.SandboxProviders;
import dev.sandboxtests.routing.RoutingHeaders;
import dev.sandboxtests.routing.RoutingKey;
import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.settings.SandboxSettings;
import dev.sandboxtests.spec.SandboxSpec;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * parameters. It keeps no state of its own, so test classes can run in parallel. Users meet the
 * annotation, never this class.
 */
final class SandboxExtension implements BeforeAllCallback, ParameterResolver {

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
        SandboxSettings settings = JUnitProvisioningContext.settings(classContext);
        SandboxProvider provider;
        RoutingHeaders headers;
        Duration readyTimeout;
        try {
            provider = SandboxProviders.configured(settings, testClass.getClassLoader());
            headers = RoutingHeaders.from(settings);
            readyTimeout = annotation.readyTimeout().isBlank() ? settings.get(SandboxProviders.READY_TIMEOUT)
                    : AnnotatedSpec.duration("readyTimeout", annotation.readyTimeout(), testClass);
        } catch (SandboxConfigurationException | IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName() + ": " + e.getMessage(), e);
        }
        Sandbox sandbox;
        try {
            sandbox = SandboxProviders.start(provider, spec, new JUnitProvisioningContext(classContext, settings, headers),
                    readyTimeout);
        } catch (SandboxConfigurationException | InvalidSettingException e) {
            throw new ExtensionConfigurationException("@SandboxTest on " + testClass.getName() + " (provider '"
                    + provider.name() + "'): " + e.getMessage(), e);
        }
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put(ReportEntries.SANDBOX, sandbox.name());
        entry.put(ReportEntries.ROUTING_KEY, sandbox.routingKey().value());
        entry.put(ReportEntries.PROVIDER, provider.name());
        sandbox.logs().ifPresent(logs -> entry.put(ReportEntries.LOGS, logs));
        classContext.publishReportEntry(entry);
        return sandbox;
    }

    /**
     * Our own types always; a type of another library (RestAssured, {@code URI}, gRPC through
     * {@link dev.sandboxtests.junit.spi.SandboxParameterResolver}s) only with {@link SandboxService},
     * so that another extension may resolve it where the parameter does not say it is ours.
     */
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Sandbox.class || type == SmartTest.class || type == RoutingKey.class) {
            return true;
        }
        ResolvedParameter resolved = new ResolvedParameter(parameter, context);
        if (type == RequestSpecification.class || type == URI.class) {
            return resolved.namedService().isPresent();
        }
        return ContributedParameters.resolverFor(resolved).isPresent();
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
        return new DiffPublisher(testName, context.getUniqueId(), sequence,
                JUnitProvisioningContext.settings(context).get(SandboxTestSettings.REPORTS_DIRECTORY),
                context::publishReportEntry, new ReportAttachments(context, filesUnattachable(context)));
    }

    /** Whether this run's JUnit proved unable to attach files: one mark per run, in the root Store. */
    private static AtomicBoolean filesUnattachable(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("files-unattachable", key -> new AtomicBoolean(), AtomicBoolean.class);
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
        throw new ExtensionConfigurationException("The sandbox extension is registered on "
                + context.getRequiredTestClass().getName() + " without @SandboxTest; annotate the class with"
                + " @SandboxTest instead of registering the extension by hand.");
    }

    private static Optional<SandboxTest> annotation(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, SandboxTest.class);
    }
}
