package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same ad's address however it was copied: one canonical form, or none for what is not a web address. */
class CanonicalUrlTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://example.org/annonces/1|https://example.org/annonces/1",
            "HTTPS://Example.ORG/annonces/1|https://example.org/annonces/1",
            "'  https://example.org/annonces/1  '|https://example.org/annonces/1",
            "https://example.org:443/annonces/1|https://example.org/annonces/1",
            "http://example.org:80/annonces/1|http://example.org/annonces/1",
            "http://example.org:8080/annonces/1|http://example.org:8080/annonces/1",
            "https://example.org|https://example.org/",
            "https://example.org/annonces/1#photos|https://example.org/annonces/1",
            "https://example.org/a?utm_source=x&utm_medium=y|https://example.org/a",
            "https://example.org/a?fbclid=1&gclid=2&ref=home&id=7|https://example.org/a?id=7",
            "https://example.org/a?UTM_Campaign=x&id=7|https://example.org/a?id=7",
            "https://example.org/a?b=2&a=1|https://example.org/a?a=1&b=2",
            "https://example.org/a?&&id=7&|https://example.org/a?id=7",
            "https://example.org/A/Chemin|https://example.org/A/Chemin",
            "https://example.org/a%20b?q=%C3%A9|https://example.org/a%20b?q=%C3%A9",
    })
    void theSameAdHasOneAddress(String raw, String canonical) {
        assertThat(CanonicalUrl.of(raw)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.org/a", "mailto:exemple@example.org", "javascript:alert(1)",
            "example.org/annonces/1", "https://", "http:///chemin", "https://exa mple.org/", "not a url", "" })
    void whatIsNotAnHttpAddressWithAHostHasNoCanonicalForm(String raw) {
        assertThat(CanonicalUrl.of(raw)).isEmpty();
    }
}
