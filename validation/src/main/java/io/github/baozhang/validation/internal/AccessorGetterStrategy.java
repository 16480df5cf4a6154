package io.github.baozhang.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Makes Hibernate Validator see core's accessors — {@code inCentre()}, {@code funds()}, without
 * {@code get} or {@code is} — as properties (by default it does not: HV000013), while still
 * reading JavaBeans getters as JavaBeans name them.
 *
 * <p>A property is a method with no parameter that returns something, other than the methods
 * every object has ({@code hashCode}, {@code toString}, {@code getClass}, …). This class is
 * immutable and thread-safe.
 */
public final class AccessorGetterStrategy implements GetterPropertySelectionStrategy {

    private static final Set<String> NOT_PROPERTIES = Set.of("hashCode", "toString", "getClass", "clone");

    /** Creates the strategy. */
    public AccessorGetterStrategy() {
    }

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        String name = executable.getName();
        Class<?> type = executable.getReturnType();
        if (executable.getParameterTypes().length != 0 || type == void.class || NOT_PROPERTIES.contains(name)) {
            return Optional.empty();
        }
        if (isPrefixed(name, "get")) {
            return Optional.of(decapitalise(name.substring(3)));
        }
        if (isPrefixed(name, "is") && (type == boolean.class || type == Boolean.class)) {
            return Optional.of(decapitalise(name.substring(2)));
        }
        return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        String capitalised = Character.toUpperCase(propertyName.charAt(0)) + propertyName.substring(1);
        return List.of(propertyName, "get" + capitalised, "is" + capitalised);
    }

    private static boolean isPrefixed(String name, String prefix) {
        return name.length() > prefix.length() && name.startsWith(prefix)
                && Character.isUpperCase(name.charAt(prefix.length()));
    }

    private static String decapitalise(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
