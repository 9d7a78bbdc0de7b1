package fr.vigie.processing.analysis;

import org.apache.lucene.util.Attribute;

/**
 * The token as it was just before stemming (lower-cased, folded, de-leeted): entity extraction
 * reads ages and number words on this form, rules may match on it or on the stem. Public only
 * because Lucene instantiates attributes reflectively.
 */
public interface NormalisedWordAttribute extends Attribute {

    String word();

    void setWord(String word);
}
