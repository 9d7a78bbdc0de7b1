package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"06 39 98 00 01", "0639980001", "+33 6 39 98 00 01", "+33639980001", "0033 6 39 98 00 01",
        "06.39.98.00.01", "06-39-98-00-01", "+33 (0)6 39 98 00 01", "33639980001", " 06 39 98 00 01 ", "06\u00A039\u00A098\u00A000\u00A001"})
    void everyWritingOfAFrenchPhoneIsTheSameContact(String writing) {
        var key = ContactKey.parse(writing).orElseThrow();
        assertThat(key.phone()).isTrue();
        assertThat(key.value()).isEqualTo("+33639980001");
        assertThat(key.display()).isEqualTo("06 39 98 00 01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@Exemple_Veille", "exemple_veille", "EXEMPLE_VEILLE", "@exemple_veille.."})
    void aHandleWithOrWithoutItsAtIsTheSameContact(String writing) {
        var key = ContactKey.parse(writing).orElseThrow();
        assertThat(key.phone()).isFalse();
        assertThat(key.value()).isEqualTo("exemple_veille");
        assertThat(key.display()).isEqualTo("@exemple_veille");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "06 39 98", "0039 6 39 98 00 01", "00 39 98 00 01 00", "+1 212 555 0100", "06 39 98 00 01 99",
        "a", "<script>", "x' or '1'='1", "@", "@@name", "name with space", "+33+6 39 98 00 01", "é", "\u0000abc"})
    void anythingElseIsNoContact(String writing) {
        assertThat(ContactKey.parse(writing)).isEmpty();
    }

    @Test
    void aVeryLongInputIsNoContact() {
        assertThat(ContactKey.parse("a".repeat(101))).isEmpty();
        assertThat(ContactKey.parse(null)).isEmpty();
    }
}
