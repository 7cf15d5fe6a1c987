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
 * Marks a scenario class: a test class that a test of this module runs through {@link Scenarios}
 * and inspects. Some scenarios fail on purpose, so they are disabled when a build or an IDE picks
 * them up by themselves (say, with {@code -Dtest='dev.sandboxtests.junit.**'}, which lifts
 * surefire's exclusion of nested classes).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(Scenario.OnlyInScenarioRuns.class)
@interface Scenario {

    /** The configuration parameter that {@link Scenarios} sets on its engine runs. */
    String RUN_PARAMETER = "dev.sandboxtests.junit.scenario-run";

    /** Enables scenario classes only in engine runs started by {@link Scenarios}. */
    final class OnlyInScenarioRuns implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_PARAMETER).filter("true"::equals).isPresent()
                    ? ConditionEvaluationResult.enabled("run by its test through Scenarios")
                    : ConditionEvaluationResult.disabled("a scenario: its enclosing test runs it through Scenarios");
        }
    }
}
