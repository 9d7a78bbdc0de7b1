package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic numbers only (06 00 00 00 0x, 07 00 00 00 0x, 01 00 00 00 0x). */
class PhoneExtractorTest {

    private static PhoneExtractor.Phone only(String text) {
        var phones = PhoneExtractor.extract(NormalisedText.of(text));
        assertThat(phones).as("phones in %s", text).hasSize(1);
        return phones.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            appelle le 06 00 00 00 01 vite      | +33600000001 | 06 00 00 00 01
            0600000001                          | +33600000001 | 0600000001
            06.00.00.00.01                      | +33600000001 | 06.00.00.00.01
            06-00-00-00-01                      | +33600000001 | 06-00-00-00-01
            tel: +33 6 00 00 00 01              | +33600000001 | +33 6 00 00 00 01
            +33600000001                        | +33600000001 | +33600000001
            0033 6 00 00 00 01                  | +33600000001 | 0033 6 00 00 00 01
            +33 (0)6 00 00 00 01                | +33600000001 | +33 (0)6 00 00 00 01
            O6 00 00 00 01                      | +33600000001 | O6 00 00 00 01
            o6 oo oo oo o1                      | +33600000001 | o6 oo oo oo o1
            0 6 0 0 0 0 0 0 0 1                 | +33600000001 | 0 6 0 0 0 0 0 0 0 1
            07 00 00 00 02                      | +33700000002 | 07 00 00 00 02
            fixe 01 00 00 00 03                 | +33100000003 | 01 00 00 00 03
            09 00 00 00 04                      | +33900000004 | 09 00 00 00 04
            060 000 00 01                       | +33600000001 | 060 000 00 01
            06 00 00 l0 0l                      | +33600001001 | 06 00 00 l0 0l
            06 00 00\\n00 01                     | +33600000001 | 06 00 00\\n00 01
            06•00•00•00•01                      | +33600000001 | 06•00•00•00•01
            06·00·00·00·01                      | +33600000001 | 06·00·00·00·01
            O6 00 00 00 Ol                      | +33600000001 | O6 00 00 00 Ol
            06 00 0B 00 G1                      | +33600080061 | 06 00 0B 00 G1
            06▪00▪00▪00▪01                      | +33600000001 | 06▪00▪00▪00▪01
            """)
    void normalisesToE164WithTheOriginalWordsAsEvidence(String text, String e164, String evidence) {
        var phone = only(text.replace("\\n", "\n"));
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.evidence().text()).isEqualTo(evidence.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0\uFE0F\u20E36\uFE0F\u20E3 0\uFE0F\u20E30\uFE0F\u20E3 00 00 01",
            "06\u200B00\u200B00\u200B00\u200B01",
            "\uFF10\uFF16\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11",
            "06 00 00 00 0 1"})
    void obfuscatedDigitsAreStillFound(String text) {
        assertThat(only(text).e164()).isEqualTo("+33600000001");
        assertThat(text).contains(only(text).evidence().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 00 00 00 01 / 07 00 00 00 02", "06 00 00 00 01 07 00 00 00 02", "0600000001, 0700000002"})
    void twoNumbersSideBySideAreBothFound(String text) {
        assertThat(PhoneExtractor.extract(NormalisedText.of(text))).extracting(PhoneExtractor.Phone::e164)
                .containsExactly("+33600000001", "+33700000002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0012345678", "Référence 123456789012", "né le 12/04/2010", "prix 20 euros", "06 00 00 00",
            "commande 10600000001", "ou bien oooo", "16 ans", "Il 06 00 00 00", "SIRET 812 345 678 00019",
            "livraison au 75011 le 26/11/2026", "Concert le 06/12 à 20 h 30, places à 12 €", "06 00 00 00 Il pleut",
            "Horaires : 06 h 30 - 19 h 00, fermé le 01/01 et le 25/12"})
    void notAPhone(String text) {
        assertThat(PhoneExtractor.extract(NormalisedText.of(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sms zéro six 00 00 douze 01          | +33600001201
            appelle zéro six zéro zéro zéro zéro zéro zéro zéro un | +33600000001
            appelle zéro six, zéro zéro, douze, zéro zéro, zéro un | +33600120001
            """)
    void digitsWrittenAsWords(String text, String e164) {
        var tokens = new VigieFrenchAnalyzer().analyse(text);
        assertThat(PhoneExtractor.extractWorded(text, tokens, new TokenNumbers(tokens))).singleElement()
                .satisfies(p -> assertThat(p.e164()).isEqualTo(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deux mille dix", "06 00 00 00 un jour", "zéro six 00 00 01"})
    void wordsThatAreNoPhone(String text) {
        var tokens = new VigieFrenchAnalyzer().analyse(text);
        assertThat(PhoneExtractor.extractWorded(text, tokens, new TokenNumbers(tokens))).isEmpty();
    }
}
