package fr.vigie;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map the build enforces. Each direct sub-package of {@code fr.vigie} is a module
 * whose base package is its API (plus the named interfaces it declares); {@link #verify()} fails
 * on a cycle between modules or on a use of another module's internals.
 * <p>
 * {@link #documentation()} writes Spring Modulith's documentation (C4 component diagrams in
 * PlantUML, of all modules and of each, and the module canvases) to {@code target/}, then
 * compares the diagrams with the copies committed in {@code docs/modules/}: a change of the map
 * cannot land unseen. With {@code -Dvigie.modules.update=true} it rewrites those copies instead.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VigieApplication.class);
    static final Path GENERATED = Path.of("target", "spring-modulith-docs");
    static final Path COMMITTED = Path.of("..", "docs", "modules");
    static final String UPDATE = "vigie.modules.update";

    @Test
    void verify() {
        MODULES.verify();
    }

    @Test
    void documentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        var generated = diagrams(GENERATED);
        assertThat(generated).as("diagrams written to %s", GENERATED).isNotEmpty();

        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(COMMITTED);
            for (Path stale : diagrams(COMMITTED)) {
                Files.delete(COMMITTED.resolve(stale));
            }
            for (Path diagram : generated) {
                Files.writeString(COMMITTED.resolve(diagram), read(GENERATED.resolve(diagram)), StandardCharsets.UTF_8);
            }
            return;
        }
        var differences = new ArrayList<String>();
        var names = new TreeSet<>(generated);
        names.addAll(diagrams(COMMITTED));
        for (Path name : names) {
            Path committed = COMMITTED.resolve(name);
            Path written = GENERATED.resolve(name);
            if (!Files.exists(committed)) {
                differences.add(name + " (new)");
            } else if (!Files.exists(written)) {
                differences.add(name + " (gone)");
            } else if (!read(committed).equals(read(written))) {
                differences.add(name + " (changed)");
            }
        }
        assertThat(differences)
                .as("The module map changed: docs/modules/ differs from what Spring Modulith documents now (files "
                        + "below). Run ./mvnw -pl backend test -Dtest=ModularityTests -D" + UPDATE + "=true, check the "
                        + "diff of docs/modules/, update docs/architecture.md's module map if it changed, commit both.")
                .isEmpty();
    }

    /**
     * The analysis core is plain Java: no Spring, and nothing of another feature (not even of
     * processing, which calls it), so that it can be run, tested and measured on its own.
     */
    @Test
    void analysisDependsOnNeitherSpringNorOtherFeatures() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.vigie");
        noClasses().that().resideInAPackage("fr.vigie.processing.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .orShould().dependOnClassesThat(resideInAPackage("fr.vigie..")
                        .and(not(resideInAPackage("fr.vigie.processing.analysis.."))))
                .because("the analysis core stays free of Spring and of the other features")
                .check(classes);
    }

    private static List<Path> diagrams(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".puml")).map(Path::getFileName).sorted().toList();
        }
    }

    /**
     * The diagram in a canonical form: the Documenter writes the same elements and relations in
     * an order that changes from run to run, so each run of consecutive {@code Component(} or
     * {@code Rel(} lines is sorted; line endings aside, so that a checkout on Windows passes too.
     */
    static String read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var canonical = new ArrayList<String>();
        var run = new ArrayList<String>();
        String runKind = null;
        for (String line : text.split("\n", -1)) {
            String kind = line.strip().startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(") ? "Component(" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                canonical.addAll(run);
                run.clear();
            }
            runKind = kind;
            (kind == null ? canonical : run).add(line);
        }
        run.sort(null);
        canonical.addAll(run);
        return String.join("\n", canonical);
    }
}
