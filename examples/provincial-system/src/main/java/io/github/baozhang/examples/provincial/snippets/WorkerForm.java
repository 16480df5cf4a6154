package io.github.baozhang.examples.provincial.snippets;

import io.github.baozhang.validation.AdminDivisionCode;
import io.github.baozhang.validation.CitizenIdNumber;
import io.github.baozhang.validation.CreditCode;
import io.github.baozhang.validation.FenAmount;
import io.github.baozhang.validation.OrganisationCode;
import jakarta.validation.constraints.NotNull;

/** An application's own form, with Baozhang's constraints: the DTO of {@code docs/validation.md}. */
// tag::form[]
public class WorkerForm {
    @NotNull @CitizenIdNumber(allowLegacy15 = true) String citizenId;
    @OrganisationCode String enterpriseId;                  // D2143569X or D2143569-X
    @CreditCode String creditCode;
    @AdminDivisionCode(revision = AdminDivisionCode.Revision.R1999) String city;
    @FenAmount long allowanceFen;                            // zero or more
    @FenAmount(min = 12_000, max = 40_000) String perWorkerFen;
}
// end::form[]
