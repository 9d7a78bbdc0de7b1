package org.elasticsearch.plugins;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.spi.SPIClassIterator;

/**
 * The plugins of Vigie's embedded node: classes already on the classpath, instantiated as they
 * are, where a real node reads plugin bundles from its {@code plugins/} and {@code modules/}
 * directories. Takes the place of the test framework's {@code MockPluginsService}, so that no
 * test code ships in the production jar (ADR 0003).
 * <p>
 * Lives in Elasticsearch's own package because a loaded plugin ({@code LoadedPlugin}), the loader
 * without bundles and {@code loadPlugin} are package-private.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> plugins;

    public ClasspathPluginsService(Settings settings, Environment environment, Collection<Class<? extends Plugin>> classes) {
        super(settings, environment.configDir(), new PluginsLoader(Collections.emptySet(), Collections.emptySet(),
                Collections.emptyMap()));
        var loaded = new ArrayList<LoadedPlugin>();
        for (Class<? extends Plugin> type : classes) {
            Plugin plugin = loadPlugin(type, settings, environment.configDir());
            var descriptor = new PluginDescriptor(type.getName(), "classpath plugin", "NA", Build.current().version(),
                    Integer.toString(Runtime.version().feature()), type.getName(), null, List.of(), false, false, false,
                    false, PluginDescriptor.DeploymentTarget.ALL);
            loaded.add(new LoadedPlugin(descriptor, plugin, type.getClassLoader()));
        }
        loadExtensions(loaded);
        this.plugins = List.copyOf(loaded);
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return plugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(plugins.stream().map(p -> new PluginRuntimeInfo(p.descriptor())).toList(), List.of());
    }

    /**
     * Every plugin shares the application's class loader here, so a service provider would be
     * found once per plugin: each provider class is instantiated once, for the first plugin it
     * can be given (a provider whose constructor takes one plugin belongs to that plugin).
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        var providers = new LinkedHashMap<Class<?>, T>();
        for (LoadedPlugin loaded : plugins) {
            Plugin plugin = loaded.instance();
            var found = SPIClassIterator.get(service, plugin.getClass().getClassLoader());
            while (found.hasNext()) {
                Class<? extends T> provider = found.next();
                if (!providers.containsKey(provider) && belongsTo(provider, plugin)) {
                    providers.put(provider, createExtension(provider, service, plugin));
                }
            }
        }
        return List.copyOf(providers.values());
    }

    private static boolean belongsTo(Class<?> provider, Plugin plugin) {
        for (Constructor<?> constructor : provider.getConstructors()) {
            if (constructor.getParameterCount() == 1 && !constructor.getParameterTypes()[0].isAssignableFrom(plugin.getClass())) {
                return false;
            }
        }
        return true;
    }
}
