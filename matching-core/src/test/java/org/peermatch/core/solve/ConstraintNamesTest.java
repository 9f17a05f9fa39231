package org.peermatch.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.peermatch.core.calendar.CalendarConstraint;
import org.peermatch.core.plan.ConstraintDefinition;

/**
 * A newcomer goes from a rule of the README's constraint tables (kept equal to the catalog by
 * {@link ReadmeConstraintTableTest}) to the one provider method that implements it, {@code camelCase(id)}, and to its
 * tests, the {@code @Nested} class {@code PascalCase(id)} of the mode's constraint provider test.
 */
class ConstraintNamesTest {

    static Stream<ConstraintDefinition> constraints() {
        return ConstraintCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraints")
    void eachConstraintHasAProviderMethodNamedAfterItsId(ConstraintDefinition definition) throws Exception {
        Class<?> provider = Class.forName(modePackage(definition) + "." + modeClass(definition)
                + "ConstraintProvider");
        List<String> methods = new ArrayList<>();
        for (Method method : provider.getDeclaredMethods()) {
            methods.add(method.getName());
        }
        assertThat(methods).as("the methods of " + provider.getSimpleName()).contains(camelCase(definition.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraints")
    void eachConstraintHasANestedTestClassNamedAfterItsId(ConstraintDefinition definition) throws Exception {
        Class<?> test = Class.forName(modePackage(definition) + "." + modeClass(definition)
                + "ConstraintProviderTest");
        List<String> nested = new ArrayList<>();
        for (Class<?> inner : test.getDeclaredClasses()) {
            if (inner.isAnnotationPresent(Nested.class)) {
                nested.add(inner.getSimpleName());
            }
        }
        assertThat(nested).as("the @Nested classes of " + test.getSimpleName()).contains(pascalCase(definition.id()));
    }

    /** Orientation's and the calendar's constraints have no mode: they live in their own packages. */
    private static String modePackage(ConstraintDefinition definition) {
        return "org.peermatch.core." + stage(definition);
    }

    private static String modeClass(ConstraintDefinition definition) {
        String name = stage(definition);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String stage(ConstraintDefinition definition) {
        if (definition.mode() != null) {
            return definition.mode().jsonName();
        }
        return CalendarConstraint.definitions().contains(definition) ? "calendar" : "orientation";
    }

    static String camelCase(String id) {
        String pascal = pascalCase(id);
        return pascal.substring(0, 1).toLowerCase(Locale.ROOT) + pascal.substring(1);
    }

    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return name.toString();
    }
}
