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
				"--sdn-claims", "500", "--query-budget", "0.05", "--rest-seconds", "1", "--rest-warmup-seconds", "1",
				"--naive-timeout-ms", "2000");

		BenchReport report = benchmark.run();

		assertThat(report.runs()).singleElement().satisfies(run -> {
			assertThat(run.first().report().claims()).isEqualTo(10_000);
			assertThat(run.first().report().relationshipsCreated()).isGreaterThan(3 * 10_000);
			assertThat(run.again().report().wroteNothing()).isTrue();
			assertThat(run.ingestBaselines()).extracting(IngestBench.Write::claims).containsExactly(500, 100, 500);
			assertThat(run.ingestBaselines()).allSatisfy(w -> assertThat(w.relationships()).isPositive());
			assertThat(run.queries()).hasSize(14).allSatisfy(q -> {
				assertThat(q.product().calls()).isPositive();
				assertThat(q.naive().calls()).isPositive();
			});
			assertThat(run.rest()).hasSize(2).allSatisfy(r -> {
				assertThat(r.requests()).isPositive();
				assertThat(r.errors()).isZero();
			});
			assertThat(run.memory().liveHeapBytes()).isPositive();
			assertThat(run.memory().storeBytesPerRelationship()).isPositive();
		});
		// the ingest baselines were deleted again: the graph holds the corpus only
		assertThat(report.runs().getFirst().relationships()).isPositive();
		assertThat(report.targets()).isNotEmpty();
		assertThat(Files.readString(report.markdown())).contains("## Targets", "## Ingest", "## Queries at 10,000 claims",
				"## Throughput", "## Memory");
		assertThat(report.json()).isNotEmptyFile();
	}
}
