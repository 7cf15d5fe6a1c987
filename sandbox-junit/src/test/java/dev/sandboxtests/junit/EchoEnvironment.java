package dev.sandboxtests.junit;

import dev.sandboxtests.local.LocalEnvironment;
import dev.sandboxtests.local.LocalServices;

/** One service, {@code echo}, whose fork variant {@code v2} answers as "fork". */
public final class EchoEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        services.service("echo")
                .baseline(context -> EchoService.start("baseline", context))
                .fork("v2", context -> EchoService.start("fork", context));
    }
}
