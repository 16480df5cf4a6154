/**
 * jqwik arbitraries of Baozhang's domain values, shared by the tests of every module above core
 * and by adapter vendors: identifiers ({@link io.github.baozhang.adapter.tck.arbitraries.IdArbitraries}),
 * amounts and ratios ({@link io.github.baozhang.adapter.tck.arbitraries.MoneyArbitraries}),
 * enterprises and registries ({@link io.github.baozhang.adapter.tck.arbitraries.EnterpriseArbitraries}),
 * funding cases ({@link io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries}),
 * monthly reports ({@link io.github.baozhang.adapter.tck.arbitraries.ReportArbitraries}),
 * disbursement records ({@link io.github.baozhang.adapter.tck.arbitraries.DisbursementArbitraries}),
 * incidents ({@link io.github.baozhang.adapter.tck.arbitraries.IncidentArbitraries}), holiday
 * calendars ({@link io.github.baozhang.adapter.tck.arbitraries.CalendarArbitraries}) and
 * bulletins with their summaries and alerts
 * ({@link io.github.baozhang.adapter.tck.arbitraries.BulletinArbitraries}).
 *
 * <p>Every generator yields values that are valid by default: an identifier passes its check,
 * an enterprise lies in a monitored region with its city in its province (GB/T 2260, 1999) and
 * breaks no rule, a report is consistent with its enterprise; and every value is one its
 * interchange kind can carry (a payment has a paid date only where the kind has {@code paidOn}). Tests plant one defect in such a
 * value and look for exactly one violation. Core's own tests keep their own generators: core
 * cannot depend on this kit, which depends on core.
 *
 * <p>Every class here is a stateless utility; every arbitrary is thread-safe as jqwik's are.
 */
package io.github.baozhang.adapter.tck.arbitraries;
