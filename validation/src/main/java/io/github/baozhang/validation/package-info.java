/**
 * Will hold: Hibernate Validator over the core values through programmatic constraint mapping (no annotation in core), constraint annotations for users' own DTOs ({@code @CitizenIdNumber}, {@code @OrganisationCode}, {@code @CreditCode}, {@code @AdminDivisionCode}, {@code @FenAmount}), cross-field business rules, and the zh_CN / en bundles that render every code of the core catalogue. Built in issue 4; today only the module exists.
 */
package io.github.baozhang.validation;
