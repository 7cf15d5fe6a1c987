package dev.sandboxtests.junit;

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
 * engine (through {@link Scenarios} here, or EngineTestKit with {@link #RUN_PARAMETER} set in the other
 * modules, which get this annotation from this module's test jar) and inspects. Some scenarios fail on
 * purpose and others wait for a partner, so they are disabled when a build or an IDE picks them up by
 * themselves (say, with {@code -Dtest='BrokenForkTest$*'}, which lifts surefire's exclusion of nested
 * classes).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Scenario.OnlyInScenarioRuns.class)
public @interface Scenario {

    /** The configuration parameter that {@link Scenarios} sets on its engine runs. */
    String RUN_PARAMETER = "dev.sandboxtests.junit.scenario-run";

    /** Enables scenario classes only in engine runs that set {@link #RUN_PARAMETER}. */
    final class OnlyInScenarioRuns implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by its test through Scenarios")
                    : ConditionEvaluationResult.disabled("a scenario: its enclosing test runs it through Scenarios");
        }
    }
}
