package io.github.baozhang.adapter.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.csv.internal.CsvTokenizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {

    /** A record as read: its first line, its fields, its malformation. */
    record Rec(long line, List<String> fields, String malformed) {
    }

    static List<Rec> tokenize(byte[] bytes, Charset charset, int chunk) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), 1 << 16, chunk);
        List<Rec> out = new ArrayList<>();
        while (t.nextRecord()) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < t.fieldCount(); f++) {
                fields.add(new String(t.buffer(), t.start(f), t.end(f) - t.start(f), charset));
            }
            out.add(new Rec(t.line(), fields, t.malformed()));
        }
        return out;
    }

    static List<Rec> tokenize(String text) throws IOException {
        return tokenize(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 3);
    }

    @Test
    void quotedFieldsDoubledQuotesCommasAndNewlines() throws IOException {
        List<Rec> r = tokenize("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"x\ny\",2,\r\nlast,1,2");
        assertEquals(3, r.size());
        assertEquals(List.of("a", "b,c", "say \"hi\""), r.get(0).fields());
        assertEquals(1, r.get(0).line());
        assertEquals(List.of("x\ny", "2", ""), r.get(1).fields());
        assertEquals(2, r.get(1).line(), "a quoted field spanning lines: the record's first line");
        assertEquals(4, r.get(2).line());
        assertNull(r.get(2).malformed());
    }

    @Test
    void bomIsSkippedAndBlankLinesIgnored() throws IOException {
        byte[] bytes = "\uFEFFa,b\n\n\r\nc,d\n".getBytes(StandardCharsets.UTF_8);
        List<Rec> r = tokenize(bytes, StandardCharsets.UTF_8, 1);
        assertEquals(List.of("a", "b"), r.get(0).fields());
        assertEquals(List.of("c", "d"), r.get(1).fields());
        assertEquals(4, r.get(1).line());
        assertEquals(2, r.size());
    }

    @Test
    void loneCarriageReturnIsData() throws IOException {
        List<Rec> r = tokenize("a\rb,c\n");
        assertEquals(List.of("a\rb", "c"), r.get(0).fields());
    }

    @Test
    void quoteInsideUnquotedFieldIsMalformedNotAnException() throws IOException {
        List<Rec> r = tokenize("a,b\"c,d\ne,f\n");
        assertNotNull(r.get(0).malformed());
        assertNull(r.get(1).malformed());
        assertEquals(2, r.get(1).line());
    }

    @Test
    void textAfterClosingQuoteIsMalformed() throws IOException {
        List<Rec> r = tokenize("\"a\"b,c\nx\n");
        assertTrue(r.get(0).malformed().contains("closing quote"));
        assertEquals(List.of("x"), r.get(1).fields());
    }

    @Test
    void unterminatedQuoteRunsToTheEndAndIsMalformed() throws IOException {
        List<Rec> r = tokenize("a,b\n\"open,c\nd,e\n");
        assertEquals(2, r.size());
        assertEquals(2, r.get(1).line());
        assertTrue(r.get(1).malformed().contains("still open"));
    }

    @Test
    void gbkBytesNeverSplitAField() throws IOException {
        Charset gbk = Charset.forName("GBK");
        String text = "期间,\"省份,代码\",发放日期\r\n";
        List<Rec> r = tokenize(text.getBytes(gbk), gbk, 2);
        assertEquals(List.of("期间", "省份,代码", "发放日期"), r.get(0).fields());
        Charset gb18030 = Charset.forName("GB18030");
        String rare = "\uD840\uDC00,㐀\n";
        assertEquals(List.of("\uD840\uDC00", "㐀"), tokenize(rare.getBytes(gb18030), gb18030, 1).get(0).fields());
    }

    @Test
    void emptyDocumentHasNoRecord() throws IOException {
        assertFalse(new CsvTokenizer(new ByteArrayInputStream(new byte[0]), 10).nextRecord());
        assertEquals(0, tokenize("\uFEFF").size());
    }

    @Test
    void tooLongRecordIsFlagged() throws IOException {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("abcdefghij,k\nok\n".getBytes(StandardCharsets.US_ASCII)), 4);
        assertTrue(t.nextRecord());
        assertTrue(t.tooLong());
        assertTrue(t.nextRecord());
        assertFalse(t.tooLong());
        assertEquals(2, t.line());
    }
}
