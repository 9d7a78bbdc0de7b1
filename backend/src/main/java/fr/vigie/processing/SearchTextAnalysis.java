package fr.vigie.processing;

import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.vigie.processing.analysis.Token;
import fr.vigie.processing.analysis.VigieFrenchAnalyzer;
import fr.vigie.search.TextAnalysis;

/** Search's analysis: the very analyzer scoring uses ({@link VigieFrenchAnalyzer}). */
@Component
class SearchTextAnalysis implements TextAnalysis {

    private final VigieFrenchAnalyzer analyzer = new VigieFrenchAnalyzer();

    @Override
    public List<String> terms(String text) {
        return text == null || text.isEmpty() ? List.of() : analyzer.analyse(text).stream().map(Token::term).toList();
    }

    @Override
    public List<Mark> marks(String text, List<String> queryTerms) {
        if (text == null || text.isEmpty() || queryTerms.isEmpty()) {
            return List.of();
        }
        var wanted = new HashSet<>(queryTerms);
        return analyzer.analyse(text).stream().filter(t -> wanted.contains(t.term())).map(t -> new Mark(t.start(), t.end())).toList();
    }
}
