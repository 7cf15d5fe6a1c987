package dev.sandboxtests.kubernetes;

import dev.sandboxtests.kubernetes.reaper.KubernetesSandboxRemover;
import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.routing.RoutingKey;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox's entries in the reaper of {@code sandbox-core}, one per namespace it creates objects in (kind
 * {@value KubernetesSandboxRemover#KIND}): registered before anything is created, so that a test JVM killed at any
 * moment leaves nothing for long, and closed once the sandbox has deleted what it created.
 */
final class ReaperRegistrations implements AutoCloseable {

    /** For a sandbox that creates nothing (a dry run). */
    static final ReaperRegistrations NONE = new ReaperRegistrations(List.of());

    private final List<Reaper.Registration> registrations;

    private ReaperRegistrations(List<Reaper.Registration> registrations) {
        this.registrations = registrations;
    }

    static ReaperRegistrations register(Reaper reaper, List<String> namespaces, RoutingKey key) {
        List<Reaper.Registration> registrations = new ArrayList<>();
        for (String namespace : namespaces) {
            registrations.add(reaper.register(KubernetesSandboxRemover.leftover(namespace, key)));
        }
        return new ReaperRegistrations(List.copyOf(registrations));
    }

    /** Unregisters every entry; idempotent. */
    @Override
    public void close() {
        registrations.forEach(Reaper.Registration::close);
    }
}
