package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.kubernetes.KubernetesLabels;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * When a sandbox's objects expire, from their {@link KubernetesLabels#EXPIRES_AT} annotation. A sandbox is judged
 * as a whole, by its routing key: it has expired once the <em>latest</em> instant any of its objects names has
 * passed, so that an object written with a longer lease (a sandbox extended while it ran) keeps all of them. An
 * object without the annotation, or with one that is not an ISO-8601 instant, names none: a sandbox none of whose
 * objects names an instant never expires, since deleting what might still be in use is worse than leaving it.
 *
 * <pre>{@code
 * boolean gone = SandboxExpiry.hasExpired(objectsOfOneKey, clock.instant());
 * }</pre>
 */
public final class SandboxExpiry {

    private SandboxExpiry() {
    }

    /** The instant {@code object}'s annotation names, if it names a valid one. */
    public static Optional<Instant> expiresAt(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata() == null ? null : object.getMetadata().getAnnotations();
        String text = annotations == null ? null : annotations.get(KubernetesLabels.EXPIRES_AT);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The latest instant the objects of one sandbox name; empty when none names one. */
    public static Optional<Instant> expiresAt(Collection<? extends HasMetadata> objectsOfOneSandbox) {
        return objectsOfOneSandbox.stream().map(SandboxExpiry::expiresAt).flatMap(Optional::stream)
                .max(Instant::compareTo);
    }

    /** Whether the sandbox these objects belong to has expired at {@code now}. */
    public static boolean hasExpired(Collection<? extends HasMetadata> objectsOfOneSandbox, Instant now) {
        return expiresAt(objectsOfOneSandbox).filter(expiry -> expiry.isBefore(now)).isPresent();
    }
}
