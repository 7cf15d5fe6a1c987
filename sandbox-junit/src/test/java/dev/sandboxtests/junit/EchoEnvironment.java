package dev.sandboxtests.junit;

import dev.sandboxtests.junit.local.LocalEnvironment;
import dev.sandboxtests.junit.local.LocalServices;

/** One service, {@code echo}, whose fork variant {@code v2} answers as "fork". */
public final class EchoEnvironment implements LocalEnvironment {

    @Override
    public void define(LocalServices services) {
        services.service("echo")
                .baseline(context -> EchoService.start("baseline", context))
                .fork("v2", context -> EchoService.start("fork", context));
    }
}
