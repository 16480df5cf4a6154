package io.github.baozhang.adapter.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.ProblemCode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The hot path's fast checks say what core says. */
class FastChecksProperties {

    static String randomId(Random r) {
        StringBuilder b = new StringBuilder();
        // area: often a real province prefix, sometimes not
        int prefix = r.nextInt(4) == 0 ? r.nextInt(100) : new int[] {11, 31, 44, 65, 82, 71}[r.nextInt(6)];
        b.append(String.format("%02d", prefix)).append(String.format("%04d", r.nextInt(10000)));
        int year = r.nextInt(5) == 0 ? 1700 + r.nextInt(500) : 1940 + r.nextInt(60);
        b.append(String.format("%04d", year));
        b.append(String.format("%02d", r.nextInt(5) == 0 ? r.nextInt(100) : 1 + r.nextInt(12)));
        b.append(String.format("%02d", r.nextInt(4) == 0 ? r.nextInt(100) : 1 + r.nextInt(31)));
        b.append(String.format("%03d", r.nextInt(1000)));
        char check = CitizenId.checkCharacter(b);
        switch (r.nextInt(8)) {
            case 0: b.append("0123456789Xx".charAt(r.nextInt(12))); break;
            case 1: b.append(check == 'X' ? 'x' : check); break;
            case 2: b.setCharAt(r.nextInt(17), "a -/".charAt(r.nextInt(4))); b.append(check); break;
            case 3: b.append(check).append(r.nextInt(10)); break;
            case 4: b.setLength(r.nextInt(18)); break;
            case 5: b.append("Y/ ".charAt(r.nextInt(3))); break;
            default: b.append(check);
        }
        return b.toString();
    }

    @Property(tries = 20_000)
    void theFastIdCheckAgreesWithCore(@ForAll long seed) {
        String id = randomId(new Random(seed));
        byte[] bytes = ("," + id + ",").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(CitizenId.check(id).isValid(), FastChecks.isCitizenId(bytes, 1, bytes.length - 1), id);
    }

    @Property(tries = 20_000)
    void theFastWrongCheckCharacterAnswerIsCoresCode(@ForAll long seed) {
        String id = randomId(new Random(seed));
        byte[] bytes = ("," + id + ",").getBytes(StandardCharsets.ISO_8859_1);
        boolean core = CitizenId.check(id).code().filter(ProblemCode.CITIZEN_ID_CHECK::equals).isPresent();
        assertEquals(core, FastChecks.isCitizenIdWrongOnlyInCheckCharacter(bytes, 1, bytes.length - 1), id);
    }

    @Test
    void aWrongCheckCharacterIsFoundWithoutCore() {
        byte[] wrong = "11010519491231002Y".getBytes(StandardCharsets.US_ASCII);
        assertEquals(false, FastChecks.isCitizenIdWrongOnlyInCheckCharacter(wrong, 0, wrong.length));
        String first17 = "11010519491231002";
        char check = CitizenId.checkCharacter(first17);
        byte[] right = (first17 + check).getBytes(StandardCharsets.US_ASCII);
        assertEquals(false, FastChecks.isCitizenIdWrongOnlyInCheckCharacter(right, 0, right.length));
        byte[] off = (first17 + (check == '0' ? '1' : '0')).getBytes(StandardCharsets.US_ASCII);
        assertTrue(FastChecks.isCitizenIdWrongOnlyInCheckCharacter(off, 0, off.length));
    }

    @Test
    void everyBirthDayOfEveryYearAgrees() {
        for (int year = 1790; year <= 2110; year++) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String first17 = "440301" + String.format("%04d%02d%02d", year, month, day) + "123";
                    String id = first17 + CitizenId.checkCharacter(first17);
                    byte[] b = id.getBytes(StandardCharsets.US_ASCII);
                    assertEquals(CitizenId.check(id).isValid(), FastChecks.isCitizenId(b, 0, b.length), id);
                }
            }
        }
    }

    @Property(tries = 2_000)
    void keysAreUniqueForTexts(@ForAll long seed) {
        Random r = new Random(seed);
        String a = randomText(r);
        String c = randomText(r);
        byte[] ab = a.getBytes(StandardCharsets.ISO_8859_1);
        byte[] cb = c.getBytes(StandardCharsets.ISO_8859_1);
        long ka = FastChecks.key(ab, 0, ab.length);
        long kc = FastChecks.key(cb, 0, cb.length);
        if (ka != -1 && kc != -1 && !a.equals(c)) {
            assertNotEquals(ka, kc, a + " / " + c);
        }
        if (a.equals(c)) {
            assertEquals(ka, kc);
        }
    }

    static String randomText(Random r) {
        int n = r.nextInt(11);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) (r.nextInt(3) == 0 ? 0x20 + r.nextInt(0x60) : '0' + r.nextInt(3)));
        }
        return b.toString();
    }

    @Test
    void theCacheGrowsThenStopsWhenHalfFull() {
        FastChecks.Cache big = new FastChecks.Cache(1 << 12);
        for (long k = 1; k <= 3000; k++) {
            big.put(k * 7919, "v" + k);
        }
        for (long k = 1; k <= 2048; k++) {
            assertEquals("v" + k, big.get(k * 7919), "kept while growing");
        }
        assertNull(big.get(2049L * 7919), "full at half its most slots");
        FastChecks.Cache c = new FastChecks.Cache(8);
        for (long k = 1; k <= 10; k++) {
            c.put(k, "v" + k);
        }
        for (long k = 1; k <= 4; k++) {
            assertEquals("v" + k, c.get(k));
        }
        assertNull(c.get(5));
        c.put(-1, "never");
        assertNull(c.get(-1));
        byte[] nine = "12345678X".getBytes(StandardCharsets.US_ASCII);
        assertTrue(FastChecks.key(nine, 0, 9) != -1);
        assertEquals(-1, FastChecks.key(nine, 0, 0));
        assertEquals(-1, FastChecks.key("1234567890".getBytes(StandardCharsets.US_ASCII), 0, 10));
    }
}
