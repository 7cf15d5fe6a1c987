package dev.sandboxtests.diff.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationsTest {

    @Test
    void aLocationThatFitsIsKeptWhole() {
        assertThat(Locations.shorten("/orders/0/total", 20)).isEqualTo("/orders/0/total");
        assertThat(Locations.shorten("header:content-type", 19)).isEqualTo("header:content-type");
    }

    @Test
    void aLongLocationKeepsItsEndFromASegmentBoundary() {
        assertThat(Locations.shorten("/orders/0/lines/3/price/amount", 20)).isEqualTo("…/3/price/amount");
    }

    @Test
    void aLongLocationWithoutABoundaryInItsEndIsCutThere() {
        assertThat(Locations.shorten("/" + "x".repeat(30), 10)).isEqualTo("…" + "x".repeat(10));
    }
}
