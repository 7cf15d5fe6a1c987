package dev.sandboxtests.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the service declarations of a {@link LocalEnvironment}. */
public final class LocalServices {

    private final Map<String, ServiceDeclaration> services = new LinkedHashMap<>();

    LocalServices() {
    }

    /** The declarations of {@code definition}, checked to be non-empty. */
    static LocalServices of(LocalEnvironment definition) {
        LocalServices services = new LocalServices();
        definition.define(services);
        if (services.declarations().isEmpty()) {
            throw new dev.sandboxtests.provider.SandboxConfigurationException(definition.getClass().getName()
                    + " declares no services; call services.service(\"name\").baseline(...) in define().");
        }
        return services;
    }

    /** Declares (or returns the declaration of) the logical service {@code name}. */
    public ServiceDeclaration service(String name) {
        return services.computeIfAbsent(name, ServiceDeclaration::new);
    }

    /** The declaration of {@code service}; an unknown name is a configuration error listing the known ones. */
    ServiceDeclaration declaration(String service, String environment) {
        ServiceDeclaration declaration = services.get(service);
        if (declaration == null) {
            throw new dev.sandboxtests.provider.SandboxConfigurationException("Unknown service '" + service
                    + "': the local environment " + environment + " declares " + String.join(", ", services.keySet())
                    + ". Use one of these, or declare the service in " + environment + ".define().");
        }
        return declaration;
    }

    Map<String, ServiceDeclaration> declarations() {
        return Collections.unmodifiableMap(services);
    }
}
