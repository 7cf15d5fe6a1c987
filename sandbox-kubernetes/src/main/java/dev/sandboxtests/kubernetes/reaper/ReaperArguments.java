package dev.sandboxtests.kubernetes.reaper;

import dev.sandboxtests.settings.SandboxSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * What {@link KubernetesReaperCommand} was asked to do: its arguments, over {@link KubernetesReaperSettings}.
 *
 * @param namespaces    the namespaces to sweep; empty with {@code allNamespaces} false: the client's namespace
 * @param allNamespaces whether to sweep every namespace
 * @param dryRun        whether to change nothing
 * @param help          whether to print the usage only
 */
record ReaperArguments(List<String> namespaces, boolean allNamespaces, boolean dryRun, boolean help) {

    static final String USAGE = "usage: KubernetesReaperCommand [--namespace NAME[,NAME...]]... | --all-namespaces"
            + " [--dry-run] [--help]\n  settings: " + KubernetesReaperSettings.NAMESPACES.key() + " ("
            + KubernetesReaperSettings.NAMESPACES.environmentVariable() + "), " + KubernetesReaperSettings.DRY_RUN.key()
            + " (" + KubernetesReaperSettings.DRY_RUN.environmentVariable() + ")";

    /**
     * @throws IllegalArgumentException naming the argument that is not understood, or the contradiction
     */
    static ReaperArguments parse(List<String> args, SandboxSettings settings) {
        List<String> namespaces = new ArrayList<>();
        boolean all = false;
        boolean dryRun = settings.get(KubernetesReaperSettings.DRY_RUN);
        boolean help = false;
        boolean namespacesGiven = false;
        for (Iterator<String> each = args.iterator(); each.hasNext(); ) {
            String arg = each.next();
            switch (arg) {
                case "--namespace", "-n" -> {
                    if (!each.hasNext()) {
                        throw new IllegalArgumentException(arg + " needs a namespace after it");
                    }
                    namespaces.addAll(split(each.next()));
                    namespacesGiven = true;
                }
                case "--all-namespaces", "-A" -> all = true;
                case "--dry-run" -> dryRun = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'");
            }
        }
        if (!namespacesGiven && !all) {
            String configured = settings.get(KubernetesReaperSettings.NAMESPACES);
            if (configured.equals(KubernetesReaperSettings.ALL_NAMESPACES)) {
                all = true;
            } else {
                namespaces.addAll(split(configured));
            }
        }
        if (all && !namespaces.isEmpty()) {
            throw new IllegalArgumentException("Give either --all-namespaces or namespaces to sweep, not both");
        }
        return new ReaperArguments(List.copyOf(namespaces), all, dryRun, help);
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
