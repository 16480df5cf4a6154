package io.github.baozhang.problem;

/**
 * The three kinds of problem of the catalogue.
 */
public enum ProblemKind {
    /** Input that is not valid: it is rejected, with where and why. */
    VIOLATION,
    /** Valid data that shows trouble, such as a funding gap or premium arrears. */
    FINDING,
    /** A finding as the bulletin reports it, rolled up with its figures. */
    ALERT
}
