/**
 * The JSON interchange format v1 ({@code docs/interchange.md}).
 *
 * <ul>
 *   <li>{@link io.github.baozhang.adapter.json.InterchangeJson} — the entry point: strict
 *       streaming readers of {@code enterprises@1}, {@code funding-cases@1},
 *       {@code monthly-reports@1}, {@code disbursements@1}, {@code incidents@1}, and the readers of
 *       the one-record documents {@code province-profile@1}, {@code calendar@1} and
 *       {@code bulletin@1}; sinks of those (but the profile) and of {@code funding-results@1} and
 *       {@code disbursement-summary@1}; the funding job ({@code fund}); a configured mapper; the
 *       JSON Schemas of every kind ({@link io.github.baozhang.adapter.json.InterchangeKinds}).</li>
 *   <li>{@link io.github.baozhang.adapter.json.DisbursementSummaryJson} — the writer of
 *       {@code disbursement-summary@1}, the summary of a national worker-row feed.</li>
 *   <li>{@link io.github.baozhang.adapter.json.BaozhangJsonModule} — the Jackson 3 module of the
 *       core values (mix-ins and (de)serializers from outside core), switched by
 *       {@link io.github.baozhang.adapter.json.BaozhangJsonFeature}.</li>
 *   <li>The documents as values: {@link io.github.baozhang.adapter.json.EnterprisesDocument},
 *       {@link io.github.baozhang.adapter.json.FundingCasesDocument},
 *       {@link io.github.baozhang.adapter.json.MonthlyReportsDocument},
 *       {@link io.github.baozhang.adapter.json.FundingResultsDocument},
 *       {@link io.github.baozhang.adapter.json.DisbursementsDocument},
 *       {@link io.github.baozhang.adapter.json.IncidentsDocument} (a calendar and a bulletin are
 *       core values written as they are).</li>
 *   <li>{@link io.github.baozhang.adapter.json.JsonAdapterProvider} — the SPI provider
 *       {@code json}.</li>
 * </ul>
 *
 * <p>Readers never throw on bad data: every violation carries a catalogue code and its
 * location — document, JSON pointer, 1-based line and column, field.
 */
package io.github.baozhang.adapter.json;
