package dev.sandboxtests.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxSpecTest {

    @Test
    void buildsASpec() {
        SandboxSpec spec = SandboxSpec.builder("pricing-discount")
                .fork(ForkSpec.of("pricing"))
                .fork(ForkSpec.of("orders"))
                .ttl(Duration.ofHours(1))
                .label("team", "checkout")
                .build();

        assertThat(spec.name()).isEqualTo("pricing-discount");
        assertThat(spec.forks()).extracting(ForkSpec::service).containsExactly("pricing", "orders");
        assertThat(spec.ttl()).contains(Duration.ofHours(1));
        assertThat(spec.labels()).containsExactly(entry("team", "checkout"));
        assertThat(spec.forkOf("orders")).contains(ForkSpec.of("orders"));
        assertThat(spec.forkOf("inventory")).isEmpty();
    }

    @Test
    void ttlAndLabelsAreOptional() {
        SandboxSpec spec = SandboxSpec.builder("s1").fork(ForkSpec.of("pricing")).build();

        assertThat(spec.ttl()).isEmpty();
        assertThat(spec.labels()).isEmpty();
    }

    @Test
    void aForkOfAServiceWithoutDetailsIsABaselineDeploymentCopyWithoutChanges() {
        ForkSpec fork = ForkSpec.of("pricing");

        assertThat(fork.forkOf()).isEqualTo(new ForkOf("Deployment", null, "pricing"));
        assertThat(fork.customizations()).isEqualTo(Customizations.NONE);
        assertThat(new ForkSpec(new ForkOf(" ", "", "pricing"), null)).isEqualTo(fork);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pricing", "pricing_discount", "-pricing", "pricing-", "pricing.discount", "a b"})
    void rejectsANameThatIsNotAnRfc1123Label(String name) {
        assertThatThrownBy(() -> SandboxSpec.builder(name).fork(ForkSpec.of("pricing")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name '" + name + "' is not a valid name")
                .hasMessageContaining("lowercase letters, digits and '-'");
    }

    @Test
    void rejectsAnEmptyOrOverLongName() {
        assertThatThrownBy(() -> SandboxSpec.builder(" ").fork(ForkSpec.of("pricing")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be empty");
        assertThatThrownBy(() -> SandboxSpec.builder(null).fork(ForkSpec.of("pricing")).build())
                .hasMessage("name must not be empty");
        assertThat(SandboxSpec.builder("a".repeat(63)).fork(ForkSpec.of("pricing")).build().name()).hasSize(63);
        assertThatThrownBy(() -> SandboxSpec.builder("a".repeat(64)).fork(ForkSpec.of("pricing")).build())
                .hasMessageContaining("at most 63");
    }

    @Test
    void rejectsAnInvalidServiceName() {
        assertThatThrownBy(() -> ForkSpec.of("Pricing_Service"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("forkOf.name 'Pricing_Service' is not a valid name");
        assertThatThrownBy(() -> new ForkSpec(null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a fork needs forkOf");
    }

    @Test
    void rejectsASandboxWithoutForksOrResources() {
        assertThatThrownBy(() -> SandboxSpec.builder("s1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a sandbox must fork at least one service or have a resource (spec.forks and spec.resources are empty)");
    }

    @Test
    void aSandboxOfResourcesAloneIsOne() {
        SandboxSpec spec = SandboxSpec.builder("data-only")
                .resource(ResourceSpec.of("orders-db", "postgres-database", Map.of())).build();

        assertThat(spec.forks()).isEmpty();
        assertThat(spec.resources()).hasSize(1);
    }

    @Test
    void rejectsAServiceForkedTwice() {
        List<ForkSpec> forks = List.of(ForkSpec.of("pricing"), new ForkSpec(new ForkOf("Rollout", "shop", "pricing"), null));

        assertThatThrownBy(() -> new SandboxSpec("s1", forks, Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service 'pricing' is forked twice; fork each service once");
    }

    @Test
    void theBuilderReplacesAnEarlierForkOfTheSameService() {
        ForkSpec rollout = new ForkSpec(new ForkOf("Rollout", "shop", "pricing"), null);

        SandboxSpec spec = SandboxSpec.builder("s1").fork(ForkSpec.of("pricing")).fork(rollout).build();

        assertThat(spec.forks()).containsExactly(rollout);
    }

    @Test
    void rejectsANonPositiveTtl() {
        assertThatThrownBy(() -> SandboxSpec.builder("s1").fork(ForkSpec.of("pricing")).ttl(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ttl must be positive, but was PT0S");
        assertThatThrownBy(() -> SandboxSpec.builder("s1").fork(ForkSpec.of("pricing")).ttl(Duration.ofMinutes(-5)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ttl must be positive, but was PT-5M");
    }

    @Test
    void toBuilderStartsFromTheSpecAndOverridesParts() {
        SandboxSpec base = SandboxSpec.builder("pricing-discount")
                .fork(ForkSpec.of("pricing"))
                .ttl(Duration.ofHours(1))
                .label("team", "checkout")
                .build();
        ForkSpec customized = new ForkSpec(ForkOf.service("pricing"),
                new Customizations(List.of(new Customizations.Image("shop/pricing:v2", null)), List.of()));

        SandboxSpec changed = base.toBuilder()
                .name("pricing-v2")
                .fork(customized)
                .fork(ForkSpec.of("orders"))
                .ttl(Duration.ofMinutes(10))
                .label("team", "pricing")
                .label("ci", "true")
                .build();

        assertThat(changed.name()).isEqualTo("pricing-v2");
        assertThat(changed.forks()).containsExactly(customized, ForkSpec.of("orders"));
        assertThat(changed.ttl()).contains(Duration.ofMinutes(10));
        assertThat(changed.labels()).containsExactly(entry("team", "pricing"), entry("ci", "true"));
        assertThat(base.toBuilder().build()).isEqualTo(base);
        assertThat(base.forks()).containsExactly(ForkSpec.of("pricing"));
    }

    @Test
    void isImmutable() {
        java.util.ArrayList<ForkSpec> forks = new java.util.ArrayList<>(List.of(ForkSpec.of("pricing")));
        java.util.HashMap<String, String> labels = new java.util.HashMap<>(Map.of("team", "checkout"));
        SandboxSpec spec = new SandboxSpec("s1", forks, null, labels);

        forks.add(ForkSpec.of("orders"));
        labels.put("team", "other");

        assertThat(spec.forks()).hasSize(1);
        assertThat(spec.labels()).containsExactly(entry("team", "checkout"));
        assertThat(spec.ttl()).isEmpty();
        assertThatThrownBy(() -> spec.forks().add(ForkSpec.of("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> spec.labels().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void customizationsGiveTheImageAndTheEnvironment() {
        Customizations customizations = new Customizations(
                List.of(new Customizations.Image("shop/pricing:v2", "pricing"), new Customizations.Image("sidecar:1", "proxy")),
                List.of(new Customizations.EnvVar("A", "1", null), new Customizations.EnvVar("B", null, null),
                        new Customizations.EnvVar("A", "2", null)));

        assertThat(customizations.image()).contains("shop/pricing:v2");
        assertThat(customizations.envMap()).containsExactly(entry("A", "2"), entry("B", ""));
        assertThat(Customizations.NONE.image()).isEmpty();
        assertThatThrownBy(() -> new Customizations.Image(" ", null))
                .hasMessage("customizations.images[].image must not be empty");
        assertThatThrownBy(() -> new Customizations.EnvVar(null, "1", null))
                .hasMessage("customizations.env[].name must not be empty");
    }
}
