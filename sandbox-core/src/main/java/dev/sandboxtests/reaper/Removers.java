package dev.sandboxtests.reaper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/** The {@link LeftoverRemover}s on the class path, by kind. */
final class Removers {

    private final Map<String, LeftoverRemover> byKind;
    private final List<String> problems;

    private Removers(Map<String, LeftoverRemover> byKind, List<String> problems) {
        this.byKind = byKind;
        this.problems = problems;
    }

    /** Every remover {@code loader} finds; one that cannot be loaded is a problem, not a failure. */
    static Removers load(ClassLoader loader) {
        Map<String, LeftoverRemover> byKind = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<LeftoverRemover> found = ServiceLoader.load(LeftoverRemover.class, loader).iterator();
        while (true) {
            try {
                if (!found.hasNext()) {
                    break;
                }
                LeftoverRemover remover = found.next();
                byKind.putIfAbsent(remover.kind(), remover);
            } catch (ServiceConfigurationError e) {
                problems.add(e.getMessage());
            }
        }
        return new Removers(byKind, problems);
    }

    Optional<LeftoverRemover> forKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    Set<String> kinds() {
        return byKind.keySet();
    }

    /** Why a remover listed in {@code META-INF/services} could not be loaded. */
    List<String> problems() {
        return problems;
    }

    /** Where the removers' classes come from, so that the watchdog's class path has them too. */
    List<Class<?>> classes() {
        return byKind.values().stream().<Class<?>>map(Object::getClass).toList();
    }
}
