package io.github.baozhang.adapter.json.internal;

/**
 * Binds the element of one kind, already read against its shape, to a core value: converts each
 * field, applies the core's rules, and reports every violation. A binder may keep state across
 * the elements of one read (the ids seen so far); a reader makes one per read.
 *
 * @param <T>  the type of the value
 */
interface Binder<T> {

    /**
     * Binds an element.
     *
     * @param element  the element as read, with the violations of its shape already in {@code issues}
     * @param issues  collects violations
     * @return the value, or null when the element has a violation
     */
    T bind(Node element, Issues issues);
}
