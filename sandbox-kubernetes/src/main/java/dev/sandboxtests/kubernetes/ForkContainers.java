package dev.sandboxtests.kubernetes;

import dev.sandboxtests.provider.SandboxConfigurationException;
import dev.sandboxtests.spec.ForkSpec;
import java.util.List;

/** Checks that a customization names a container the baseline's pods have. */
final class ForkContainers {

    private ForkContainers() {
    }

    /** @throws SandboxConfigurationException naming the containers there are */
    static String require(ForkSpec fork, List<String> containers, String container, String field) {
        if (!containers.contains(container)) {
            throw new SandboxConfigurationException("Fork of '" + fork.service() + "': " + field + " '" + container
                    + "' is not a container of the baseline's pods; they have " + containers + ".");
        }
        return container;
    }
}
