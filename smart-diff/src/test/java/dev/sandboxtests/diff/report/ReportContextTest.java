package dev.sandboxtests.diff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportContextTest {

    @Test
    void attributesAreSortedByNameAndCannotBeChanged() {
        Map<String, String> attributes = new HashMap<>();
        attributes.put("zone", "eu-1");
        attributes.put("commit", "3f2a9c1");
        attributes.put("build", "17");

        ReportContext context = new ReportContext(null, null, null, null, null, null, attributes);
        attributes.put("late", "x");

        assertThat(context.attributes().keySet()).containsExactly("build", "commit", "zone");
        assertThatThrownBy(() -> context.attributes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAttributeWithoutValueIsRefused() {
        assertThatThrownBy(() -> ReportContext.builder().attribute("commit", null))
                .isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void theRequestIsWhicheverOfMethodAndUriIsKnown() {
        assertThat(ReportContext.builder().request("GET", "/orders").build().request()).isEqualTo("GET /orders");
        assertThat(ReportContext.builder().request("GET", null).build().request()).isEqualTo("GET");
        assertThat(ReportContext.builder().request(null, "/orders").build().request()).isEqualTo("/orders");
        assertThat(ReportContext.empty().request()).isNull();
    }

    @Test
    void aContextWithNothingSetIsEmpty() {
        assertThat(ReportContext.empty().isEmpty()).isTrue();
        assertThat(ReportContext.builder().build()).isEqualTo(ReportContext.empty());
        assertThat(Fixtures.CONTEXT.isEmpty()).isFalse();
    }
}
