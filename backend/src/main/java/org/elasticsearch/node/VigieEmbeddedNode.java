package org.elasticsearch.node;

import java.util.Collection;
import java.util.Map;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch node started inside Vigie's JVM, with its plugins loaded from the classpath.
 * <p>
 * Lives in Elasticsearch's own package because the constructor that accepts a prepared
 * {@link NodeConstruction} and the {@link NodeServiceProvider} hook that replaces the plugin
 * loader are package-private. Nothing outside {@code fr.vigie.infrastructure.elasticsearch}
 * uses this class. Its plugins are classes of the classpath, given to
 * {@link ClasspathPluginsService} (no test-framework code: ADR 0003).
 */
public final class VigieEmbeddedNode extends Node {

    private VigieEmbeddedNode(NodeConstruction construction) {
        super(construction);
    }

    public static VigieEmbeddedNode create(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "vigie");
        NodeServiceProvider provider = new NodeServiceProvider() {
            @Override
            PluginsService newPluginService(Environment env, PluginsLoader loader) {
                return new ClasspathPluginsService(env.settings(), env, plugins);
            }
        };
        return new VigieEmbeddedNode(NodeConstruction.prepareConstruction(environment, null, provider, false));
    }
}
