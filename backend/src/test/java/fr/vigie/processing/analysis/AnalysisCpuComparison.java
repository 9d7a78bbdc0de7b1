package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Two engines in one JVM, on the benchmark's texts, timed by the CPU time of this thread
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}), in alternating rounds: on a shared, loaded
 * machine the wall clock measures the other processes, the thread's CPU time much less so, and
 * alternating gives both engines the same machine (caches, frequency, neighbours).
 *
 * <p>Each engine is loaded from its own classes directory (with its own {@code default-rules.json})
 * by a child-first class loader, so that an engine built from another commit runs beside this one:
 * {@code java -cp … fr.vigie.processing.analysis.AnalysisCpuComparison <old classes> <new classes> [rounds]}
 * (docs/performance.md has the command that builds the old engine).
 */
public final class AnalysisCpuComparison {

    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    /** Reports analysed per engine per round: about 0.5 to 1 s of CPU each. */
    private static final int REPORTS_PER_ROUND = 3_000;
    private static final int WARM_UP_ROUNDS = 4;

    private AnalysisCpuComparison() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 2) {
            System.err.println("usage: AnalysisCpuComparison <old classes dir> <new classes dir> [rounds]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        var texts = AnalysisBenchmark.kilobyteTexts();
        var engines = List.of(Engine.load("old", Path.of(args[0])), Engine.load("new", Path.of(args[1])));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Engine engine : engines) {
                engine.run(texts, REPORTS_PER_ROUND);
            }
        }
        var ratios = new ArrayList<Double>();
        double[] totals = new double[2];
        for (int round = 0; round < rounds; round++) {
            double[] perSecond = new double[2];
            for (int k = 0; k < 2; k++) {
                int e = round % 2 == 0 ? k : 1 - k; // alternate which engine runs first
                long start = cpu.getCurrentThreadCpuTime();
                engines.get(e).run(texts, REPORTS_PER_ROUND);
                long nanos = cpu.getCurrentThreadCpuTime() - start;
                perSecond[e] = REPORTS_PER_ROUND / (nanos / 1e9);
                totals[e] += nanos / 1e9;
            }
            ratios.add(perSecond[1] / perSecond[0]);
            System.out.printf(Locale.ROOT, "round %2d: old %,8.0f  new %,8.0f reports per CPU-second  (new/old %.3f)%n",
                    round + 1, perSecond[0], perSecond[1], perSecond[1] / perSecond[0]);
        }
        ratios.sort(Double::compare);
        double reports = (double) rounds * REPORTS_PER_ROUND;
        System.out.printf(Locale.ROOT, "all rounds: old %,.0f  new %,.0f reports per CPU-second; new/old %.3f "
                + "(median of rounds %.3f, range %.3f to %.3f); %d texts of ~1 KB%n", reports / totals[0],
                reports / totals[1], totals[0] / totals[1], ratios.get(ratios.size() / 2), ratios.getFirst(),
                ratios.getLast(), texts.size());
    }

    /** One engine: {@code ReportAnalyser.withDefaultRules()} of its own classes, called by method handle. */
    private record Engine(String name, Object analyser, MethodHandle analyse) {

        static Engine load(String name, Path classes) throws Throwable {
            var loader = new ChildFirst(classes, AnalysisCpuComparison.class.getClassLoader());
            Class<?> type = Class.forName(ReportAnalyser.class.getName(), true, loader);
            Object analyser = type.getMethod("withDefaultRules").invoke(null);
            var analyse = MethodHandles.publicLookup().findVirtual(type, "analyse",
                    MethodType.methodType(Class.forName(Analysis.class.getName(), false, loader), String.class,
                            String.class, Instant.class));
            return new Engine(name, analyser, analyse);
        }

        void run(List<String> texts, int reports) throws Throwable {
            for (int n = 0; n < reports; n++) {
                Object analysis = analyse.invoke(analyser, texts.get(n % texts.size()), "MEDIUM", OBSERVED);
                if (analysis == null) {
                    throw new IllegalStateException(name + " gave no analysis");
                }
            }
        }
    }

    /**
     * Loads the engine's classes and resources from its directory before asking the parent (which
     * holds this checkout's engine and the libraries): each engine sees its own rules file.
     */
    private static final class ChildFirst extends URLClassLoader {
        private static final String OWN = "fr.vigie.";

        ChildFirst(Path classes, ClassLoader parent) {
            super(new URL[] {url(classes)}, parent);
        }

        private static URL url(Path classes) {
            try {
                return classes.toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && name.startsWith(OWN)) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        loaded = null;
                    }
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return findResources(name);
        }
    }
}
