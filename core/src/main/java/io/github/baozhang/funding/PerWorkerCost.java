package io.github.baozhang.funding;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import org.immutables.value.Value;

/**
 * The second form of a funding requirement: workers × months × (allowance + contributions per
 * worker and month).
 *
 * <p>Any values are representable, negative ones included, so that a reader can hand over what
 * it read; {@link ThreeThirds#evaluate} reports what is not valid.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class PerWorkerCost {

    PerWorkerCost() {
    }

    /**
     * Returns the cost.
     *
     * @param workers  the number of workers
     * @param months  the number of months
     * @param allowancePerWorker  the basic living allowance per worker and month, not null
     * @param contributionsPerWorker  the contributions paid on the worker's behalf per worker and
     *     month, not null
     * @return the cost, not null
     */
    public static PerWorkerCost of(long workers, long months, Money allowancePerWorker, Money contributionsPerWorker) {
        return ImmutablePerWorkerCost.builder().workers(workers).months(months)
                .allowancePerWorker(allowancePerWorker).contributionsPerWorker(contributionsPerWorker).build();
    }

    /**
     * Returns the number of workers.
     *
     * @return the workers
     */
    public abstract long workers();

    /**
     * Returns the number of months.
     *
     * @return the months
     */
    public abstract long months();

    /**
     * Returns the basic living allowance per worker and month.
     *
     * @return the amount, not null
     */
    public abstract Money allowancePerWorker();

    /**
     * Returns the contributions paid on the worker's behalf per worker and month.
     *
     * @return the amount, not null
     */
    public abstract Money contributionsPerWorker();

    /**
     * Returns workers × months × (allowance + contributions) in fen, exactly, whatever its size.
     *
     * @return the requirement in fen, not null
     */
    public BigInteger exactRequirementFen() {
        return BigInteger.valueOf(workers()).multiply(BigInteger.valueOf(months()))
                .multiply(BigInteger.valueOf(allowancePerWorker().fen())
                        .add(BigInteger.valueOf(contributionsPerWorker().fen())));
    }
}
