package dev.sandboxtests.resources;

import java.util.Map;

/**
 * A resource a {@link ResourcePlugin} created for one sandbox: what it hands the forks, and its
 * deletion. {@link #close()} deletes it; it is called once, when the sandbox closes or when a later
 * step of creating the sandbox failed, and must not throw for a resource that is already gone.
 */
public interface SandboxResource extends AutoCloseable {

    /**
     * What the forks need to use the resource, by output key ({@code jdbc-url}, {@code username},
     * {@code password}, {@code database}): each fork gets them as environment variables and system
     * properties named by {@link ResourceOutputs}.
     */
    Map<String, String> outputs();

    /** Deletes the resource. */
    @Override
    void close() throws Exception;
}
