package dev.sandboxtests.provider;

import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a provider's configuration annotation on the class that asks for a sandbox, the way
 * {@link ProvisioningContext#annotation(Class)} promises: on the class itself, meta-present on one of
 * its annotations (a composed {@code @ShopSandbox} that carries {@code @SandboxTest} and the
 * providers' annotations), on a superclass, and for a nested class on its enclosing classes.
 *
 * <pre>{@code
 * Optional<LocalSandbox> local = ConfigurationAnnotations.find(testClass, LocalSandbox.class);
 * }</pre>
 */
public final class ConfigurationAnnotations {

    private ConfigurationAnnotations() {
    }

    /** The nearest {@code type} annotation for {@code source}, searched as described above. */
    public static <A extends Annotation> Optional<A> find(Class<?> source, Class<A> type) {
        for (Class<?> scope = source; scope != null; scope = scope.getEnclosingClass()) {
            for (Class<?> current = scope; current != null && current != Object.class; current = current.getSuperclass()) {
                Optional<A> found = onElement(current, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Directly present, or meta-present at any depth (breadth first, each annotation type once). */
    private static <A extends Annotation> Optional<A> onElement(Class<?> element, Class<A> type) {
        A direct = element.getDeclaredAnnotation(type);
        if (direct != null) {
            return Optional.of(direct);
        }
        Deque<Annotation> pending = new ArrayDeque<>(List.of(element.getDeclaredAnnotations()));
        Set<Class<? extends Annotation>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Annotation annotation = pending.poll();
            Class<? extends Annotation> annotationType = annotation.annotationType();
            if (!seen.add(annotationType) || annotationType.getName().startsWith("java.lang.annotation.")) {
                continue;
            }
            A meta = annotationType.getDeclaredAnnotation(type);
            if (meta != null) {
                return Optional.of(meta);
            }
            pending.addAll(List.of(annotationType.getDeclaredAnnotations()));
        }
        return Optional.empty();
    }
}
