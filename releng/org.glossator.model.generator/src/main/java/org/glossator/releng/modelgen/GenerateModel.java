package org.glossator.releng.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's model code generator outside OSGi for the model bundle.
 *
 * <pre>GenerateModel &lt;path to bundles/org.glossator.model&gt; [--check]</pre>
 *
 * The generator always writes into a temporary copy of the bundle's {@code model/} folder, because besides
 * {@code src-gen/} it also writes MANIFEST.MF, plugin.xml, build.properties and plugin.properties, which in the
 * real bundle are written by hand. Only the generated {@code src-gen/} is used: without {@code --check} it
 * replaces the bundle's {@code src-gen/}; with {@code --check} it is compared file by file with the committed one.
 */
public final class GenerateModel {

    private static final String GENMODEL = "model/glossator.genmodel";
    private static final String SRC_GEN = "src-gen";
    private static final String REGENERATE_HINT =
            "Regenerate with releng/generate-model.sh and commit the result.";

    private GenerateModel() {
    }

    public static void main(String[] args) {
        // Read by EMF's generator, so set before any EMF class is loaded.
        // The generator ends lines with line.separator: make the output the same on every OS.
        System.setProperty("line.separator", "\n");
        // Makes the generator ignore constraints, so it never writes a <Prefix>Validator (nor registers one):
        // our EValidator is written by hand in src/.
        System.setProperty("EMF_NO_CONSTRAINTS", "true");

        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        boolean check = arguments.remove("--check");
        if (arguments.size() != 1) {
            System.err.println("usage: GenerateModel <path to bundles/org.glossator.model> [--check]");
            System.exit(2);
        }
        try {
            System.exit(run(Paths.get(arguments.get(0)).toAbsolutePath().normalize(), check));
        } catch (GenerationException e) {
            System.err.println("Model generation failed: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static int run(Path bundle, boolean check) throws IOException {
        if (!Files.isRegularFile(bundle.resolve(GENMODEL))) {
            throw new GenerationException("no " + GENMODEL + " in " + bundle);
        }
        // The generator encodes Java files with the default charset (it has no workspace to ask).
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            throw new GenerationException("the JVM's default charset is " + Charset.defaultCharset()
                    + "; run it with -Dfile.encoding=UTF-8");
        }
        Path temp = Files.createTempDirectory("glossator-modelgen");
        try {
            // Named like the bundle, because the GenModel's modelDirectory names it as a workspace project.
            Path project = temp.resolve(bundle.getFileName().toString());
            copyTree(bundle.resolve("model"), project.resolve("model"));
            generate(project);
            Path generated = project.resolve(SRC_GEN);
            if (relativeFiles(generated).isEmpty()) {
                throw new GenerationException("the generator wrote nothing to " + SRC_GEN);
            }
            Path committed = bundle.resolve(SRC_GEN);
            if (check) {
                return check(generated, committed);
            }
            deleteTree(committed);
            copyTree(generated, committed);
            System.out.println("Generated " + relativeFiles(committed).size() + " files into " + committed);
            return 0;
        } finally {
            deleteTree(temp);
        }
    }

    private static void generate(Path project) {
        String projectName = project.getFileName().toString();
        // The GenModel and the generator address files as platform:/resource/<project>/...; map that to the copy.
        EcorePlugin.getPlatformResourceMap().put(projectName, URI.createFileURI(project + "/"));

        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        // Without this the generator finds no adapter for the GenModel, reports success and writes nothing.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        URI genModelUri = URI.createPlatformResourceURI(projectName + "/" + GENMODEL, true);
        GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        // Loads the .ecore too. A resource that fails to load only leaves proxies behind, which reconcile()
        // would silently drop (possibly generating nothing), so report load errors here.
        EcoreUtil.resolveAll(resourceSet);
        for (Resource resource : resourceSet.getResources()) {
            for (Resource.Diagnostic error : resource.getErrors()) {
                System.err.println("ERROR: " + error.getMessage());
            }
            if (!resource.getErrors().isEmpty()) {
                throw new GenerationException("cannot load " + resource.getURI());
            }
        }
        if (!genModel.getModelDirectory().equals("/" + projectName + "/" + SRC_GEN)) {
            throw new GenerationException("the GenModel's modelDirectory must be /" + projectName + "/" + SRC_GEN);
        }
        if (!genModel.reconcile()) {
            throw new GenerationException(GENMODEL + " has no package to generate");
        }
        genModel.setCanGenerate(true);

        BasicDiagnostic problems = new BasicDiagnostic();
        problems.add(genModel.diagnose());
        for (GenPackage genPackage : genModel.getGenPackages()) {
            problems.add(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
        }
        failOnErrors("invalid model", problems);

        Generator generator = new Generator();
        generator.setInput(genModel);
        failOnErrors("generator error",
                generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
    }

    private static void failOnErrors(String what, Diagnostic diagnostic) {
        print(diagnostic, "");
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new GenerationException(what + " (see above)");
        }
    }

    private static void print(Diagnostic diagnostic, String indent) {
        if (diagnostic.getSeverity() < Diagnostic.WARNING) {
            return;
        }
        if (diagnostic.getMessage() != null) {
            String severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? "ERROR" : "WARNING";
            System.err.println(indent + severity + ": " + diagnostic.getMessage());
            indent += "  ";
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, indent);
        }
    }

    private static int check(Path generated, Path committed) throws IOException {
        TreeSet<String> expected = relativeFiles(generated);
        TreeSet<String> actual = relativeFiles(committed);
        List<String> problems = new ArrayList<>();
        for (String file : expected) {
            if (!actual.contains(file)) {
                problems.add("missing (generated, not committed): " + SRC_GEN + "/" + file);
            } else if (!Arrays.equals(Files.readAllBytes(generated.resolve(file)),
                    Files.readAllBytes(committed.resolve(file)))) {
                problems.add("differs: " + SRC_GEN + "/" + file);
            }
        }
        for (String file : actual) {
            if (!expected.contains(file)) {
                problems.add("extra (committed, not generated): " + SRC_GEN + "/" + file);
            }
        }
        if (problems.isEmpty()) {
            System.out.println(committed + " is up to date (" + expected.size() + " files).");
            return 0;
        }
        System.err.println(committed + " does not match what the generator writes from "
                + GENMODEL + ":");
        problems.forEach(problem -> System.err.println("  " + problem));
        System.err.println(REGENERATE_HINT);
        return 1;
    }

    /** Files under {@code root} as sorted '/'-separated relative paths; empty if {@code root} does not exist. */
    private static TreeSet<String> relativeFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return new TreeSet<>();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static final class GenerationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GenerationException(String message) {
            super(message);
        }
    }
}
