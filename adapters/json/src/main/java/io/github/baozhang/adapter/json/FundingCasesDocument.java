package io.github.baozhang.adapter.json;

import io.github.baozhang.funding.FundingCase;
import java.util.List;

/**
 * A {@code baozhang/funding-cases@1} document as a value: the funding cases
 * in document order. What the funding cases sink writes; the reader streams the same kind
 * case by case ({@link InterchangeJson#fundingCaseReader()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FundingCasesDocument {

    private final List<FundingCase> cases;

    private FundingCasesDocument(List<FundingCase> cases) {
        this.cases = cases;
    }

    /**
     * Returns the document of the given cases.
     *
     * @param cases  the cases in document order, not null, no null element
     * @return the document, not null
     */
    public static FundingCasesDocument of(List<FundingCase> cases) {
        return new FundingCasesDocument(List.copyOf(cases));
    }

    /**
     * Returns the cases in document order.
     *
     * @return the cases, unmodifiable, not null
     */
    public List<FundingCase> cases() {
        return cases;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FundingCasesDocument && ((FundingCasesDocument) obj).cases.equals(cases);
    }

    @Override
    public int hashCode() {
        return cases.hashCode();
    }

    @Override
    public String toString() {
        return "FundingCasesDocument[" + cases.size() + " cases]";
    }
}
