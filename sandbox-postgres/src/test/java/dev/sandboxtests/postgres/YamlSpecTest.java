package dev.sandboxtests.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sandboxtests.reaper.Reaper;
import dev.sandboxtests.resources.SandboxResources;
import dev.sandboxtests.spec.SandboxSpec;
import dev.sandboxtests.spec.SandboxSpecReader;
import org.junit.jupiter.api.Test;

/** A resource declared in a sandbox YAML, as the README shows it, reaches the plugin with its params. */
@TestServer
class YamlSpecTest {

    @Test
    void theResourceOfASandboxYamlIsCreatedFromItsTemplateAndMigrated(EmbeddedPostgresServer server) throws Exception {
        Databases.seedTemplate(server, "yaml_seed");
        SandboxSpec spec = SandboxSpecReader.readResource(getClass().getClassLoader(), "sandboxes/gift-wrap.yaml");
        try (RunContext context = RunContext.on(server);
             SandboxResources resources = SandboxResources.create(spec, "yaml1", context, Reaper.disabled())) {
            assertThat(resources.environment()).containsEntry("ORDERS_DB_DATABASE", "sbx_yaml1_orders_db");
            assertThat(Databases.columns(server, "sbx_yaml1_orders_db", "orders")).containsExactly("id", "item", "gift_wrap");
        }
        assertThat(Databases.exists(server, "sbx_yaml1_orders_db")).isFalse();
    }
}
