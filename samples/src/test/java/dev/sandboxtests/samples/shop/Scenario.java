package dev.sandboxtests.samples.shop;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a scenario class: a static nested test class that its enclosing test runs on the Jupiter
 * engine (EngineTestKit, with {@link #RUN_PARAMETER} set) and inspects. Some scenarios fail on purpose
 * and others wait for a partner, so they are disabled when an IDE or a build picks them up by
 * themselves (say, with {@code -Dtest='BrokenForkTest$*'}, which lifts surefire's exclusion of nested classes).
 *
 * <p>The same as sandbox-junit's test annotation of this name, copied rather than shared: the one
 * test-jar that could carry it, sandbox-local's, also carries that module's junit-platform.properties.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Scenario.OnlyInScenarioRuns.class)
@interface Scenario {

    /** The configuration parameter that the enclosing tests set on their engine runs. */
    String RUN_PARAMETER = "dev.sandboxtests.samples.scenario-run";

    /** Enables scenario classes only in engine runs that set {@link #RUN_PARAMETER}. */
    final class OnlyInScenarioRuns implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by its enclosing test")
                    : ConditionEvaluationResult.disabled("a scenario: its enclosing test runs it");
        }
    }
}
