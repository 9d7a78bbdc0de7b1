package fr.vigie.processing.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Lucene's implementation of {@link NormalisedWordAttribute} (public for reflection). */
public final class NormalisedWordAttributeImpl extends AttributeImpl implements NormalisedWordAttribute {

    private String word = "";

    @Override
    public String word() {
        return word;
    }

    @Override
    public void setWord(String word) {
        this.word = word;
    }

    @Override
    public void clear() {
        word = "";
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((NormalisedWordAttribute) target).setWord(word);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(NormalisedWordAttribute.class, "word", word);
    }
}
