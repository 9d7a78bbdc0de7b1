package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers from the ranges reserved for fiction (06 39 98 xx xx, 01 99 00 xx xx); 07 and 09 numbers
 * in the shape of those (07 39 98 …, 09 39 98 …) for the prefixes that have no such range.
 */
class PhoneExtractorTest {

    private static PhoneExtractor.Phone only(String text) {
        var phones = PhoneExtractor.extract(NormalisedText.of(text));
        assertThat(phones).as("phones in %s", text).hasSize(1);
        return phones.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            appelle le 06 39 98 00 01 vite      | +33639980001 | 06 39 98 00 01
            0639980001                          | +33639980001 | 0639980001
            06.39.98.00.01                      | +33639980001 | 06.39.98.00.01
            06-39-98-00-01                      | +33639980001 | 06-39-98-00-01
            tel: +33 6 39 98 00 01              | +33639980001 | +33 6 39 98 00 01
            +33639980001                        | +33639980001 | +33639980001
            0033 6 39 98 00 01                  | +33639980001 | 0033 6 39 98 00 01
            +33 (0)6 39 98 00 01                | +33639980001 | +33 (0)6 39 98 00 01
            O6 39 98 00 01                      | +33639980001 | O6 39 98 00 01
            o6 39 98 oo o1                      | +33639980001 | o6 39 98 oo o1
            0 6 3 9 9 8 0 0 0 1                 | +33639980001 | 0 6 3 9 9 8 0 0 0 1
            07 39 98 00 02                      | +33739980002 | 07 39 98 00 02
            fixe 01 99 00 00 03                 | +33199000003 | 01 99 00 00 03
            09 39 98 00 04                      | +33939980004 | 09 39 98 00 04
            063 998 00 01                       | +33639980001 | 063 998 00 01
            06 39 98 l0 0l                      | +33639981001 | 06 39 98 l0 0l
            06 39 98\\n00 01                     | +33639980001 | 06 39 98\\n00 01
            06•39•98•00•01                      | +33639980001 | 06•39•98•00•01
            06·39·98·00·01                      | +33639980001 | 06·39·98·00·01
            O6 39 98 00 Ol                      | +33639980001 | O6 39 98 00 Ol
            O6 39 98 OO Ol                      | +33639980001 | O6 39 98 OO Ol
            06 39 98 OO lO                      | +33639980010 | 06 39 98 OO lO
            06 39 9B 00 G1                      | +33639980061 | 06 39 9B 00 G1
            06▪39▪98▪00▪01                      | +33639980001 | 06▪39▪98▪00▪01
            06 39 98 00 0\\n1 ce soir             | +33639980001 | 06 39 98 00 0\\n1
            O6 39 98 ll O7                      | +33639981107 | O6 39 98 ll O7
            06 🔸39 🔸98 🔸00 🔸01 ce soir          | +33639980001 | 06 🔸39 🔸98 🔸00 🔸01
            06❤️39❤️98❤️00❤️01                      | +33639980001 | 06❤️39❤️98❤️00❤️01
            mon 06 39 98 puis 00 01 pour la fin | +33639980001 | 06 39 98 puis 00 01
            06 39 98 et ensuite 0001            | +33639980001 | 06 39 98 et ensuite 0001
            """)
    void normalisesToE164WithTheOriginalWordsAsEvidence(String text, String e164, String evidence) {
        var phone = only(text.replace("\\n", "\n"));
        assertThat(phone.e164()).isEqualTo(e164);
        assertThat(phone.evidence().text()).isEqualTo(evidence.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0\uFE0F\u20E36\uFE0F\u20E3 3\uFE0F\u20E39\uFE0F\u20E3 98 00 01",
            "06\u200B39\u200B98\u200B00\u200B01",
            "\uFF10\uFF16\uFF13\uFF19\uFF19\uFF18\uFF10\uFF10\uFF10\uFF11",
            "06 39 98 00 0 1"})
    void obfuscatedDigitsAreStillFound(String text) {
        assertThat(only(text).e164()).isEqualTo("+33639980001");
        assertThat(text).contains(only(text).evidence().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 39 98 00 01 / 07 39 98 00 02", "06 39 98 00 01 07 39 98 00 02", "0639980001, 0739980002"})
    void twoNumbersSideBySideAreBothFound(String text) {
        assertThat(PhoneExtractor.extract(NormalisedText.of(text))).extracting(PhoneExtractor.Phone::e164)
                .containsExactly("+33639980001", "+33739980002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0012345678", "Référence 123456789012", "né le 12/04/2010", "prix 20 euros", "06 39 98 00",
            "commande 10639980001", "ou bien oooo", "16 ans", "Il 06 39 98 00", "SIRET 812 345 678 00019",
            "livraison au 75011 le 26/11/2026", "Concert le 06/12 à 20 h 30, places à 12 €", "06 39 98 00 Il pleut", "O6 39 98 OO Il pleut",
            "Horaires : 06 h 30 - 19 h 00, fermé le 01/01 et le 25/12", "Article 0199 0087 41 en promotion",
            "modèle 0639 9800 01 en stock", "prix 45\\n12 places", "06 39 98 puis 00 01 02 en tout",
            "rdv 06 10 12 puis 14 heures", "le 06 12 2026 puis 10 h"})
    void notAPhone(String text) {
        assertThat(PhoneExtractor.extract(NormalisedText.of(text.replace("\\n", "\n")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sms zéro six 39 98 douze 01          | +33639981201
            appelle zéro six trois neuf neuf huit zéro zéro zéro un | +33639980001
            appelle zéro six, trente-neuf, quatre-vingt-dix-huit, zéro zéro, zéro un | +33639980001
            sms au zéro6-39-98-00-01 pour un rdv | +33639980001
            appelle le 0 six 39 98 00 07          | +33639980007
            tel zéro 6 trente-neuf 98 00 07       | +33639980007
            0 six 39 quatre-vingt-dix-huit 00 07   | +33639980007
            mon numéro zéro zéro trente-trois six trente-neuf quatre-vingt-dix-huit douze zéro un | +33639981201
            """)
    void digitsWrittenAsWords(String text, String e164) {
        var tokens = new VigieFrenchAnalyzer().analyse(text);
        assertThat(PhoneExtractor.extractWorded(text, tokens, new TokenNumbers(tokens))).singleElement()
                .satisfies(p -> assertThat(p.e164()).isEqualTo(e164));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deux mille dix", "06 39 98 00 un jour", "zéro six 39 98 01",
            "2 enfants de six ans et 0 souci, 39 98 00 07", "0 six 39 98 00",
            "zéro zéro trente-trois zéro six trente-neuf quatre-vingt-dix-huit zéro zéro", "zéro zéro trente-trois six"})
    void wordsThatAreNoPhone(String text) {
        var tokens = new VigieFrenchAnalyzer().analyse(text);
        assertThat(PhoneExtractor.extractWorded(text, tokens, new TokenNumbers(tokens))).isEmpty();
    }
}
