package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.problem.Violation;

/** Stops reading a document rejected as a whole; carries the violation. Internal control flow. */
final class DocumentError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it does not leave the reader
    final Violation violation;

    DocumentError(Violation violation) {
        super(violation.code().code(), null, false, false);
        this.violation = violation;
    }
}
