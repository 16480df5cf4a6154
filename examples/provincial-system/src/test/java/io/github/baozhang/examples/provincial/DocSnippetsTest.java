package io.github.baozhang.examples.provincial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.csv.WorkerRow;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.examples.provincial.snippets.CsvPage;
import io.github.baozhang.examples.provincial.snippets.IncidentsPage;
import io.github.baozhang.examples.provincial.snippets.ProfilesPage;
import io.github.baozhang.examples.provincial.snippets.ValidationPage;
import io.github.baozhang.examples.provincial.snippets.WorkerForm;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import jakarta.validation.ConstraintViolation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code the docs show is compiled code: every {@code ```java} block of {@code docs/*.md} is
 * the tagged region its {@code <!-- compiled: PATH#TAG -->} names (indentation aside), or, in the
 * adapter guide, a {@code <!-- from PATH -->} excerpt that {@code AdapterGuideTest} checks; the
 * snippets are run here with their results checked; and every relative link between the pages
 * leads to a file and, with an anchor, to a heading of it.
 */
class DocSnippetsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern BLOCK = Pattern.compile("(?:<!-- (compiled:|from) (\\S+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @TempDir
    Path dir;

    @Test
    void everyJavaBlockOfTheDocsIsCompiledCode() throws IOException {
        int compiled = 0;
        List<String> failures = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                String where = ROOT.relativize(page) + " line " + (text.substring(0, m.start()).lines().count() + 1);
                if (m.group(1) == null) {
                    failures.add(where + ": a java block without <!-- compiled: PATH#TAG -->");
                } else if (m.group(1).equals("compiled:")) {
                    compiled++;
                    String[] target = m.group(2).split("#", 2);
                    String region = dedent(region(Files.readString(ROOT.resolve(target[0]), StandardCharsets.UTF_8), target[1]));
                    if (!region.equals(dedent(m.group(3)))) {
                        failures.add(where + ": differs from " + m.group(2) + ", which is:\n" + region);
                    }
                } else {
                    assertEquals(Path.of("docs/adapters.md"), ROOT.relativize(page), "<!-- from --> is the adapter guide's (AdapterGuideTest)");
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(compiled >= 7, "csv, incidents, profiles and validation show compiled code: " + compiled);
    }

    @Test
    void everyRelativeLinkOfTheDocsLeadsToAFileAndHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages = new ArrayList<>(pages());
        pages.add(ROOT.resolve("README.md"));
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("^[a-z]+:.*")) {
                    continue;
                }
                String[] parts = link.split("#", 2);
                Path target = parts[0].isEmpty() ? page : page.getParent().resolve(parts[0]).normalize();
                if (!Files.exists(target)) {
                    broken.add(ROOT.relativize(page) + ": " + link + " (no such file)");
                } else if (parts.length == 2 && target.toString().endsWith(".md") && !anchors(target).contains(parts[1])) {
                    broken.add(ROOT.relativize(page) + ": " + link + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theCsvPageReadsAFeedOnOneAndTwoThreadsAlike() throws IOException {
        Path feed = dir.resolve("feed.csv");
        Files.write(feed, ProvincialSystem.resource("feed-2000-03.csv").open().readAllBytes());
        List<WorkerRow> rows = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        CsvPage.Read read = CsvPage.read(feed, new FeedListener<WorkerRow>() {
            @Override
            public void accepted(WorkerRow row, Location location) {
                rows.add(row);
            }

            @Override
            public void rejected(RejectedRecord record) {
                rejected.add(record);
            }
        });
        assertEquals(12, read.summary().rows().accepted());
        assertEquals(2, read.summary().rows().rejected());
        assertEquals(2, read.rejected().size(), "the rejects were logged");
        assertEquals(read.summary(), read.same());
        assertEquals(12, read.counts().accepted());
        assertEquals(12, rows.size());
        assertEquals(2, rejected.size());
    }

    @Test
    void theIncidentsPageFindsEachUncoveredEnterpriseAndDay() {
        OrganizationCode angang = OrganizationCode.parse("127469818");
        OrganizationCode shuicheng = OrganizationCode.parse("127045134");
        List<LocalDate> springFestival = List.of(LocalDate.of(2000, 2, 5), LocalDate.of(2000, 2, 6));
        List<Finding> uncovered = IncidentsPage.roster(angang, shuicheng, springFestival);
        assertEquals(List.of("F6001 " + shuicheng + " 2000-02-05", "F6001 " + angang + " 2000-02-06"),
                uncovered.stream().map(f -> f.code().code() + " " + f.subject() + " " + f.arguments().get("date")).toList());
    }

    @Test
    void theProfilesPageRaisesBeijingInJuly() {
        ProfilesPage.Answers beijing = ProfilesPage.beijing();
        assertEquals(List.of(Money.ofYuan(295), Money.ofYuan(235)), beijing.june().rungs());
        assertEquals(List.of(Money.ofYuan(361), Money.ofYuan(301)), beijing.july().rungs());
        assertEquals(Money.ofFen(15_616), beijing.contributions());
        assertEquals(List.of(), beijing.problems());
    }

    @Test
    void theValidationPageSaysTooManyInTheCentreInChinese() throws IOException {
        List<Enterprise> registry = InterchangeJson.enterpriseReader().readAll(ProvincialSystem.resource("enterprises.json")).values();
        List<MonthlyReport> reports = ProvincialSystem.closeMonth(ProvincialSystem.resource("enterprises.json"),
                ProvincialSystem.resource("feed-2000-03.csv"), new ByteArrayOutputStream(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        MonthlyReport report = reports.get(1);
        Enterprise registered = registry.stream().filter(e -> e.id().equals(report.enterpriseId())).findFirst().orElseThrow();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8)) {
            assertEquals(List.of(), ValidationPage.validate(report, registered, out));
            MonthlyReport tooMany = MonthlyReport.builder().from(report)
                    .laidOffWorkers(42_000).inCentre(50_000).agreementsSigned(50_000).build();
            List<Violation> problems = ValidationPage.validate(tooMany, registered, out);
            assertFalse(problems.isEmpty());
        }
        String text = said.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().anyMatch(l -> l.equals("inCentre：进中心人数 50000 超过下岗职工人数 42000")), text);
    }

    @Test
    void theValidationPageChecksAFormAndSaysWhy() {
        WorkerForm good = ValidationPage.form("11010519491231002X", "D2143569-X", null, "230100", 21_500, "28600");
        assertEquals(Set.of(), ValidationPage.validate(good));
        WorkerForm bad = ValidationPage.form("110105194912310021", "D2143569X", null, null, 0, "50000");
        Set<ConstraintViolation<WorkerForm>> violations = ValidationPage.validate(bad);
        assertEquals(Set.of("citizenId", "perWorkerFen"),
                violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()));
        ConstraintViolation<WorkerForm> citizenId = violations.stream()
                .filter(v -> v.getPropertyPath().toString().equals("citizenId")).findFirst().orElseThrow();
        String words = ValidationPage.reason(citizenId, Locale.SIMPLIFIED_CHINESE);
        assertTrue(words.contains("公民身份号码的校验码应为 X，实为 1"), words);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static String region(String source, String tag) {
        String from = "// tag::" + tag + "[]";
        String to = "// end::" + tag + "[]";
        int start = source.indexOf(from);
        int end = source.indexOf(to);
        assertTrue(start >= 0 && end > start, "markers " + tag);
        return source.substring(source.indexOf('\n', start) + 1, source.lastIndexOf('\n', end) + 1);
    }

    /** The lines without their common indentation, without trailing blanks. */
    static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** GitHub's anchors of a page's headings. */
    private static Set<String> anchors(Path page) throws IOException {
        return Files.readString(page, StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}\\s_-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }
}
