/**
 * Validation of Baozhang's values with Jakarta Bean Validation, and the words for every problem
 * code.
 *
 * <ul>
 *   <li>{@link io.github.baozhang.validation.BaozhangValidator} validates core values and
 *       documents — enterprises, registries, funding cases, monthly reports against their
 *       registry, their worker rows and their province profile, worker rows and profiles —
 *       and returns core's {@link io.github.baozhang.problem.Violation}s.</li>
 *   <li>{@link io.github.baozhang.validation.CitizenIdNumber},
 *       {@link io.github.baozhang.validation.OrganisationCode},
 *       {@link io.github.baozhang.validation.CreditCode},
 *       {@link io.github.baozhang.validation.AdminDivisionCode} and
 *       {@link io.github.baozhang.validation.FenAmount} are constraints for an application's own
 *       DTOs, checked by core's parsers, usable with any Hibernate Validator set-up.</li>
 *   <li>{@link io.github.baozhang.validation.ProblemFormatter} turns any violation, finding or
 *       alert into Chinese or English; {@link io.github.baozhang.validation.ProblemCatalogue} is the
 *       machine-readable catalogue of codes.</li>
 *   <li>{@link io.github.baozhang.validation.Masking} masks names and citizen IDs as the public
 *       list shows them.</li>
 * </ul>
 */
package io.github.baozhang.validation;
