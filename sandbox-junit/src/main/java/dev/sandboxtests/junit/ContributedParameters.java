package dev.sandboxtests.junit;

import dev.sandboxtests.junit.spi.SandboxParameterResolver;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The {@link SandboxParameterResolver}s on the class path, loaded once (they are stateless). If they
 * cannot be loaded, every parameter that asks for them fails with the same clear reason.
 */
final class ContributedParameters {

    private ContributedParameters() {
    }

    /** The first resolver that supports {@code parameter}, in class-path order. */
    static Optional<SandboxParameterResolver> resolverFor(ResolvedParameter parameter) {
        Loaded loaded = Loaded.ONCE;
        if (loaded.failure != null) {
            throw new ExtensionConfigurationException("A SandboxParameterResolver on the class path could not be"
                    + " loaded (" + loaded.failure.getMessage() + "); check that the sandbox-tests modules on the"
                    + " test class path share one version.", loaded.failure);
        }
        return loaded.resolvers.stream().filter(resolver -> resolver.supports(parameter)).findFirst();
    }

    /** Loaded on first use; holds the resolvers or why they could not be loaded. */
    private static final class Loaded {
        static final Loaded ONCE = load();

        final List<SandboxParameterResolver> resolvers;
        final ServiceConfigurationError failure;

        private Loaded(List<SandboxParameterResolver> resolvers, ServiceConfigurationError failure) {
            this.resolvers = resolvers;
            this.failure = failure;
        }

        private static Loaded load() {
            try {
                return new Loaded(ServiceLoader.load(SandboxParameterResolver.class,
                                SandboxParameterResolver.class.getClassLoader())
                        .stream().map(ServiceLoader.Provider::get).collect(Collectors.toUnmodifiableList()), null);
            } catch (ServiceConfigurationError e) {
                return new Loaded(List.of(), e);
            }
        }
    }
}
