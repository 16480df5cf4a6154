package io.github.baozhang.validation;

import io.github.baozhang.disbursement.PublicPosting;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.Parsed;
import java.util.Objects;

/**
 * Masks personal data as the public list (张榜公布) shows it, for violations, logs and anything
 * else that leaves the office: a name keeps its first character and, from three characters on,
 * its last ({@code 王*}, {@code 王*国}, {@code 欧**锋}); a citizen ID keeps its first six and last
 * four characters ({@code 110105********002X}).
 *
 * <p>Characters are counted as Unicode code points, so a name with a character outside the
 * Basic Multilingual Plane is never cut in half. This class is a stateless utility.
 */
public final class Masking {

    private Masking() {
    }

    /**
     * Masks a name: the first character, then one {@code *} for each character but the last,
     * then the last from three characters on. A name of one character is all masked ({@code *}):
     * keeping it would keep all of it.
     *
     * @param name  the name, not null
     * @return the masked name, as many characters as the name, not null
     */
    public static String name(CharSequence name) {
        Objects.requireNonNull(name, "name");
        return name.length() == 0 ? "" : PublicPosting.maskName(name.toString());
    }

    /**
     * Masks a citizen ID given as text, valid or not: a valid 18-character ID as
     * {@link CitizenId#masked()} ({@code 110105********002X}); any other text of eleven or more
     * characters keeps its first six and last four and masks the rest; shorter text is all
     * masked.
     *
     * @param text  the text, not null
     * @return the masked text, as many characters as the text, not null
     */
    public static String citizenId(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Parsed<CitizenId> parsed = CitizenId.check(text);
        if (parsed.isValid()) {
            return parsed.value().masked();
        }
        int[] points = text.codePoints().toArray();
        int n = points.length;
        if (n < 11) {
            return "*".repeat(n);
        }
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i < 6 || i >= n - 4) {
                masked.appendCodePoint(points[i]);
            } else {
                masked.append('*');
            }
        }
        return masked.toString();
    }
}
