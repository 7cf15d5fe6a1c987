package dev.sandboxtests.junit;

import dev.sandboxtests.junit.spi.SandboxParameterResolver;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** The {@link SandboxParameterResolver}s on the class path, loaded once: they are stateless. */
final class ContributedParameters {

    private static final List<SandboxParameterResolver> RESOLVERS = load();

    private ContributedParameters() {
    }

    /** The first resolver that supports {@code parameter}, in class-path order. */
    static Optional<SandboxParameterResolver> resolverFor(ResolvedParameter parameter) {
        return RESOLVERS.stream().filter(resolver -> resolver.supports(parameter)).findFirst();
    }

    private static List<SandboxParameterResolver> load() {
        try {
            return ServiceLoader.load(SandboxParameterResolver.class, SandboxParameterResolver.class.getClassLoader())
                    .stream().map(ServiceLoader.Provider::get).collect(Collectors.toUnmodifiableList());
        } catch (ServiceConfigurationError e) {
            throw new ExtensionConfigurationException("A SandboxParameterResolver on the class path could not be"
                    + " loaded (" + e.getMessage() + "); check that sandbox-tests modules share one version.", e);
        }
    }
}
