package dev.kontor;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import jakarta.persistence.EntityManager;

import java.nio.file.Path;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of README's architecture section, checked on the compiled classes: one
 * package per capability and no package cycle, {@code dev.kontor.http} a leaf, routers on top, and
 * queries only in stores.
 */
class ArchitectureTest {

    /** The module's own compiled classes (Maven runs tests in the module directory); no jar scanning. */
    private static final JavaClasses KONTOR = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theClassesAreThere() {
        org.junit.jupiter.api.Assertions.assertTrue(KONTOR.containPackage("dev.kontor.http"), "target/classes imported");
    }

    @Test
    void noPackageCycles() {
        // every package is its own slice: dev.kontor.commerce and dev.kontor.commerce.order must not cycle either
        slices().matching("dev.kontor.(**)").should().beFreeOfCycles().check(KONTOR);
    }

    @Test
    void theHttpPackageIsALeaf() {
        noClasses().that().resideInAPackage("dev.kontor.http..")
                .should().dependOnClassesThat().resideOutsideOfPackages("dev.kontor.http..", "java..", "jakarta..",
                        "org.keycloak..", "org.jboss..", "com.fasterxml..")
                .check(KONTOR);
    }

    @Test
    void onlyTheRoutersKnowTheRouters() {
        noClasses().that().resideOutsideOfPackage("dev.kontor.router..")
                .should().dependOnClassesThat().resideInAPackage("dev.kontor.router..")
                .check(KONTOR);
    }

    @Test
    void featuresDoNotReachIntoTheSchemaPackage() {
        noClasses().that().resideOutsideOfPackage("dev.kontor.commerce.schema..")
                .should().dependOnClassesThat().resideInAPackage("dev.kontor.commerce.schema..")
                .check(KONTOR);
    }

    /**
     * JPQL lives in stores only ({@code *Store}; the schema package's clean-up on user removal).
     */
    @Test
    void queriesAreWrittenInStoresOnly() {
        noClasses().that().haveSimpleNameNotEndingWith("Store")
                .and().resideOutsideOfPackage("dev.kontor.commerce.schema..")
                .should().callMethodWhere(target(owner(assignableTo(EntityManager.class)))
                        .and(target(nameMatching("create(Native|Named)?Query"))))
                .check(KONTOR);
    }
}
