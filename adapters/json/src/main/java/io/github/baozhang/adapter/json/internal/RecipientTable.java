package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first place each citizen ID drew at in each period: the enterprise, and the record (its
 * index in the array and its line). An open-addressing table of parallel primitive arrays —
 * the ID packed in a {@code long} (its first 17 digits; the check character follows from them),
 * the period in an {@code int}, the enterprise interned — so that an entry costs about 64 bytes
 * and no object: a document of n distinct (ID, period) pairs holds some 64 × n bytes.
 *
 * <p>Not thread-safe; one per read.
 */
final class RecipientTable {

    /** What {@link #putIfAbsent} found: the first place of the ID in the period. */
    record First(OrganizationCode enterpriseId, long index, long line) {
    }

    private long[] ids = new long[1024];
    private int[] periods = new int[1024];
    /** The interned enterprise plus one; 0 marks an empty slot. */
    private int[] enterprises = new int[1024];
    private long[] indexes = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    private final Map<OrganizationCode, Integer> interned = new HashMap<>();
    private final List<OrganizationCode> byNumber = new ArrayList<>();

    /** Returns the number of (ID, period) pairs held. */
    int size() {
        return size;
    }

    /**
     * Records the place of an ID in a period unless one is recorded already.
     *
     * @return the place recorded before, or null if this one is the first
     */
    First putIfAbsent(CitizenId id, YearMonth period, OrganizationCode enterpriseId, long index, long line) {
        long key = pack(id);
        int p = period.getYear() * 12 + period.getMonthValue() - 1;
        int mask = ids.length - 1;
        int slot = hash(key, p) & mask;
        while (enterprises[slot] != 0) {
            if (ids[slot] == key && periods[slot] == p) {
                return new First(byNumber.get(enterprises[slot] - 1), indexes[slot], lines[slot]);
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = key;
        periods[slot] = p;
        enterprises[slot] = intern(enterpriseId) + 1;
        indexes[slot] = index;
        lines[slot] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return null;
    }

    private int intern(OrganizationCode enterpriseId) {
        Integer n = interned.get(enterpriseId);
        if (n == null) {
            n = byNumber.size();
            byNumber.add(enterpriseId);
            interned.put(enterpriseId, n);
        }
        return n;
    }

    private void grow() {
        long[] oldIds = ids;
        int[] oldPeriods = periods;
        int[] oldEnterprises = enterprises;
        long[] oldIndexes = indexes;
        long[] oldLines = lines;
        int capacity = oldIds.length * 2;
        ids = new long[capacity];
        periods = new int[capacity];
        enterprises = new int[capacity];
        indexes = new long[capacity];
        lines = new long[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldEnterprises[i] != 0) {
                int slot = hash(oldIds[i], oldPeriods[i]) & mask;
                while (enterprises[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                periods[slot] = oldPeriods[i];
                enterprises[slot] = oldEnterprises[i];
                indexes[slot] = oldIndexes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** The first 17 digits of the 18 characters; the last is their check character. */
    private static long pack(CitizenId id) {
        String s = id.toString();
        long v = 0;
        for (int i = 0; i < 17; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static int hash(long key, int period) {
        long h = (key ^ ((long) period << 40)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
