package fr.vigie.infrastructure.elasticsearch.plugin;

import java.util.List;

import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/** Parses {@code mapping} char filter rules ({@code "a => b"}, with {@code \\uXXXX} escapes). */
final class MappingRules {

    private MappingRules() {
    }

    static NormalizeCharMap parse(List<String> rules) {
        var builder = new NormalizeCharMap.Builder();
        for (String rule : rules) {
            int arrow = rule.indexOf("=>");
            if (arrow < 0) {
                throw new IllegalArgumentException("Invalid mapping rule [" + rule + "]");
            }
            String from = unescape(rule.substring(0, arrow).strip());
            String to = unescape(rule.substring(arrow + 2).strip());
            if (from.isEmpty()) {
                throw new IllegalArgumentException("Invalid mapping rule [" + rule + "]");
            }
            builder.add(from, to);
        }
        return builder.build();
    }

    private static String unescape(String s) {
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
