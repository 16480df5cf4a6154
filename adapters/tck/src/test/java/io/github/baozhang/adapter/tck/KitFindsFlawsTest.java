package io.github.baozhang.adapter.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/** The kit's checks can fail: each flawed reader, sink or provider is caught by the check named for its flaw. */
class KitFindsFlawsTest {

    private static final List<Integer> VALUES = List.of(7, 0, 123456789);

    private static LinesContract contract(LinesReader.Flaw flaw) {
        return new LinesContract(flaw);
    }

    @Test
    void aReaderThatMiscountsBreaksConservation() {
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.MISCOUNTS).roundTripGivesTheSameValues(VALUES));
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.MISCOUNTS)
                .anyBytesKeepRowsInEqualAcceptedPlusRejected("1\n2\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aReaderThatThrowsOnBadDataIsCaught() {
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.THROWS_ON_BAD_DATA)
                .anyBytesKeepRowsInEqualAcceptedPlusRejected("1\nx\n".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.THROWS_ON_BAD_DATA).aBrokenRecordIsRejectedWhereItIs(VALUES, 1));
    }

    @Test
    void aRejectionWithoutLocationIsCaught() {
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.UNLOCATED_REJECTION).aBrokenRecordIsRejectedWhereItIs(VALUES, 2));
    }

    @Test
    void aLeakedStreamIsCaught() {
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.LEAKS_STREAM).theReaderClosesWhatItOpens(VALUES, 0));
    }

    @Test
    void aSwallowedReadErrorIsCaught() {
        assertThrows(AssertionError.class, () -> contract(LinesReader.Flaw.SWALLOWS_IO_ERRORS).aSourceThatFailsMidwayIsAnIOException(VALUES));
    }

    @Test
    void aConformingReaderPassesTheSameChecks() throws Exception {
        LinesContract ok = contract(LinesReader.Flaw.NONE);
        ok.roundTripGivesTheSameValues(VALUES);
        ok.aBrokenRecordIsRejectedWhereItIs(VALUES, 2);
        ok.theReaderClosesWhatItOpens(VALUES, 0);
        ok.aSourceThatFailsMidwayIsAnIOException(VALUES);
        ok.oneReaderServesSeveralThreadsAtOnce(List.of(VALUES, List.of(1, 2), List.of()), 0);
    }

    @Test
    void aSinkThatClosesTheStreamIsCaught() {
        ReportSinkContract<List<Integer>> closing = new ReportSinkContract<>() {
            @Override
            protected ReportSink<List<Integer>> sink() {
                return new LinesReader.Sink(true);
            }

            @Override
            protected Arbitrary<List<Integer>> values() {
                return Arbitraries.just(VALUES);
            }
        };
        assertThrows(AssertionError.class, () -> closing.theSinkDoesNotCloseTheStream(VALUES));
    }

    /** A provider of the toy reader, not registered anywhere. */
    public static final class Unregistered implements AdapterProvider {
        private final String version;

        /** ServiceLoader's constructor. */
        public Unregistered() {
            this(SpiVersion.CURRENT);
        }

        Unregistered(String version) {
            this.version = version;
        }

        @Override
        public String name() {
            return "lines";
        }

        @Override
        public String spiVersion() {
            return version;
        }

        @Override
        public List<FeedReader<?>> readers() {
            return List.of(new LinesReader(LinesReader.Flaw.NONE));
        }
    }

    private static AdapterProviderContract providerContract(AdapterProvider p, Set<DocumentKind> readers) {
        return new AdapterProviderContract() {
            @Override
            protected AdapterProvider provider() {
                return p;
            }

            @Override
            protected Set<DocumentKind> readerKinds() {
                return readers;
            }

            @Override
            protected Set<DocumentKind> sinkKinds() {
                return Set.of();
            }
        };
    }

    @Test
    void anUnregisteredProviderIsNotDiscovered() {
        AdapterProviderContract c = providerContract(new Unregistered(), Set.of(LinesReader.KIND));
        assertThrows(AssertionError.class, c::discoveryFindsTheProvider);
        assertThrows(AssertionError.class, c::theProviderIsRegisteredInModuleInfoAndMetaInfServices);
        c.theKindsAreWhatTheProviderClaims();
        c.theProviderStatesASupportedSpiVersion();
    }

    @Test
    void aProviderOfAnotherMajorVersionOrOtherKindsIsCaught() {
        assertThrows(AssertionError.class,
                providerContract(new Unregistered("2.0"), Set.of(LinesReader.KIND))::theProviderStatesASupportedSpiVersion);
        assertThrows(AssertionError.class,
                providerContract(new Unregistered(), Set.of(DocumentKind.of("test/other@1")))::theKindsAreWhatTheProviderClaims);
    }
}
