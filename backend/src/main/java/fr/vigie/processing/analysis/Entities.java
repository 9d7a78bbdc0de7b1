package fr.vigie.processing.analysis;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the text says about whom and how to reach them, in the shape of SPEC's
 * {@code entities}: phones in E.164, handles (lower case, no @), stated ages, birth years,
 * school levels, places; plus {@code mentions}, where each one is in the original text.
 * Values are distinct, in order of first appearance.
 */
public record Entities(
        List<String> phones,
        List<String> handles,
        List<Integer> ages,
        List<Integer> birthYears,
        List<String> schoolLevels,
        List<String> places,
        List<Mention> mentions) {

    public Entities {
        phones = List.copyOf(phones);
        handles = List.copyOf(handles);
        ages = List.copyOf(ages);
        birthYears = List.copyOf(birthYears);
        schoolLevels = List.copyOf(schoolLevels);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
    }

    /**
     * These entities with the phones and handles of {@code listed} added after them (the contacts
     * a reporter listed, analysed apart from the text): values stay distinct, mentions stay
     * those of the text.
     */
    public Entities withContactsOf(Entities listed) {
        return new Entities(union(phones, listed.phones), union(handles, listed.handles), ages, birthYears, schoolLevels,
                places, mentions);
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        var all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** One entity where it was found: {@code kind} is phone, handle, age, birthYear, schoolLevel or place. */
    public record Mention(String kind, String value, Evidence evidence) {
    }
}
