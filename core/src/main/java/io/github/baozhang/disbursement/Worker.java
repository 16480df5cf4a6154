package io.github.baozhang.disbursement;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.ProblemCode;
import java.util.Objects;

/**
 * A laid-off worker (下岗职工): citizen ID and name. Both are personal data: {@link #toString()}
 * shows only their masked forms, as a public list would.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Worker {

    private final CitizenId citizenId;
    private final String name;

    private Worker(CitizenId citizenId, String name) {
        this.citizenId = citizenId;
        this.name = name;
    }

    /**
     * Returns a worker. Leading and trailing white space of the name is removed.
     *
     * @param citizenId  the citizen ID, not null
     * @param name  the name, not blank, not null
     * @return the worker, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#WORKER_NAME_BLANK} if the name is blank
     */
    public static Worker of(CitizenId citizenId, String name) {
        Objects.requireNonNull(citizenId, "citizenId");
        String stripped = Objects.requireNonNull(name, "name").strip();
        if (stripped.isEmpty()) {
            Checks.fail(ProblemCode.WORKER_NAME_BLANK);
        }
        return new Worker(citizenId, stripped);
    }

    /**
     * Returns the citizen ID: personal data.
     *
     * @return the ID, not null
     */
    public CitizenId citizenId() {
        return citizenId;
    }

    /**
     * Returns the name: personal data.
     *
     * @return the name, not blank, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the name as a public list shows it ({@link PublicPosting#maskName}).
     *
     * @return the masked name, not null
     */
    public String maskedName() {
        return PublicPosting.maskName(name);
    }

    /**
     * Returns the citizen ID as a public list shows it ({@link CitizenId#masked()}).
     *
     * @return the masked ID, not null
     */
    public String maskedId() {
        return citizenId.masked();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Worker)) {
            return false;
        }
        Worker other = (Worker) obj;
        return citizenId.equals(other.citizenId) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citizenId, name);
    }

    /**
     * Returns the masked ID and masked name, such as {@code Worker[110105********002X 王*国]};
     * never the full ID or name.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Worker[" + maskedId() + " " + maskedName() + "]";
    }
}
