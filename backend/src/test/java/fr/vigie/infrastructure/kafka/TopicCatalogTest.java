package fr.vigie.infrastructure.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicCatalogTest {

    @Test
    void theShippedCatalogueDeclaresTheThreeTopicsWithExplicitRetention() {
        var catalog = TopicCatalog.fromClasspath();

        assertThat(catalog.topics()).extracting(TopicCatalog.TopicDefinition::name)
                .containsExactly("vigie.reports.submitted", "vigie.reports.submitted.dlt", "vigie.reports.events");
        var intake = catalog.get("vigie.reports.submitted");
        assertThat(intake.configs()).containsEntry("cleanup.policy", "delete").containsKey("retention.ms");
        assertThat(catalog.get("vigie.reports.submitted.dlt").partitions())
                .as("the dead-letter topic keeps the source partition").isEqualTo(intake.partitions());
        assertThat(catalog.get("vigie.reports.events").configs()).containsEntry("cleanup.policy", "compact");
    }

    @Test
    void badLinesAreRejectedWithTheLine() {
        assertThatThrownBy(() -> TopicCatalog.parse(List.of("only-a-name")))
                .hasMessageContaining("only-a-name");
        assertThatThrownBy(() -> TopicCatalog.parse(List.of("t 1 retention.ms")))
                .hasMessageContaining("retention.ms");
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        var catalog = TopicCatalog.parse(List.of("# comment", "", "  t  2  a=1,b=2  "));
        assertThat(catalog.topics()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("t");
            assertThat(t.partitions()).isEqualTo(2);
            assertThat(t.configs()).containsEntry("a", "1").containsEntry("b", "2");
        });
    }
}
