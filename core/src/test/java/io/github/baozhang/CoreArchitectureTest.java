package io.github.baozhang;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's promises, checked on its bytecode, its module descriptor and its POM: nothing outside
 * {@code java.*} at run time, no clock, no I/O beyond its own bundled tables, no logging, no
 * system property, no ServiceLoader, no floating point, and only API packages exported.
 */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.baozhang");
        assertTrue(core.size() > 20, "core's classes were imported");
    }

    private static final ArchRule ONLY_JDK = noClasses().should().dependOnClassesThat(
            describe("are outside java.* and core", (JavaClass c) -> !isAllowed(c)));

    private static final ArchRule PURE = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.InstantSource")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.ServiceLoader")
            .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "java.net..", "java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.System$Logger")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.PrintStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
            .orShould().callMethodWhere(describe("reads the clock, the environment or a system property",
                    CoreArchitectureTest::isImpure));

    @Test
    void coreNeedsNothingOutsideTheJdkAndItselfAtRunTime() {
        ONLY_JDK.check(core);
    }

    @Test
    void theRulesCatchWhatTheyForbid() {
        JavaClasses bad = new ClassFileImporter().importClasses(ImpureFixture.class);
        assertThrows(AssertionError.class, () -> ONLY_JDK.check(bad));
        assertThrows(AssertionError.class, () -> PURE.check(bad));
        assertThrows(AssertionError.class, () -> NO_FLOATING_POINT_FIELDS.check(bad));
    }

    /** Breaks every rule; imported only by {@link #theRulesCatchWhatTheyForbid()}. */
    static final class ImpureFixture {
        double ratio = 0.5;

        long now() {
            org.junit.jupiter.api.Assertions.assertNotNull(this);
            return System.currentTimeMillis();
        }
    }

    private static boolean isAllowed(JavaClass c) {
        String name = c.getName();
        if (c.isPrimitive() || c.isArray() && isAllowed(c.getBaseComponentType())) {
            return true;
        }
        return name.startsWith("java.") || name.startsWith("io.github.baozhang.")
                // Immutables leaves only CLASS-retention annotations behind: never loaded at run time.
                || name.equals("org.immutables.value.Generated") || name.startsWith("org.immutables.value.Value$");
    }

    @Test
    void coreHasNoClockNoLoggingNoSystemPropertiesNoServiceLoader() {
        PURE.check(core);
    }

    private static boolean isImpure(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        if (owner.equals("java.lang.System")) {
            return Set.of("currentTimeMillis", "nanoTime", "getProperty", "getProperties", "getenv",
                    "setProperty", "exit", "getLogger").contains(name);
        }
        return owner.startsWith("java.time.") && name.equals("now");
    }

    @Test
    void coreHasNoFloatingPoint() {
        NO_FLOATING_POINT_FIELDS.check(core);
        noMethods().should(new com.tngtech.archunit.lang.ArchCondition<JavaMethod>("use double or float in a signature") {
            @Override
            public void check(JavaMethod method, com.tngtech.archunit.lang.ConditionEvents events) {
                boolean floating = isFloating(method.getRawReturnType())
                        || method.getRawParameterTypes().stream().anyMatch(CoreArchitectureTest::isFloating);
                if (floating) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method, method.getFullName()));
                }
            }
        }).check(core);
    }

    private static final ArchRule NO_FLOATING_POINT_FIELDS = noFields().should().haveRawType(double.class)
            .orShould().haveRawType(float.class).orShould().haveRawType(Double.class).orShould().haveRawType(Float.class);

    private static boolean isFloating(JavaClass c) {
        String n = c.getName();
        return n.equals("double") || n.equals("float") || n.equals("java.lang.Double") || n.equals("java.lang.Float");
    }

    @Test
    void internalPackagesAreNotPublicApi() {
        noClasses().that().resideInAPackage("..internal..").should().bePublic().allowEmptyShould(true).check(core);
    }

    @Test
    void theModuleRequiresOnlyTheJdkAtRunTimeAndExportsNoInternals() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("io.github.baozhang.core", descriptor.name());
        for (ModuleDescriptor.Requires r : descriptor.requires()) {
            boolean jdk = r.name().startsWith("java.");
            boolean compileOnly = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
            assertTrue(jdk || compileOnly, "core requires " + r + " at run time");
        }
        for (ModuleDescriptor.Exports e : descriptor.exports()) {
            assertFalse(e.source().contains("internal"), "core exports " + e.source());
            assertFalse(e.isQualified(), "core exports " + e.source() + " to chosen modules only");
        }
        assertTrue(descriptor.uses().isEmpty(), "core uses no service");
        assertTrue(descriptor.provides().isEmpty(), "core provides no service");
    }

    @Test
    void thePomDeclaresNoRuntimeDependency() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        Set<String> runtime = new java.util.TreeSet<>();
        while (m.find()) {
            String dep = m.group(1);
            Matcher scope = Pattern.compile("<scope>(\\w+)</scope>").matcher(dep);
            String s = scope.find() ? scope.group(1) : "compile";
            if (!s.equals("test") && !s.equals("provided")) {
                runtime.add(dep.replaceAll("\\s+", " ").trim());
            }
        }
        assertEquals(Set.of(), runtime.stream().collect(Collectors.toSet()), "core's runtime dependencies");
    }
}
