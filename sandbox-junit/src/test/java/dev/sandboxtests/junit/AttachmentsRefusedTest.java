package dev.sandboxtests.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.junit.report.ReportEntries;
import dev.sandboxtests.local.LocalSandbox;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Where a run cannot take attached files — a JUnit Platform older than 5.12 has no
 * {@code ExtensionContext.publishFile}, EngineTestKit refuses files unless it has an output directory —
 * SmartTests still pass and publish their report entries; attaching is tried once per run, not per file.
 */
class AttachmentsRefusedTest {

    private static final String ATTEMPT = "publishFile attempted";

    @Test
    void onAJUnitWithoutPublishFileTheEntriesStayAndAttachingIsTriedOnce() {
        EngineExecutionResults results = Scenarios.run(PrePublishFileScenario.class);

        Scenarios.assertAllSucceeded(results, 2);
        List<Map<String, String>> entries = Scenarios.reportEntries(results);
        assertThat(entries).filteredOn(entry -> entry.containsKey(ReportEntries.SUMMARY)).hasSize(2)
                .allSatisfy(entry -> assertThat(entry).containsKeys(ReportEntries.DIFF, ReportEntries.DIFF_JSON));
        assertThat(entries).filteredOn(entry -> entry.containsKey(ATTEMPT)).hasSize(1);
        assertThat(results.allEvents().fileEntryPublished().count()).isZero();
    }

    @Test
    void aRunWithoutOutputDirectoryKeepsTheEntriesAndPasses() {
        EngineExecutionResults results = Scenarios.run(PlainScenario.class);

        Scenarios.assertAllSucceeded(results, 2);
        assertThat(Scenarios.reportEntries(results)).filteredOn(entry -> entry.containsKey(ReportEntries.SUMMARY))
                .hasSize(2);
        assertThat(results.allEvents().fileEntryPublished().count()).isZero();
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    static class PlainScenario {

        @Test
        void first(SmartTest smart) {
            smart.http("echo", request -> request.get("/version"));
        }

        @Test
        void second(SmartTest smart) {
            smart.http("echo", request -> request.get("/version"));
        }
    }

    @Scenario
    @SandboxTest(forks = @Fork("echo"))
    @LocalSandbox(EchoEnvironment.class)
    @ExtendWith(PrePublishFileJUnit.class)
    static class PrePublishFileScenario {

        @Test
        void first(PrePublishFileJUnit.Smart smart) {
            smart.test().http("echo", request -> request.get("/version"));
        }

        @Test
        void second(PrePublishFileJUnit.Smart smart) {
            smart.test().http("echo", request -> request.get("/version"));
        }
    }

    /**
     * Hands the test a SmartTest whose extension context behaves like JUnit 5.11's: publishFile does not
     * exist (it throws the NoSuchMethodError a 5.11 platform would), and every attempt is published as a
     * report entry so that the test can count them. Everything else is the real context.
     */
    static final class PrePublishFileJUnit implements ParameterResolver {

        record Smart(SmartTest test) {
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Smart.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return new Smart(SandboxExtension.smartTest(withoutPublishFile(context)));
        }

        private static ExtensionContext withoutPublishFile(ExtensionContext real) {
            return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
                    new Class<?>[] {ExtensionContext.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("publishFile")) {
                            real.publishReportEntry(ATTEMPT, String.valueOf(arguments[0]));
                            throw new NoSuchMethodError("'void org.junit.jupiter.api.extension.ExtensionContext"
                                    + ".publishFile(java.lang.String, org.junit.jupiter.api.extension.MediaType,"
                                    + " org.junit.jupiter.api.function.ThrowingConsumer)'");
                        }
                        try {
                            return method.invoke(real, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
