package fr.vigie.processing.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Everything extracted from one text: the typed mentions the rules read (with token positions
 * for context) and the {@link Entities} shown to the worker.
 */
record Extraction(List<AgeMention> ages, List<BirthYearMention> birthYears, Entities entities) {

    static Extraction of(NormalisedText normalised, List<Token> tokens, TokenNumbers numbers, LocalDate observed) {
        String original = normalised.original();
        var phones = withWordedPhones(withWordedPhones(withWordedPhones(PhoneExtractor.extract(normalised),
                PhoneExtractor.extractWorded(original, tokens, numbers)), NamedPrefixPhone.extract(normalised)),
                PhoneInHalves.extract(normalised));
        var handles = HandleExtractor.extract(normalised);
        var read = AppearanceAge.apply(tokens,
                ClaimedAge.apply(tokens, RelativeAge.apply(original, tokens, numbers, AgeExtractor.extract(original, tokens, numbers, observed))));
        var ages = withOthers(withOthers(withOthers(read, ChatProfileExtractor.extract(original, tokens, numbers)),
                ChatProfileOrders.extract(original, tokens, numbers)), MajorityAge.extract(original, tokens, numbers));
        ages = withOthers(ages, RomanAge.extract(original, tokens));
        ages = withOthers(ages, YearOfLife.extract(original, tokens));
        ages = withOthers(ages, AgeAndSexLetter.extract(original, tokens));
        var sought = SoughtProfile.extract(original, tokens, numbers);
        // the sought profiles win over any other reading of the same words ("ch F 16 17 ans" is no one's stated 17)
        ages = sought.isEmpty() ? ages : withOthers(sought, ages);
        var births = BirthYearExtractor.extract(original, tokens, numbers, observed);
        var schools = SchoolLevelExtractor.extract(original, tokens);
        var places = PlaceExtractor.extract(normalised, tokens);
        var stated = new ArrayList<AgeMention>();
        for (AgeMention age : ages) {
            // the ages the text gives people now: stated, the bounds of a range ("16-17 ans"), an age another is counted from
            if (age.kind() == AgeMention.Kind.STATED || age.kind() == AgeMention.Kind.RANGE
                    || age.kind() == AgeMention.Kind.REFERENCE || age.kind() == AgeMention.Kind.SOUGHT) {
                stated.add(age);
            }
        }

        var mentions = new ArrayList<Entities.Mention>();
        phones.forEach(p -> mentions.add(new Entities.Mention("phone", p.e164(), p.evidence())));
        handles.forEach(h -> mentions.add(new Entities.Mention("handle", h.name(), h.evidence())));
        stated.forEach(a -> mentions.add(new Entities.Mention("age", Integer.toString(a.value()), a.evidence())));
        births.forEach(b -> mentions.add(new Entities.Mention("birthYear", Integer.toString(b.year()), b.evidence())));
        schools.forEach(s -> mentions.add(new Entities.Mention("schoolLevel", s.level(), s.evidence())));
        places.forEach(p -> mentions.add(new Entities.Mention("place", p.name(), p.evidence())));
        mentions.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));

        var entities = new Entities(
                distinct(phones, PhoneExtractor.Phone::e164),
                distinct(handles, HandleExtractor.Handle::name),
                distinct(stated, AgeMention::value),
                distinct(births, BirthYearMention::year),
                distinct(schools, SchoolLevelExtractor.SchoolLevel::level),
                distinct(places, PlaceExtractor.Place::name),
                mentions);
        return new Extraction(ages, births, entities);
    }

    /** Phones written partly in words, added unless the same number was read from digits. */
    private static List<PhoneExtractor.Phone> withWordedPhones(List<PhoneExtractor.Phone> phones, List<PhoneExtractor.Phone> worded) {
        if (worded.isEmpty()) {
            return phones;
        }
        var all = new ArrayList<>(phones);
        for (var phone : worded) {
            if (phones.stream().noneMatch(p -> p.e164().equals(phone.e164()))) {
                all.add(phone);
            }
        }
        all.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        return all;
    }

    /** Ages read another way (chat-profile lines, majority with a distance) added where no other age was read, in text order. */
    private static List<AgeMention> withOthers(List<AgeMention> ages, List<AgeMention> profiles) {
        if (profiles.isEmpty()) {
            return ages;
        }
        var all = new ArrayList<>(ages);
        for (AgeMention profile : profiles) {
            if (ages.stream().noneMatch(a -> a.firstToken() < profile.endToken() && profile.firstToken() < a.endToken())) {
                all.add(profile);
            }
        }
        all.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return all;
    }

    private static <T, V> List<V> distinct(List<T> items, Function<T, V> value) {
        if (items.isEmpty()) {
            return List.of();
        }
        var values = new LinkedHashSet<V>();
        for (T item : items) {
            values.add(value.apply(item));
        }
        return List.copyOf(values);
    }
}
