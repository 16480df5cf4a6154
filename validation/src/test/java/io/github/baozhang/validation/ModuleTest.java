package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.validation.internal.AccessorGetterStrategy;
import java.lang.module.ModuleDescriptor;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

/** The module's shape, checked where the tests run: on the module path. */
class ModuleTest {

    @Test
    void theApiIsExportedAndTheInternalsOpenOnlyToHibernateValidator() {
        Module module = BaozhangValidator.class.getModule();
        assertTrue(module.isNamed(), "the tests run on the module path");
        ModuleDescriptor descriptor = module.getDescriptor();
        assertEquals(Set.of("io.github.baozhang.validation"), descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        ModuleDescriptor.Opens opens = descriptor.opens().iterator().next();
        assertEquals(1, descriptor.opens().size());
        assertEquals("io.github.baozhang.validation.internal", opens.source());
        assertEquals(Set.of("org.hibernate.validator"), opens.targets());
    }

    private static ConstrainableExecutable method(String name, Class<?> returnType, Class<?>... parameters) {
        return new ConstrainableExecutable() {
            @Override
            public Class<?> getReturnType() {
                return returnType;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public Class<?>[] getParameterTypes() {
                return parameters;
            }
        };
    }

    @Test
    void coresAccessorsAreProperties() {
        AccessorGetterStrategy strategy = new AccessorGetterStrategy();
        assertEquals(Optional.of("inCentre"), strategy.getProperty(method("inCentre", long.class)));
        assertEquals(Optional.of("funds"), strategy.getProperty(method("funds", Object.class)));
        assertEquals(Optional.of("name"), strategy.getProperty(method("getName", String.class)));
        assertEquals(Optional.of("valid"), strategy.getProperty(method("isValid", boolean.class)));
        assertEquals(Optional.of("issue"), strategy.getProperty(method("issue", String.class)));
        assertEquals(Optional.of("get"), strategy.getProperty(method("get", String.class)));
        assertEquals(Optional.empty(), strategy.getProperty(method("hashCode", int.class)));
        assertEquals(Optional.empty(), strategy.getProperty(method("toString", String.class)));
        assertEquals(Optional.empty(), strategy.getProperty(method("run", void.class)));
        assertEquals(Optional.empty(), strategy.getProperty(method("withRevision", Object.class, int.class)));
        assertEquals(java.util.List.of("funds", "getFunds", "isFunds"), strategy.getGetterMethodNameCandidates("funds"));
    }
}
