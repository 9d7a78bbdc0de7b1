package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeExtractorTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Léa, 16 ans, dispo        | 16 | 16 ans
            16ans                     | 16 | 16ans
            16a coquine               | 16 | 16a
            J'ai 1 6 ans              | 16 | 1 6 ans
            seize ans                 | 16 | seize ans
            dix-sept ans              | 17 | dix-sept ans
            dix sept ans              | 17 | dix sept ans
            quinze ans                | 15 | quinze ans
            vingt et un ans           | 21 | vingt et un ans
            j'ai 15                   | 15 | j'ai 15
            jai 15 et toi             | 15 | jai 15
            15yo                      | 15 | 15yo
            âge : 16                  | 16 | âge : 16
            âgée de 17 ans            | 17 | 17 ans
            18 ans tout juste         | 18 | 18 ans
            seize printemps           | 16 | seize printemps
            sono Giulia, diciassette anni | 17 | diciassette anni
            am 14 ani, caut           | 14 | 14 ani
            soy Ana, tengo 15         | 15 | tengo 15
            tenho dezasseis anos      | 16 | dezasseis anos
            """)
    void statedAges(String text, int age, String evidence) {
        var ages = AgeExtractor.extract(text, ANALYZER.analyse(text));
        assertThat(ages).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(age);
            assertThat(a.kind()).isEqualTo(AgeMention.Kind.STATED);
            assertThat(a.evidence().text()).isEqualTo(evidence);
            assertThat(text.substring(a.evidence().start(), a.evidence().end())).isEqualTo(evidence);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Coucou c'est Maëlys, 16, je suis dispo | 16 | Maëlys, 16
            ma copine 17, on reçoit                | 17 | copine 17
            Hi I'm Lola, twenty-eight, visiting    | 28 | Lola, twenty-eight
            18 ans dans deux mois                  | 17 | 18 ans
            je vais avoir 17 ans samedi            | 16 | 17 ans
            J'aurai 25 ans en janvier              | 24 | 25 ans
            L'an dernier j'avais 15 ans            | 16 | 15 ans
            Sweet girl 16 y/o                      | 16 | 16 y/o
            16 berges, dispo                       | 16 | 16 berges
            fifteen years old                      | 15 | fifteen years
            18 ans demain, dispo                   | 17 | 18 ans
            18 ans le mois prochain                | 17 | 18 ans
            elle m'a dit qu'elle avait 15 ans      | 15 | 15 ans
            la petite avait 16 ans d'après elle    | 16 | 16 ans
            la fille avait l'air d'avoir 14 ans    | 14 | 14 ans
            Maëlle 15, arrivée à Tours             | 15 | Maëlle 15
            Salut ! Inès 16, dispo ce soir         | 16 | Inès 16
            Jade 16 douce et discrète pour sorties | 16 | Jade 16
            Salut. Lou 15 cherche un généreux      | 15 | Lou 15
            """)
    void agesWithoutUnitOrSaidInAnotherTime(String text, int age, String evidence) {
        var ages = AgeExtractor.extract(text, ANALYZER.analyse(text));
        assertThat(ages).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(age);
            assertThat(a.kind()).isEqualTo(AgeMention.Kind.STATED);
            assertThat(a.evidence().text()).isEqualTo(evidence);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quand j'avais 16 ans, j'ai fugué", "dans le 69, 17", "Nice, 06 39 98 01 01", "Lyon, 13, dispo",
            "Chambre 12, 2e étage", "Quand elle avait 15 ans elle a fugué", "le patron m'a dit que la maison avait 15 ans",
            "Ma grand-mère m'a dit qu'elle avait 16 ans quand elle s'est mariée", "Chambre 15, hôtel du centre",
            "Lot 12, vaisselle ancienne", "Samedi 14, rendez-vous au marché", "Lyon 15, dispo ce soir",
            "Chambre 12 calme et lumineuse", "Box 15 sécurisé", "Vélo 16 pouces bleu", "le bus Ligne 17 cherche un chauffeur",
            "Maison 15 disponible en juin"})
    void noPresentAgeThere(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text)))
                .noneSatisfy(a -> assertThat(a.kind()).isEqualTo(AgeMention.Kind.STATED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"K. : elle a quel âge la petite ?\nR. : 16, mais elle fait plus", "t'as quel âge ? 16, et toi ?",
            "— tu as quel âge ?\n— 16.\n— ok"})
    void aReplyOpeningWithANumberAnswersTheAgeQuestion(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).singleElement().satisfies(a -> {
            assertThat(a.value()).isEqualTo(16);
            assertThat(a.kind()).isEqualTo(AgeMention.Kind.STATED);
            assertThat(a.presented()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Quel âge a votre voiture ? 12, mais elle roule", "Il est quelle heure ? 16, on se voit",
            "elle a quel âge ?\nOn verra demain, 16 h au plus tard"})
    void aNumberAfterAnotherQuestionIsNoAge(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vous savez elle a genre 14 ans            | true
            franchement elle faisait à peine 13 ans  | true
            du coup la fille semblait avoir 14 ans   | true
            du coup la fille avait l'air d'avoir 14 ans | true
            du coup ça fait 15 ans que j'habite ici  | false
            """)
    void anAgeSaidOfAPersonPresentsHer(String text, boolean presented) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).singleElement()
                .satisfies(a -> assertThat(a.presented()).as(text).isEqualTo(presented));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            On est deux, 19 et 16 ans        | 19,16
            enfants de 8, 12 et 15 ans       | 12,15
            """)
    void enumeratedAgesAreEachStated(String text, String values) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).extracting(AgeMention::value)
                .containsExactlyElementsOf(java.util.Arrays.stream(values.split(",")).map(Integer::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '=', textBlock = """
            F 16 Lyon, cherche H         = 16
            f/16/lyon cherche h          = 16
            F16 Lyon                     = 16
            asv ? 15 f marseille         = 15
            Jade / F / 19 / Metz         = 19
            f.16.brest, dispo            = 16
            16.f.nantes, cherche         = 16
            F - seize - Brest            = 16
            a/s/v : quinze / f / lyon    = 15
            17F Lyon dispo ce soir       = 17
            vingt-cinq/F/Marseille       = 25
            Léa | 15 | Rouen | dm        = 15
            Léna | 14 | 13e arrdt | dm   = 14
            Inès - 14 - Montpellier - dm = 14
            Bio: 17 | 🇫🇷 Toulouse      = 17
            ♀ 15 Rennes ce soir          = 15
            (16 ♀ 33) dispo              = 16
            Zoé ~ 15 ~ Brest             = 15
            15 / f / 31 — cherche        = 15
            """)
    void chatProfileLines(String text, int age) {
        assertThat(ChatProfileExtractor.extract(text, ANALYZER.analyse(text))).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo(age));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ouvert H24, je reçois", "dispo h 24 sur Paris", "F 16", "06 39 98 f 16 lyon", "15 h Lyon",
        "rdv 18 h Lyon", "Lot | 12 | pièces", "45 m de la gare", "de 13 - 17 - Lyon",
        "rdv 15 h 69", "Lot ~ 12 ~ pièces"})
    void notChatProfiles(String text) {
        assertThat(ChatProfileExtractor.extract(text, ANALYZER.analyse(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de 15 à 17 ans", "15-17 ans", "entre 15 et 17 ans", "de 15 ans à 17 ans", "16 ou 17 ans"})
    void rangesAreAnAudienceNotAPerson(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text)))
                .allSatisfy(a -> assertThat(a.kind()).isEqualTo(AgeMention.Kind.RANGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+18 ans", "-18 ans"})
    void thresholds(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AgeMention.Kind.THRESHOLD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"j'ai 15 euros", "16 à la suite", "il a 2 ans", "j'ai 15 enfants", "seize"})
    void notAges(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18 ans de conduite sans accident", "17 ans de boulangerie artisanale", "20 ans d'expérience",
            "Whisky 12 ans d'âge"})
    void yearsOfSomethingAreADuration(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AgeMention.Kind.DURATION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Léa 16 ans de passage à Lyon", "16 ans de Toulouse, dispo", "j'ai 16 ans de retour sur Nice",
            "16 ans, de bonne humeur", "il propose à une ado de 16 ans de l'héberger", "une fille de 15 ans de l’Essonne"})
    void anAgeBeforeDeThatIsNoCountOfYears(String text) {
        assertThat(AgeExtractor.extract(text, ANALYZER.analyse(text))).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AgeMention.Kind.STATED));
    }

    @ParameterizedTest(name = "{0} seen {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            née en 2010                | 2026-11-27 | 2010 | 15 | née en 2010
            née le 3/4/2010            | 2026-11-27 | 2010 | 16 | née le 3/4/2010
            née le 28/11/2010          | 2026-11-27 | 2010 | 15 | née le 28/11/2010
            née le 03.04.2010          | 2026-11-27 | 2010 | 16 | née le 03.04.2010
            née le 3 avril 2010        | 2026-11-27 | 2010 | 16 | née le 3 avril 2010
            je suis de 2009            | 2026-11-27 | 2009 | 16 | de 2009
            Né en 2000, sportif        | 2026-11-27 | 2000 | 25 | Né en 2000
            née en 2008                | 2026-12-31 | 2008 | 18 | née en 2008
            DDN : 03/2009              | 2026-11-27 | 2009 | 17 | DDN : 03/2009
            née en mars 2009           | 2026-11-27 | 2009 | 17 | née en mars 2009
            née le 1er septembre 2008  | 2026-11-27 | 2008 | 18 | née le 1er septembre 2008
            date de naissance 2010-05-04 | 2026-11-27 | 2010 | 16 | naissance 2010-05-04
            née en deux mille sept     | 2026-11-27 | 2007 | 18 | née en deux mille sept
            née en '09                 | 2026-11-27 | 2009 | 16 | née en '09
            petite 2010 dispo          | 2026-11-27 | 2010 | 15 | petite 2010
            une 2k10 dispo             | 2026-11-27 | 2010 | 15 | une 2k10
            née le 12/03/10            | 2026-11-27 | 2010 | 16 | née le 12/03/10
            née le 12.12.08            | 2026-11-27 | 2008 | 17 | née le 12.12.08
            DDN : mars 09              | 2026-11-27 | 2009 | 17 | DDN : mars 09
            DN 30/01/11 — cherche      | 2026-12-02 | 2011 | 15 | DN 30/01/11
            DN trente janvier deux mille onze | 2026-12-02 | 2011 | 15 | DN trente janvier deux mille onze
            née en deux milles neuf    | 2026-11-27 | 2009 | 16 | née en deux milles neuf
            une deux mille dix sérieuse | 2026-11-27 | 2010 | 15 | une deux mille dix
            born in 2010, available    | 2026-11-27 | 2010 | 15 | born in 2010
            DOB 03/2010                | 2026-11-27 | 2010 | 16 | DOB 03/2010
            """)
    void birthYearsGiveTheAgeAtObservation(String text, LocalDate observed, int year, int age, String evidence) {
        var births = BirthYearExtractor.extract(text, ANALYZER.analyse(text), observed);
        assertThat(births).singleElement().satisfies(b -> {
            assertThat(b.year()).isEqualTo(year);
            assertThat(b.age()).isEqualTo(age);
            assertThat(b.evidence().text()).isEqualTo(evidence);
        });
    }

    /** The ages the whole extraction gives (stated, computed by arithmetic, from majority with a distance, chat profiles). */
    private static List<AgeMention> allAges(String text) {
        var normalised = NormalisedText.of(text);
        var tokens = ANALYZER.analyse(normalised);
        return Extraction.of(normalised, tokens, new TokenNumbers(tokens), LocalDate.of(2026, 11, 27)).ages();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            J'aurai 18 en février, en attendant je cherche            | 17
            16 ans, dispo demain aprem                                 | 16
            Encore 6 mois et j'ai 18 ans, on se voit                   | 17
            Encore six mois avant mes dix-huit ans                     | 17
            Il me reste 3 ans avant mes 18, je cherche un sugar        | 15
            Plus que trois ans à attendre avant mes 18 ans             | 15
            Je fête mes 18 ans en mars, d'ici là                       | 17
            J'ai fêté mes 18 ans en mars                               | 18
            Bientôt 19 ans, nouvelle                                   | 18
            sugar baby bientôt 18, je veux                             | 17
            j'en ai 17 maintenant                                      | 17
            im 15 and bored                                            | 15
            i'm 16, looking for                                        | 16
            i am sixteen, looking for                                  | 16
            Lvl 17 irl, main support                                   | 17
            New girl in town, 19, my manager                           | 19
            Encore 2 jours à Lyon, 25 ans, écris-moi                   | 25
            J'ai deux ans de moins que ma sœur qui en a 18             | 16
            Mon frère a 20 ans, moi j'ai quatre ans de moins           | 16
            J'ai trois ans de plus que mon copain qui en a 23          | 26
            Mon cousin a 30 ans et moi la moitié                       | 15
            J'ai le double de l'âge de mon frère qui a 12 ans          | 24
            14+2 ans, cherche                                          | 16
            Dans un an je serai majeure, en attendant                  | 17
            Majeure dans quatre mois, je reçois                        | 17
            Majeure depuis trois jours, première annonce               | 18
            majeure l'an prochain, en attendant                        | 17
            Encore un an et je suis majeure, rdv                       | 17
            Je serai majeur le 3 mars, écris-moi                       | 17
            majeure le vingt-deux avril, rdv                           | 17
            majeure en février, en attendant                           | 17
            Ma sœur a 19 ans et moi quatre de moins, je cherche        | 15
            Seventeen and looking for fun tonight                      | 17
            Sixteen, new in town                                       | 16
            """)
    void agesSaidInAnotherTimeOrByArithmetic(String text, int age) {
        assertThat(allAges(text)).filteredOn(a -> a.kind() == AgeMention.Kind.STATED).extracting(AgeMention::value)
                .containsExactly(age);
    }

    @ParameterizedTest
    @ValueSource(strings = {"J'ai deux ans de moins que ma sœur qui en a 18", "J'ai le double de l'âge de mon frère qui a 12 ans"})
    void theAgeCountedFromIsAReferenceNotThePersonOffered(String text) {
        assertThat(allAges(text)).filteredOn(a -> a.kind() == AgeMention.Kind.REFERENCE).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chambre double, 25 ans", "pas encore majeure, dispo", "bientôt majeure ;) je me déplace",
        "25 ans, 4 de moins sur la facture", "Fifteen minutes from the station, 25 ans"})
    void noArithmeticWithoutItsWords(String text) {
        assertThat(allAges(text)).allSatisfy(a -> assertThat(a.value()).isIn(25));
    }
}
