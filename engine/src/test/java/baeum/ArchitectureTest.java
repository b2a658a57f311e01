package baeum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.ArrayLoadInstruction;
import java.lang.classfile.instruction.ArrayStoreInstruction;
import java.lang.classfile.instruction.BranchInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.LabelTarget;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The engine's layering (docs/engine-structure.md), checked on the compiled classes. From the
 * bottom up: {@code storage} (arrays, dtype, shape and strides) &lt; {@code kernels} (SIMD loops) &lt;
 * {@code ops} (loops over arrays) &lt; {@code tensor} (the fluent Tensor and its autograd nodes) &lt;
 * {@code autograd} (tools over the graph), {@code fused} &lt; {@code nn}, {@code optim}, {@code data}
 * &lt; {@code teach}, {@code plot}, {@code progress} &lt; the facade ({@code baeum}, {@code baeum.facade}).
 * A package may depend only on packages below it; no package cycles; the engine knows nothing of
 * the kernel (Jupyter) or the grader.
 */
class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("baeum");

    private static void onlyOn(String layer, String... allowed) {
        String[] all = new String[allowed.length + 2];
        all[0] = layer;
        all[1] = "java..";
        System.arraycopy(allowed, 0, all, 2, allowed.length);
        ArchRule rule = ArchRuleDefinition.classes().that().resideInAPackage(layer)
                .should().onlyDependOnClassesThat().resideInAnyPackage(all)
                .because(layer + " sits below every package it may not name");
        rule.check(ENGINE);
    }

    @Test
    void noPackageCycles() {
        slices().matching("baeum.(**)").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void storageIsTheBottomAndImportsNothingOfTheEngine() {
        onlyOn("baeum.storage", "javax.management");   // the JDK's memory notifications (HeapBudget)
    }

    @Test
    void kernelsNeedOnlyTheVectorApiAndStorage() {
        onlyOn("baeum.kernels", "baeum.storage", "jdk.incubator.vector");
    }

    @Test
    void opsLoopOverArraysWithoutKnowingTensor() {
        onlyOn("baeum.ops", "baeum.storage", "baeum.kernels");
    }

    @Test
    void tensorAndItsAutogradNodesStandOnOpsAndStorageOnly() {
        onlyOn("baeum.tensor", "baeum.storage", "baeum.ops", "baeum.kernels");
    }

    @Test
    void fusedOpsAndGraphToolsStandOnTheTensor() {
        onlyOn("baeum.fused", "baeum.tensor", "baeum.storage", "baeum.ops", "baeum.kernels");
        onlyOn("baeum.autograd", "baeum.tensor", "baeum.storage", "baeum.ops");
    }

    @Test
    void nnOptimAndDataNeverReachUpToTheFacadeOrTheTeachingTools() {
        String[] below = {"baeum.tensor", "baeum.storage", "baeum.ops", "baeum.kernels", "baeum.fused", "baeum.autograd"};
        onlyOn("baeum.optim", concat(below, "baeum.optim.scheduler", "com.fasterxml.jackson.."));
        onlyOn("baeum.optim.scheduler", concat(below, "baeum.optim"));
        onlyOn("baeum.data", concat(below));
        onlyOn("baeum.nn", concat(below, "com.fasterxml.jackson.."));
    }

    @Test
    void onlyTheFacadeNamesTheFacade() {
        noClasses().that().resideOutsideOfPackages("baeum", "baeum.facade")
                .should().dependOnClassesThat().resideInAnyPackage("baeum", "baeum.facade")
                .because("the DSL facade is the top layer").check(ENGINE);
    }

    @Test
    void theEngineKnowsNothingOfJupyterOrGrading() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("baeum.kernel..", "baeum.exercises..",
                "baeum.display..", "baeum.bench..").check(ENGINE);
    }

    /**
     * Element loops belong in ops and kernels ("nothing above this layer loops over elements"). An
     * element loop, as the class file shows it: a method that takes a tensor's raw array (reads
     * {@code Storage.f}, {@code d}, {@code l} or {@code b}), reads or writes array elements and jumps
     * backwards (a loop). No class outside storage, ops and kernels has one.
     */
    @Test
    void elementLoopsLiveInOpsAndKernelsOnly() throws IOException {
        Set<String> looping = new TreeSet<>();
        for (JavaClass c : ENGINE) {
            String p = c.getPackageName();
            if (p.equals("baeum.storage") || p.equals("baeum.ops") || p.equals("baeum.kernels")) continue;
            if (hasElementLoop(c)) looping.add(outermost(c).getName());
        }
        assertEquals(Set.of(), looping, "classes outside storage/ops/kernels with a loop over the elements "
                + "of a Storage's raw array: move the loop into baeum.ops (or baeum.kernels) and call it");
    }

    private static boolean hasElementLoop(JavaClass c) throws IOException {
        String resource = "/" + c.getName().replace('.', '/') + ".class";
        byte[] bytes;
        try (var in = ArchitectureTest.class.getResourceAsStream(resource)) {
            if (in == null) return false;
            bytes = in.readAllBytes();
        }
        for (MethodModel m : ClassFile.of().parse(bytes).methods()) {
            var code = m.code();
            if (code.isEmpty()) continue;
            boolean raw = false, element = false, backward = false;
            Set<Label> bound = new HashSet<>();
            for (CodeElement e : code.get()) {
                if (e instanceof LabelTarget t) bound.add(t.label());
                else if (e instanceof BranchInstruction b && bound.contains(b.target())) backward = true;
                else if (e instanceof ArrayLoadInstruction || e instanceof ArrayStoreInstruction) element = true;
                else if (e instanceof FieldInstruction f && f.owner().asInternalName().equals("baeum/storage/Storage")
                        && Set.of("f", "d", "l", "b").contains(f.name().stringValue())) raw = true;
            }
            if (raw && element && backward) return true;
        }
        return false;
    }

    private static JavaClass outermost(JavaClass c) {
        while (c.getEnclosingClass().isPresent()) c = c.getEnclosingClass().get();
        return c;
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
