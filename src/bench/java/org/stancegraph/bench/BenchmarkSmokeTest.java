package org.stancegraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The benchmark at 10^4 claims with short budgets, so that it cannot rot: every step runs against a real embedded
 * Neo4j and the report holds a figure for every measurement. The figures themselves are not judged here; the full
 * run ({@code mvn -Pbench verify}) is what they come from.
 */
class BenchmarkSmokeTest {

	@Test
	void runsEveryMeasurementAndWritesTheReport(@TempDir Path out) throws Exception {
		Benchmark benchmark = new Benchmark();
		new CommandLine(benchmark).parseArgs("--sizes", "10000", "--out", out.toString(), "--per-claim-claims", "100",
				"--batched-claims", "500", "--sdn-claims", "500", "--query-budget", "0.05", "--rest-seconds", "1", "--rest-warmup-seconds", "1",
				"--naive-timeout-ms", "2000", "--documents", "2", "--document-warmup", "1");

		BenchReport report = benchmark.run();

		assertThat(report.runs()).singleElement().satisfies(run -> {
			assertThat(run.first().report().claims()).isEqualTo(10_000);
			assertThat(run.first().report().relationshipsCreated()).isGreaterThan(3 * 10_000);
			assertThat(run.again().report().wroteNothing()).isTrue();
			assertThat(run.ingestBaselines()).extracting(IngestBench.Write::claims).containsExactly(500, 500, 100, 500);
			assertThat(run.ingestBaselines()).allSatisfy(w -> assertThat(w.relationships()).isPositive());
			// twelve lines for each class of parameters, hub and rare
			assertThat(run.queries()).hasSize(24).allSatisfy(q -> {
				assertThat(q.product().calls()).isPositive();
				assertThat(q.naive().calls()).isPositive();
			});
			assertThat(run.queries()).extracting(QueryBench.Result::query)
				.contains("agreement matrix 50x50", "agreement matrix 50x50 as of a date", "agreement matrix and blocs 50x50");
			assertThat(run.rest()).extracting(RestBench.Result::way).containsExactly("driver", "REST cold", "REST warm");
			assertThat(run.rest()).allSatisfy(r -> {
				assertThat(r.requests()).isPositive();
				assertThat(r.errors()).isZero();
			});
			assertThat(run.memory().liveHeapBytes()).isPositive();
			assertThat(run.memory().storeBytesPerRelationship()).isPositive();
		});
		assertThat(report.seedRest()).singleElement().satisfies(rest -> {
			assertThat(rest.results()).hasSize(15).allSatisfy(r -> {
				assertThat(r.requests()).isPositive();
				assertThat(r.errors()).isZero();
			});
			assertThat(rest.results()).filteredOn(r -> r.way().equals("REST cold")).allSatisfy(r -> assertThat(r.repeats()).isZero());
		});
		// the ingest baselines were deleted again: the graph holds the corpus only
		assertThat(report.runs().getFirst().relationships()).isPositive();
		assertThat(report.targets()).isNotEmpty();
		assertThat(report.documents()).singleElement().satisfies(run -> assertSaved(run, 2));
		assertThat(Files.readString(report.markdown())).contains("## Targets", "## Ingest", "## Queries at 10,000 claims",
				"## REST on the seed graph", "## Throughput", "## Memory", "## A reviewed document of 10 claims saved in one request");
		assertThat(report.json()).isNotEmptyFile();
	}

	@Test
	void savesReviewedDocumentsAloneOnTheSeedGraph(@TempDir Path out) throws Exception {
		Benchmark benchmark = new Benchmark();
		new CommandLine(benchmark).setCaseInsensitiveEnumValuesAllowed(true)
			.parseArgs("--only", "documents", "--out", out.toString(), "--documents", "3", "--document-warmup", "1");

		BenchReport report = benchmark.run();

		assertThat(report.runs()).isEmpty();
		assertThat(report.documents()).singleElement().satisfies(run -> {
			assertThat(run.graph()).isEqualTo("the seed graph");
			assertSaved(run, 3);
		});
		assertThat(Files.readString(report.markdown())).contains("## A reviewed document of 10 claims saved in one request")
			.doesNotContain("## Targets");
	}

	/** Every request of the three ways answered as expected, each timed. */
	private static void assertSaved(DocumentBench.Run run, int documents) {
		assertThat(run.results()).hasSize(3).allSatisfy(r -> {
			assertThat(r.requests()).isEqualTo(documents);
			assertThat(r.errors()).isZero();
			assertThat(r.claimsPerRequest()).isEqualTo(10);
			assertThat(r.p50()).isPositive();
			assertThat(r.p95()).isGreaterThanOrEqualTo(r.p50());
		});
	}
}
