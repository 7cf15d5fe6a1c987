package dev.sandboxtests.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sandboxtests.settings.InvalidSettingException;
import dev.sandboxtests.settings.SandboxSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The provider's settings read their values and say what to write when a value is wrong. */
class KubernetesSettingsTest {

    @Test
    void theMeshIsIstioOrGatewayApi() {
        assertThat(settings("sandbox.kubernetes.mesh", "Gateway-API").get(KubernetesSettings.MESH))
                .isEqualTo(KubernetesSettings.Mesh.GATEWAY_API);
        assertThat(SandboxSettings.withParameters(Map.of()).get(KubernetesSettings.MESH)).isEqualTo(KubernetesSettings.Mesh.ISTIO);
        assertThatThrownBy(() -> settings("sandbox.kubernetes.mesh", "linkerd").get(KubernetesSettings.MESH))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("use istio or gateway-api");
    }

    @Test
    void endpointsAreServiceEqualsUrlPairs() {
        assertThat(settings("sandbox.kubernetes.endpoints", "orders=http://localhost:8080 , pricing=http://localhost:8081")
                .get(KubernetesSettings.ENDPOINTS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("orders", "http://localhost:8080", "pricing", "http://localhost:8081"));
    }

    @Test
    void everySettingIsListedOnceUnderItsOwnPrefix() {
        assertThat(KubernetesSettings.ALL).doesNotHaveDuplicates()
                .allSatisfy(setting -> assertThat(setting.key()).startsWith("sandbox.kubernetes."));
    }

    private static SandboxSettings settings(String key, String value) {
        return SandboxSettings.withParameters(Map.of(key, value));
    }
}
