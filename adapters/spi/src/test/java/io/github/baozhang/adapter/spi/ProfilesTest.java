package io.github.baozhang.adapter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Profiles#resolve}: the built-in name, files through a discovered reader, and every failure. */
class ProfilesTest {

    /** Reads a file whose text is a profile name; "bad" is rejected, "doc" rejected as a whole, "io" fails. */
    static final class NameReader implements FeedReader<ProvinceProfile> {
        @Override
        public DocumentKind kind() {
            return Profiles.KIND;
        }

        @Override
        public Class<ProvinceProfile> valueType() {
            return ProvinceProfile.class;
        }

        @Override
        public ReadSummary read(Source source, FeedListener<? super ProvinceProfile> listener) throws IOException {
            String text;
            try (InputStream in = source.open()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            ReadSummary.Counter counter = ReadSummary.counter();
            Location at = Location.none().withDocument(source.name());
            Violation v = Violation.of(ProblemCode.JSON_FIELD_MISSING, "name", Map.of("field", "name")).withLocation(at);
            switch (text) {
                case "io":
                    throw new IOException("disk on fire");
                case "doc":
                    listener.documentRejected(v);
                    counter.documentRejected(v);
                    break;
                case "bad":
                    RejectedRecord r = RejectedRecord.of(at, List.of(v));
                    listener.rejected(r);
                    counter.rejected(r);
                    break;
                default:
                    listener.accepted(ProvinceProfile.builder().name(text).build(), at);
                    counter.accepted();
            }
            return counter.toSummary();
        }
    }

    static final class NameProvider implements AdapterProvider {
        @Override
        public String name() {
            return "names";
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public List<FeedReader<?>> readers() {
            return List.of(new NameReader());
        }

        @Override
        public List<ReportSink<?>> sinks() {
            return List.of();
        }
    }

    private static final Adapters ADAPTERS = Adapters.of(List.of(new NameProvider()));

    private static Path file(Path dir, String text) throws IOException {
        Path p = dir.resolve(text + ".json");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void nationalIsBuiltInInAnyCase() {
        for (String name : List.of("national", "NATIONAL", "National")) {
            ProfileResolution r = Profiles.resolve(name);
            assertEquals(ProfileResolution.Status.BUILT_IN, r.status());
            assertTrue(r.isResolved());
            assertEquals(ProvinceProfile.national(), r.profile().orElseThrow());
            assertEquals(List.of(), r.violations());
            assertEquals(r, Profiles.resolve(name, Adapters.of(List.of())));
        }
        assertFalse(Profiles.isBuiltIn("nation"));
    }

    @Test
    void readsAFileThroughTheReaderOfTheKind(@TempDir Path dir) throws IOException {
        ProfileResolution r = Profiles.resolve(file(dir, "beijing").toString(), ADAPTERS);
        assertEquals(ProfileResolution.Status.READ, r.status());
        assertEquals("beijing", r.profile().orElseThrow().name());
    }

    @Test
    void aNameThatIsNoFileIsNotFound() {
        for (String name : List.of("beijing", "", " ", "no/such/file.json", "bad\0path")) {
            ProfileResolution r = Profiles.resolve(name, ADAPTERS);
            assertEquals(ProfileResolution.Status.NOT_FOUND, r.status(), name);
            assertFalse(r.isResolved());
            assertTrue(r.profile().isEmpty());
            Violation v = r.violations().get(0);
            assertEquals(ProblemCode.PROFILE_NOT_FOUND, v.code());
            assertEquals(Map.of("name", name), v.arguments());
            assertEquals(name, v.location().document().orElseThrow());
        }
    }

    @Test
    void aDirectoryIsNotAProfile(@TempDir Path dir) {
        assertEquals(ProfileResolution.Status.NOT_FOUND, Profiles.resolve(dir.toString(), ADAPTERS).status());
    }

    @Test
    void withoutAReaderTheFileCannotBeRead(@TempDir Path dir) throws IOException {
        ProfileResolution r = Profiles.resolve(file(dir, "beijing").toString(), Adapters.of(List.of()));
        assertEquals(ProfileResolution.Status.NO_READER, r.status());
        assertEquals(ProblemCode.PROFILE_READER_MISSING, r.violations().get(0).code());
        assertEquals(Map.of("kind", "baozhang/province-profile@1"), r.violations().get(0).arguments());
    }

    @Test
    void aFailingReadIsUnreadable(@TempDir Path dir) throws IOException {
        ProfileResolution r = Profiles.resolve(file(dir, "io").toString(), ADAPTERS);
        assertEquals(ProfileResolution.Status.UNREADABLE, r.status());
        assertEquals(ProblemCode.PROFILE_UNREADABLE, r.violations().get(0).code());
        assertEquals("disk on fire", r.violations().get(0).arguments().get("reason"));
    }

    @Test
    void aRejectedProfileOrDocumentCarriesTheReadersViolations(@TempDir Path dir) throws IOException {
        for (String text : List.of("bad", "doc")) {
            ProfileResolution r = Profiles.resolve(file(dir, text).toString(), ADAPTERS);
            assertEquals(ProfileResolution.Status.REJECTED, r.status(), text);
            assertEquals(ProblemCode.JSON_FIELD_MISSING, r.violations().get(0).code());
            assertEquals(1, r.violations().size());
        }
    }

    @Test
    void resolutionsAreValues() {
        ProvinceProfile p = ProvinceProfile.national();
        assertEquals(ProfileResolution.resolved(ProfileResolution.Status.READ, p),
                ProfileResolution.resolved(ProfileResolution.Status.READ, p));
        assertEquals(ProfileResolution.resolved(ProfileResolution.Status.READ, p).hashCode(),
                ProfileResolution.resolved(ProfileResolution.Status.READ, p).hashCode());
        assertFalse(ProfileResolution.resolved(ProfileResolution.Status.READ, p)
                .equals(ProfileResolution.resolved(ProfileResolution.Status.BUILT_IN, p)));
        assertTrue(ProfileResolution.resolved(ProfileResolution.Status.READ, p).toString().contains("national"));
        Violation v = Violation.of(ProblemCode.PROFILE_NOT_FOUND, "", Map.of("name", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> ProfileResolution.failed(ProfileResolution.Status.READ, List.of(v)));
        assertThrows(IllegalArgumentException.class,
                () -> ProfileResolution.failed(ProfileResolution.Status.NOT_FOUND, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ProfileResolution.resolved(ProfileResolution.Status.REJECTED, p));
        assertFalse(ProfileResolution.Status.REJECTED.isResolved());
    }
}
