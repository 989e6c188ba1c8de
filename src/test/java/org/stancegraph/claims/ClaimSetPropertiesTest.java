package org.stancegraph.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.booleans;
import static org.quicktheories.generators.Generate.longRange;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.Generate.range;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.springframework.util.FileSystemUtils;
import org.stancegraph.DerivedEdges;
import org.stancegraph.GraphFingerprint;
import org.stancegraph.SecondNeo4j;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/**
 * Properties of the validator and the loader over random claim sets: claim files written from a random set validate,
 * load, and load again with nothing written; the derived edges and standings are always what the claims imply
 * (recomputed by Cypher from the claim nodes); and changing claims incrementally leaves the graph a fresh load of the
 * result makes.
 * On an empty Neo4j of its own, emptied before each try.
 * <p>
 * QuickTheories runs each property inside a plain JUnit test. On failure it shrinks the random sets and reports the
 * smallest failing one and the seed; {@code -DQT_SEED=<seed>} replays that run, {@code -DQT_SHRINKS=<n>} shrinks
 * harder than {@link #SHRINK_CYCLES}.
 */
class ClaimSetPropertiesTest {

	/** A small world, so that random claims often share holders, targets and holder-relation-target triples. */
	static final List<String> ACTORS = List.of("alpha", "beta", "gamma", "delta", "epsilon");
	static final List<String> PROPOSITIONS = List.of("plan-one", "plan-two", "force-three");
	static final String INSTRUMENT = "resolution-nine";
	static final String SPEAKER = "alpha-envoy";
	static final String ENVOY_CLAIM = "envoy-speaks-for-alpha";
	static final int DOCUMENTS = 3;
	static final int SENTENCES = 12;
	static final List<Relation> RELATIONS = List.of(Relation.SUPPORTS, Relation.OPPOSES, Relation.ABSTAINED, Relation.PROPOSED,
			Relation.BACKS, Relation.OFFERS_TROOPS, Relation.DECLINES, Relation.MEMBER_OF);
	static final List<String> TARGETS = concat(ACTORS, PROPOSITIONS, List.of(INSTRUMENT));
	static final List<String> CONDITIONS = List.of("if the ceasefire holds", "once Hamas disarms");
	/**
	 * Percentage of claims without a condition, and of claims not also quoted in another document (70 of QuickTheories'
	 * 101 draws from 0 to 100).
	 */
	static final int PERCENT_WITHOUT = 70;
	/** The most statements in a set (and changes in a set of changes). */
	static final int MOST_STATEMENTS = 40;
	/** Where a set ends is drawn below this multiple of 1 to 40, so that every chance of ending is exact. */
	static final long ENDS = IntStream.rangeClosed(1, MOST_STATEMENTS).mapToObj(BigInteger::valueOf)
		.reduce(BigInteger.ONE, (m, n) -> m.multiply(n).divide(m.gcd(n))).longValueExact();
	/**
	 * Shrinking attempts after a failure. QuickTheories' default is 100,000 (100 times its default number of examples),
	 * and an attempt that makes a set not tried before validates and loads it (under a second).
	 */
	static final int SHRINK_CYCLES = Integer.getInteger(Configuration.SHRINKS, 3000);

	static SecondNeo4j neo4j;
	static ClaimLoader loader;
	static Path files;

	@BeforeAll
	static void start() throws IOException {
		files = Files.createTempDirectory("stancegraph-properties");
		neo4j = new SecondNeo4j(files.resolve("neo4j"));
		loader = neo4j.loader();
	}

	@AfterAll
	static void stop() {
		try {
			neo4j.close();
		}
		finally {
			FileSystemUtils.deleteRecursively(files.toFile());
		}
	}

	/** One random claim: the document it is quoted from, who says what about whom, when, on what condition. */
	record Statement(int document, String holder, Relation relation, String target, LocalDate date, String condition,
			int sentence, Integer alsoIn) {
	}

	/**
	 * A random statement. Its target is drawn from the entities other than its holder, so no draw is thrown away (a
	 * filter would make QuickTheories give up on a set of 40 after ten rejected draws).
	 */
	static Gen<Statement> statement() {
		Gen<Integer> documents = range(0, DOCUMENTS - 1);
		Gen<String> holders = pick(ACTORS);
		Gen<Relation> relations = pick(RELATIONS);
		// a month: claims of one holder and target often fall on one day, where a standing can be MIXED
		Gen<LocalDate> dates = range(0, 30).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
		Gen<String> conditions = pick(CONDITIONS).toOptionals(PERCENT_WITHOUT).map(c -> c.orElse(null));
		Gen<Integer> sentences = range(0, SENTENCES - 1);
		Gen<Integer> alsoIn = range(0, DOCUMENTS * SENTENCES - 1).toOptionals(PERCENT_WITHOUT).map(a -> a.orElse(null));
		return random -> {
			int document = documents.generate(random);
			String holder = holders.generate(random);
			Relation relation = relations.generate(random);
			String target = pick(TARGETS.stream().filter(t -> !t.equals(holder)).toList()).generate(random);
			return new Statement(document, holder, relation, target, dates.generate(random), conditions.generate(random),
					sentences.generate(random), alsoIn.generate(random));
		};
	}

	/**
	 * Random claim sets of 1 to 40 statements, every size equally likely. Statements come in slots, each drawn whole
	 * (keep, statement, end) whether kept or not: QuickTheories shrinks a failing set by moving single draws toward 0,
	 * and a keep draw at 0 leaves its statement out without shifting the draws after it, so shrinking can drop any
	 * statement, not only the last. After the n-th kept statement the set ends with chance 1 / (41 - n), which makes
	 * the sizes uniform; an end draw moved toward 0 ends the set sooner.
	 */
	static Gen<List<Statement>> claimSets() {
		Gen<Boolean> keeps = booleans();
		Gen<Statement> statements = statement();
		Gen<Long> ends = longRange(0, ENDS - 1);
		return random -> {
			List<Statement> set = new ArrayList<>();
			while (true) {
				boolean keep = keeps.generate(random);
				Statement statement = statements.generate(random);
				long end = ends.generate(random);
				if (keep) {
					set.add(statement);
					if (end < ENDS / (MOST_STATEMENTS + 1 - set.size())) {
						return set;
					}
				}
			}
		};
	}

	/**
	 * The property run once per set: many shrinking attempts only move draws of dropped slots, which make a set tried
	 * before, and a try loads the set into Neo4j.
	 */
	static <T> Consumer<T> oncePerSet(Consumer<T> property) {
		Map<T, Optional<Throwable>> failures = new HashMap<>();
		return value -> failures.computeIfAbsent(value, tried -> {
			try {
				property.accept(tried);
				return Optional.empty();
			}
			catch (RuntimeException | Error ex) {
				return Optional.of(ex);
			}
		}).ifPresent(ex -> {
			if (ex instanceof Error error) {
				throw error;
			}
			throw (RuntimeException) ex;
		});
	}

	@Test
	void aRandomSetValidatesLoadsWithTheEdgesItImpliesAndLoadsAgainWithNothingWritten() {
		qt().withExamples(100).withShrinkCycles(SHRINK_CYCLES).forAll(claimSets()).checkAssert(oncePerSet(statements -> {
			empty();
			ClaimSet set = validate(claimIds(statements));
			assertThat(set.claims()).hasSize(statements.size() + 1);

			LoadReport first = load(set);
			assertThat(first.changedClaims()).isEqualTo(statements.size() + 1);
			assertThat(DerivedEdges.differences(neo4j.client())).isEmpty();

			LoadReport again = load(validate(claimIds(statements)));
			assertThat(again.wroteNothing()).as(again.toString()).isTrue();
			assertThat(again.changedClaims()).isZero();
		}));
	}

	/** A set loaded first, and the changes loaded after it. */
	record SetAndChanges(List<Statement> set, List<Statement> changes) {
	}

	/**
	 * Claims changed after a first load (another holder, relation, target, date, condition or quote), with new claims
	 * beside them: the loader recomputes only the edges the changes touch, and the graph ends up what a fresh load of
	 * the changed set makes.
	 */
	@Test
	void changedClaimsLeaveTheGraphAFreshLoadOfTheChangedSetMakes() {
		qt().withExamples(50).withShrinkCycles(SHRINK_CYCLES).forAll(claimSets(), claimSets()).as(SetAndChanges::new)
			.checkAssert(oncePerSet(setAndChanges -> {
				List<Statement> before = setAndChanges.set();
				List<Statement> changes = setAndChanges.changes();
				empty();
				Map<String, Statement> first = claimIds(before);
				Map<String, Statement> changed = new LinkedHashMap<>(first);
				for (int i = 0; i < changes.size(); i++) {
					// every other change rewrites an existing claim (in its own document: a claim id belongs to one source)
					String id = i % 2 == 0 && i / 2 < before.size() ? "claim-" + (i / 2) : "claim-new-" + i;
					Statement change = changes.get(i);
					if (first.containsKey(id)) {
						change = new Statement(first.get(id).document(), change.holder(), change.relation(), change.target(),
								change.date(), change.condition(), change.sentence(), change.alsoIn());
					}
					changed.put(id, change);
				}
				load(validate(first));
				load(validate(changed));
				assertThat(DerivedEdges.differences(neo4j.client())).isEmpty();
				List<String> incremental = GraphFingerprint.content(neo4j.client());

				empty();
				load(validate(changed));
				assertThat(incremental).isEqualTo(GraphFingerprint.content(neo4j.client()));
			}));
	}

	private static Map<String, Statement> claimIds(List<Statement> statements) {
		Map<String, Statement> byId = new LinkedHashMap<>();
		IntStream.range(0, statements.size()).forEach(i -> byId.put("claim-" + i, statements.get(i)));
		return byId;
	}

	private static void empty() {
		neo4j.client().query("MATCH (n) DETACH DELETE n").run();
	}

	private static LoadReport load(ClaimSet set) {
		return loader.load(set, Integer.MAX_VALUE, LoadProgress.NONE);
	}

	/** Writes the claims as a dataset folder (entity file, documents, one claim file per document) and validates it. */
	private static ClaimSet validate(Map<String, Statement> claims) {
		Path dataset = files.resolve("dataset");
		FileSystemUtils.deleteRecursively(dataset.toFile());
		try {
			Files.createDirectories(dataset.resolve("documents"));
			Files.createDirectories(dataset.resolve("claims"));
			Files.writeString(dataset.resolve("entities.yaml"), entities());
			for (int d = 0; d < DOCUMENTS; d++) {
				Files.writeString(dataset.resolve("documents/" + document(d) + ".yaml"), """
						id: %s
						title: Random document %d
						publisher: Publisher %d
						published: "2025-11-20"
						publishedBasis: Generated for the property tests.
						corpusFile: %s.txt
						""".formatted(document(d), d, d % 2, document(d)));
				StringBuilder text = new StringBuilder();
				for (int s = 0; s < SENTENCES; s++) {
					text.append(sentence(d, s)).append(".\n");
				}
				Files.writeString(dataset.resolve("documents/" + document(d) + ".txt"), text);
			}
			for (int d = 0; d < DOCUMENTS; d++) {
				int document = d;
				List<String> ofDocument = new ArrayList<>();
				if (d == 0) {
					// the entity file says the envoy speaks for alpha: a claim must state it
					ofDocument.add(claim(ENVOY_CLAIM, new Statement(0, SPEAKER, Relation.SPEAKS_FOR, "alpha", LocalDate.of(2025, 1, 1),
							null, 0, null)));
				}
				claims.entrySet().stream().filter(e -> e.getValue().document() == document)
					.forEach(e -> ofDocument.add(claim(e.getKey(), e.getValue())));
				if (!ofDocument.isEmpty()) {
					Files.writeString(dataset.resolve("claims/" + document(d) + ".yaml"),
							"source: " + document(d) + "\nclaims:\n" + String.join("", ofDocument));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ClaimValidator(LocalDate.of(2026, 11, 22)).validate(DatasetFiles.fromPath(dataset));
	}

	private static String claim(String id, Statement s) {
		StringBuilder yaml = new StringBuilder("""
				  - id: %s
				    holder: %s
				    relation: %s
				    target: %s
				    date: "%s"
				    quote: "%s"
				    certainty: %s
				""".formatted(id, s.holder(), s.relation(), s.target(), s.date(), sentence(s.document(), s.sentence()),
				// by its sentence: a changed quote can change how sure the source is
				Certainty.words().get(s.sentence() % Certainty.words().size())));
		if (s.condition() != null) {
			yaml.append("    condition: \"").append(s.condition()).append("\"\n");
		}
		if (s.holder().equals("alpha") && s.sentence() % 2 == 0) {
			yaml.append("    speaker: ").append(SPEAKER).append('\n');
		}
		if (s.alsoIn() != null) {
			int other = (s.document() + 1 + s.alsoIn() % (DOCUMENTS - 1)) % DOCUMENTS;
			yaml.append("    alsoIn:\n      - source: ").append(document(other)).append("\n        quote: \"")
				.append(sentence(other, s.alsoIn() % SENTENCES)).append("\"\n");
		}
		return yaml.toString();
	}

	private static String entities() {
		StringBuilder yaml = new StringBuilder("entities:\n");
		ACTORS.forEach(a -> yaml.append("  - {id: ").append(a).append(", kind: State, name: ").append(a).append("}\n"));
		PROPOSITIONS.forEach(p -> yaml.append("  - {id: ").append(p).append(", kind: Proposition, name: ").append(p).append("}\n"));
		yaml.append("  - {id: ").append(INSTRUMENT).append(", kind: Instrument, name: Resolution nine, concerns: [")
			.append(PROPOSITIONS.getFirst()).append("]}\n");
		yaml.append("  - {id: ").append(SPEAKER).append(", kind: Person, name: Alpha envoy, speaksFor: [alpha]}\n");
		return yaml.toString();
	}

	private static String document(int d) {
		return "random-document-" + d;
	}

	private static String sentence(int document, int sentence) {
		return "Document " + document + " states fact number " + sentence;
	}

	@SafeVarargs
	private static <T> List<T> concat(List<T>... lists) {
		List<T> all = new ArrayList<>();
		for (List<T> list : lists) {
			all.addAll(list);
		}
		return all;
	}
}
