package io.github.baozhang.adapter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AdaptersTest {

    private static List<ProblemCode> codes(Adapters a) {
        return a.problems().stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void anExplicitChoiceUsesExactlyTheProvidersGiven() throws Exception {
        Adapters a = Adapters.of(List.of(new TestProviders.Alpha()));
        assertEquals(List.of("alpha"), a.providers().stream().map(AdapterProvider::name).collect(Collectors.toList()));
        assertEquals(List.of(), a.problems());
        FeedReader<String> reader = a.reader(TestProviders.LINES, String.class).orElseThrow();
        ReadResult<String> r = reader.readAll(Source.of("x.txt", "one\nbad\ntwo\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("one", "two"), r.values());
        assertEquals(3, r.summary().read());
        assertEquals(Map.of("E1003", 1L), r.summary().rejectedByCode());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        a.sink(TestProviders.LINES, "txt", String.class).orElseThrow().write("页", out);
        assertEquals("页", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKindNobodyReadsOrTheWrongTypeGivesNothing() {
        Adapters a = Adapters.of(List.of(new TestProviders.Alpha()));
        assertEquals(Optional.empty(), a.reader(DocumentKind.of("test/other@1")));
        assertEquals(Optional.empty(), a.reader(TestProviders.LINES, Integer.class));
        assertEquals(Optional.empty(), a.sink(TestProviders.LINES, "csv", String.class));
        assertEquals(Optional.empty(), a.sink(TestProviders.LINES, "txt", Integer.class));
        assertEquals(java.util.Set.of(TestProviders.LINES), a.readableKinds());
    }

    @Test
    void ambiguityIsReportedAndTheFirstByNameServes() {
        Adapters a = Adapters.of(List.of(new TestProviders.Beta(), new TestProviders.Alpha()));
        assertEquals(List.of(ProblemCode.ADAPTER_AMBIGUOUS), codes(a));
        Finding f = a.problems().get(0);
        assertEquals(Map.of("kind", "reader test/lines@1", "providers", "alpha,beta", "chosen", "alpha"), f.arguments());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(List.of("alpha", "beta"), a.providers().stream().map(AdapterProvider::name).collect(Collectors.toList()));
    }

    @Test
    void anIncompatibleSpiVersionIsReportedAndSkipped() {
        Adapters a = Adapters.of(List.of(new TestProviders.FromTheFuture(), new TestProviders.Alpha()));
        assertEquals(List.of(ProblemCode.ADAPTER_SPI_INCOMPATIBLE), codes(a));
        assertEquals(Map.of("provider", "future", "spiVersion", "2.0", "supported", SpiVersion.CURRENT),
                a.problems().get(0).arguments());
        assertEquals(1, a.providers().size());
    }

    @Test
    void aProviderThatFailsIsReportedAndSkipped() {
        Adapters a = Adapters.of(List.of(new TestProviders.Nameless(), new TestProviders.FaultyReaders(),
                new TestProviders.Alpha()));
        assertEquals(List.of(ProblemCode.ADAPTER_LOAD_FAILED, ProblemCode.ADAPTER_LOAD_FAILED), codes(a));
        assertTrue(a.reader(TestProviders.LINES).isPresent(), "the healthy provider still serves");
    }

    @Test
    void aDuplicateNameIsReportedAndTheLaterSkipped() {
        Adapters a = Adapters.of(List.of(new TestProviders.Alpha(), new TestProviders.Alpha()));
        assertEquals(List.of(ProblemCode.ADAPTER_DUPLICATE_NAME), codes(a));
        assertEquals(1, a.providers().size());
    }
}
