package fr.vigie.infrastructure.elasticsearch.plugin;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analysis components a real cluster gets from its {@code analysis-common} module, which is
 * not published on Maven Central: built here from {@code lucene-analysis-common} (the server's
 * own Lucene version) under the same names and settings, so that Vigie's index settings are valid
 * on the embedded node and on a real cluster alike.
 */
public class FrenchAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        return Map.of(
                "mapping", AnalysisPlugin.requiresAnalysisSettings((index, env, name, settings) -> {
                    NormalizeCharMap map = MappingRules.parse(settings.getAsList("mappings"));
                    return new NormalizingCharFilter(name, reader -> new MappingCharFilter(map, reader));
                }),
                "pattern_replace", AnalysisPlugin.requiresAnalysisSettings((index, env, name, settings) -> {
                    var pattern = java.util.regex.Pattern.compile(settings.get("pattern"));
                    String replacement = settings.get("replacement", "");
                    return new NormalizingCharFilter(name, reader -> new PatternReplaceCharFilter(pattern, replacement, reader));
                }));
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
                "keyword", (index, env, name, settings) -> TokenizerFactory.newFactory(name, KeywordTokenizer::new),
                "whitespace", (index, env, name, settings) -> TokenizerFactory.newFactory(name, WhitespaceTokenizer::new));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "lowercase", (index, env, name, settings) -> new NormalizingFilter(name, LowerCaseFilter::new),
                "asciifolding", (index, env, name, settings) -> {
                    boolean preserveOriginal = settings.getAsBoolean("preserve_original", false);
                    return new NormalizingFilter(name, in -> new ASCIIFoldingFilter(in, preserveOriginal));
                },
                "elision", (index, env, name, settings) -> {
                    List<String> articles = settings.getAsList("articles", List.of());
                    boolean ignoreCase = settings.getAsBoolean("articles_case", false);
                    CharArraySet set = articles.isEmpty() ? FrenchAnalyzer.DEFAULT_ARTICLES : new CharArraySet(articles, ignoreCase);
                    return new NormalizingFilter(name, in -> new ElisionFilter(in, set));
                },
                "stemmer", (index, env, name, settings) -> stemmer(name, settings.get("language", settings.get("name", "light_french"))));
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("french", (index, env, name, settings) -> new AbstractIndexAnalyzerProvider<FrenchAnalyzer>(name) {
            private final FrenchAnalyzer analyzer = new FrenchAnalyzer();

            @Override
            public FrenchAnalyzer get() {
                return analyzer;
            }
        });
    }

    private static TokenFilterFactory stemmer(String name, String language) {
        return switch (language) {
            case "light_french" -> new Filter(name, FrenchLightStemFilter::new);
            case "minimal_french" -> new Filter(name, FrenchMinimalStemFilter::new);
            case "french" -> new Filter(name, in -> new SnowballFilter(in, new org.tartarus.snowball.ext.FrenchStemmer()));
            default -> throw new IllegalArgumentException("The embedded node has no stemmer for language [" + language + "]");
        };
    }

    private static class Filter extends AbstractTokenFilterFactory {
        private final java.util.function.UnaryOperator<TokenStream> create;

        Filter(String name, java.util.function.UnaryOperator<TokenStream> create) {
            super(name);
            this.create = create;
        }

        @Override
        public TokenStream create(TokenStream in) {
            return create.apply(in);
        }
    }

    /** Filters that also apply to normalizers (keyword fields), as in a real cluster. */
    private static final class NormalizingFilter extends Filter implements NormalizingTokenFilterFactory {
        NormalizingFilter(String name, java.util.function.UnaryOperator<TokenStream> create) {
            super(name, create);
        }
    }

    private static final class NormalizingCharFilter extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
        private final java.util.function.UnaryOperator<java.io.Reader> create;

        NormalizingCharFilter(String name, java.util.function.UnaryOperator<java.io.Reader> create) {
            super(name);
            this.create = create;
        }

        @Override
        public java.io.Reader create(java.io.Reader reader) {
            return create.apply(reader);
        }
    }

}
