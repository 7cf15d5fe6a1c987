package dev.sandboxtests.junit;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;

/** Two services, {@code echo} and {@code mirror}, each with a fork variant {@code v2}. */
public final class EchoAndMirrorEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        services.service("echo")
                .baseline(context -> EchoService.start("baseline", context))
                .fork("v2", context -> EchoService.start("fork", context));
        services.service("mirror")
                .baseline(context -> EchoService.start("baseline", context))
                .fork("v2", context -> EchoService.start("fork", context));
    }
}
