package fr.vigie.intake;

/** The partner contract's error messages, French first (the teams are French), then English. */
final class ContractMessages {

    static final String REQUIRED = "obligatoire / required";
    static final String NOT_A_STRING = "doit être une chaîne de caractères / must be a string";
    static final String NOT_AN_OBJECT = "doit être un objet JSON / must be a JSON object";
    static final String NOT_AN_ARRAY = "doit être un tableau JSON / must be a JSON array";
    static final String BLANK = "ne doit pas être vide / must not be blank";
    static final String UNKNOWN_FIELD = "champ inconnu du contrat / unknown field";
    static final String CONTROL_CHARACTERS = "contient des caractères de contrôle interdits / contains forbidden control characters";
    static final String TEXT_ONLY = "Vigie ne conserve que du texte : aucune image, pièce jointe ni donnée binaire "
            + "(les contenus pédocriminels relèvent de PHAROS et de la police) / Vigie holds text only: no images, "
            + "attachments or binary data (child sexual abuse material is for PHAROS and the police)";
    static final String URL = "doit être une URL http ou https avec un hôte / must be an http or https URL with a host";
    static final String INSTANT = "doit être une date ISO 8601 avec fuseau, p. ex. 2026-11-27T21:14:00Z / "
            + "must be an ISO 8601 date-time with offset, e.g. 2026-11-27T21:14:00Z";
    static final String IN_FUTURE = "ne peut pas être dans le futur / cannot be in the future";
    static final String TOO_OLD = "antérieure à 2000 : date invalide / before 2000: invalid date";
    static final String POSTAL_CODE = "doit comporter 5 chiffres / must be 5 digits";
    static final String DEPARTMENT = "numéro de département invalide (01–19, 21–95, 2A, 2B, 971–976) / invalid département";

    private ContractMessages() {
    }

    static String tooLong(int max) {
        return max + " caractères au plus / at most " + max + " characters";
    }

    static String tooMany(int max) {
        return max + " éléments au plus / at most " + max + " items";
    }

    static String oneOf(Enum<?>[] values) {
        var names = java.util.Arrays.stream(values).map(Enum::name).toList();
        return "valeur inconnue, attendue : " + String.join(", ", names) + " / unknown value, expected one of: "
                + String.join(", ", names);
    }
}
