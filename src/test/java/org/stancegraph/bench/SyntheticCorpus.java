package org.stancegraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.springframework.util.FileSystemUtils;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A deterministic synthetic dataset in the real claim-file format (entities.yaml, documents/, claims/), for the
 * benchmark. For {@code R} claims: about R/20 actors, R/50 propositions and instruments, R/500 institutions and R/10
 * source documents; holders and targets are drawn Zipf-skewed, so a few hubs carry much of the graph. Every claim has
 * one to three sources and a quote that occurs in each of their texts; about one claim in ten restates an earlier
 * claim's holder, relation and target from another document.
 * <p>
 * Entity ids carry their Zipf rank ({@code actor-000000} is the biggest hub), which is how the benchmark draws its
 * hub and rarely-connected parameters.
 * <p>
 * In src/test/java, not with the benchmark in src/bench/java: {@code CrashDuringLoadTest} loads a corpus too.
 */
public final class SyntheticCorpus {

	/** Bumped whenever the output changes, so that a cached corpus of an older shape is made again. */
	static final String VERSION = "3";

	static final double ZIPF_EXPONENT = 1.0;

	private static final String[] ACTOR_KINDS = { "State", "Person", "Faction", "Organization" };
	private static final double[] ACTOR_KIND_SHARES = { 0.2, 0.3, 0.1, 0.4 };

	/** The mix the issue names; they add up to 1. */
	private static final String[] RELATIONS = { "SUPPORTS", "OPPOSES", "ABSTAINED", "PROPOSED", "BACKS", "MEMBER_OF" };
	private static final double[] RELATION_SHARES = { 0.30, 0.26, 0.09, 0.08, 0.15, 0.12 };

	private static final String[] VERBS = { "backs", "rejects", "abstained on", "put forward", "stands behind", "joined" };

	private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
	private static final int DAYS = 1_000;

	/** What the benchmark needs to know about a generated corpus. */
	public record Shape(int claims, int actors, int propositions, int instruments, int institutions, int sources,
			int restated, int withCondition, int evidence) {

		public String actor(int rank) {
			return id("actor", rank);
		}

		/** Propositions and instruments share one ranking: the targets of stances. */
		public String stanceTarget(int rank) {
			return rank < propositions ? id("proposition", rank) : id("instrument", rank - propositions);
		}

		public int stanceTargets() {
			return propositions + instruments;
		}
	}

	private final int claims;
	private final long seed;

	public SyntheticCorpus(int claims, long seed) {
		if (claims < 500) {
			throw new IllegalArgumentException("at least 500 claims, so that every kind of entity exists");
		}
		this.claims = claims;
		this.seed = seed;
	}

	public Shape shape() {
		int actors = claims / 20;
		int targets = claims / 50;
		int instruments = Math.max(1, targets / 4);
		return new Shape(claims, actors, targets - instruments, instruments, Math.max(1, claims / 500),
				claims / 10, 0, 0, 0);
	}

	/**
	 * Writes the dataset into {@code folder} unless a complete one of the same size, seed and version is there
	 * already (generating 10^6 claims takes a while); returns its shape.
	 */
	public Shape writeTo(Path folder) {
		Path marker = folder.resolve("corpus.properties");
		String expected = "claims=" + claims + "\nseed=" + seed + "\nversion=" + VERSION + "\n";
		try {
			if (Files.isRegularFile(marker) && Files.readString(marker).startsWith(expected)) {
				return readShape(Files.readString(marker));
			}
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder.resolve("documents"));
			Files.createDirectories(folder.resolve("claims"));
			Shape shape = generate(folder);
			Files.writeString(marker, expected + "restated=" + shape.restated() + "\nwithCondition=" + shape.withCondition()
					+ "\nevidence=" + shape.evidence() + "\n");
			return shape;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Shape readShape(String marker) {
		Map<String, Integer> values = new LinkedHashMap<>();
		marker.lines().map(line -> line.split("=", 2)).filter(kv -> kv.length == 2 && kv[1].matches("\\d+"))
				.forEach(kv -> values.put(kv[0], Integer.parseInt(kv[1])));
		Shape base = shape();
		return new Shape(base.claims(), base.actors(), base.propositions(), base.instruments(), base.institutions(),
				base.sources(), values.getOrDefault("restated", 0), values.getOrDefault("withCondition", 0),
				values.getOrDefault("evidence", 0));
	}

	private record Claim(String id, int source, String holder, String relation, String target, LocalDate date,
			String quote, String condition, int[] alsoIn) {
	}

	private Shape generate(Path folder) throws IOException {
		Shape shape = shape();
		SplittableRandom random = new SplittableRandom(seed);
		YAMLMapper yaml = YAMLMapper.builder().build();

		Zipf actorRank = new Zipf(shape.actors(), ZIPF_EXPONENT);
		Zipf targetRank = new Zipf(shape.stanceTargets(), ZIPF_EXPONENT);
		Zipf institutionRank = new Zipf(shape.institutions(), ZIPF_EXPONENT);
		Zipf instrumentRank = new Zipf(shape.instruments(), ZIPF_EXPONENT);

		// the entities, ranked: the lower the number, the more claims touch it
		List<Map<String, Object>> entities = new ArrayList<>();
		for (int rank = 0; rank < shape.actors(); rank++) {
			String kind = ACTOR_KINDS[pick(random, ACTOR_KIND_SHARES)];
			Map<String, Object> e = entity(id("actor", rank), kind, kind + " " + number(rank));
			if (rank % 7 == 0) {
				e.put("aliases", List.of("Alias " + number(rank), kind.substring(0, 1) + number(rank)));
			}
			entities.add(e);
		}
		for (int rank = 0; rank < shape.propositions(); rank++) {
			Map<String, Object> e = entity(id("proposition", rank), "Proposition", "Proposition " + number(rank));
			if (random.nextInt(3) == 0) {
				// what it is about, as turkish-participation-in-isf concerns the isf
				e.put("concerns", List.of(id("instrument", instrumentRank.sample(random))));
			}
			entities.add(e);
		}
		for (int rank = 0; rank < shape.instruments(); rank++) {
			entities.add(entity(id("instrument", rank), "Instrument", "Instrument " + number(rank)));
		}
		for (int rank = 0; rank < shape.institutions(); rank++) {
			entities.add(entity(id("institution", rank), "Institution", "Institution " + number(rank)));
		}
		yaml.writeValue(folder.resolve("entities.yaml").toFile(), Map.of("entities", entities));

		// the claims, each in one source's file, its quote in the texts of all its sources
		int[] published = new int[shape.sources()];
		for (int s = 0; s < published.length; s++) {
			published[s] = random.nextInt(DAYS);
		}
		List<List<Claim>> bySource = new ArrayList<>(shape.sources());
		List<StringBuilder> texts = new ArrayList<>(shape.sources());
		for (int s = 0; s < shape.sources(); s++) {
			bySource.add(new ArrayList<>());
			texts.add(new StringBuilder("Report ").append(number(s)).append(".\n"));
		}
		int restated = 0, withCondition = 0, evidence = 0;
		Claim[] all = new Claim[claims];
		for (int i = 0; i < claims; i++) {
			int source = random.nextInt(shape.sources());
			String holder, relation, target;
			if (i > 0 && random.nextInt(10) == 0) {
				// the same statement reported by another document: corroboration
				Claim earlier = all[random.nextInt(i)];
				holder = earlier.holder();
				relation = earlier.relation();
				target = earlier.target();
				restated++;
			}
			else {
				relation = RELATIONS[pick(random, RELATION_SHARES)];
				holder = id("actor", actorRank.sample(random));
				target = switch (relation) {
					case "BACKS" -> otherActor(holder, actorRank, random);
					case "MEMBER_OF" -> id("institution", institutionRank.sample(random));
					default -> shape.stanceTarget(targetRank.sample(random));
				};
			}
			String condition = random.nextInt(10) == 0 ? "if condition " + number(i) + " is met" : null;
			withCondition += condition == null ? 0 : 1;
			int sources = 1 + pick(random, new double[] { 0.6, 0.3, 0.1 });
			int[] alsoIn = new int[sources - 1];
			for (int k = 0; k < alsoIn.length; k++) {
				alsoIn[k] = random.nextInt(shape.sources());
			}
			alsoIn = Arrays.stream(alsoIn).filter(s -> s != source).distinct().toArray();
			evidence += 1 + alsoIn.length;
			String verb = VERBS[Arrays.asList(RELATIONS).indexOf(relation)];
			String quote = "Statement " + number(i) + ": " + holder + " " + verb + " " + target
					+ (condition == null ? "" : ", " + condition) + ".";
			Claim claim = new Claim(id("claim", i), source, holder, relation, target,
					FIRST_DAY.plusDays(Math.max(0, published[source] - random.nextInt(30))), quote, condition, alsoIn);
			all[i] = claim;
			bySource.get(source).add(claim);
			texts.get(source).append(quote).append('\n');
			for (int s : alsoIn) {
				texts.get(s).append(quote).append('\n');
			}
		}

		for (int s = 0; s < shape.sources(); s++) {
			String id = id("source", s);
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("id", id);
			document.put("title", "Synthetic report " + number(s));
			document.put("publisher", "Publisher " + number(s % Math.max(1, shape.sources() / 20)));
			document.put("published", FIRST_DAY.plusDays(published[s]).toString());
			document.put("publishedBasis", "generated by the Stancegraph benchmark");
			document.put("corpusFile", id + ".txt");
			yaml.writeValue(folder.resolve("documents/" + id + ".yaml").toFile(), document);
			Files.writeString(folder.resolve("documents/" + id + ".txt"), texts.get(s), StandardCharsets.UTF_8);
			texts.set(s, null);

			List<Claim> mine = bySource.get(s);
			if (mine.isEmpty()) {
				continue;
			}
			List<Map<String, Object>> rows = new ArrayList<>(mine.size());
			for (Claim c : mine) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("id", c.id());
				row.put("holder", c.holder());
				row.put("relation", c.relation());
				row.put("target", c.target());
				row.put("date", c.date().toString());
				row.put("quote", c.quote());
				if (c.condition() != null) {
					row.put("condition", c.condition());
				}
				if (c.alsoIn().length > 0) {
					row.put("alsoIn", Arrays.stream(c.alsoIn())
							.mapToObj(other -> Map.of("source", id("source", other), "quote", c.quote())).toList());
				}
				rows.add(row);
			}
			Map<String, Object> file = new LinkedHashMap<>();
			file.put("source", id);
			file.put("claims", rows);
			yaml.writeValue(folder.resolve("claims/" + id + ".yaml").toFile(), file);
		}
		return new Shape(shape.claims(), shape.actors(), shape.propositions(), shape.instruments(), shape.institutions(),
				shape.sources(), restated, withCondition, evidence);
	}

	private static String otherActor(String holder, Zipf actors, SplittableRandom random) {
		String target;
		do {
			target = id("actor", actors.sample(random));
		}
		while (target.equals(holder));
		return target;
	}

	private static Map<String, Object> entity(String id, String kind, String name) {
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("id", id);
		e.put("kind", kind);
		e.put("name", name);
		return e;
	}

	static String id(String kind, int rank) {
		return kind + "-" + number(rank);
	}

	private static String number(int n) {
		return String.format("%07d", n);
	}

	private static int pick(SplittableRandom random, double[] shares) {
		double u = random.nextDouble();
		for (int i = 0; i < shares.length - 1; i++) {
			u -= shares[i];
			if (u < 0) {
				return i;
			}
		}
		return shares.length - 1;
	}

	/** Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s, by binary search on the cumulative weights. */
	static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double exponent) {
			cumulative = new double[n];
			double sum = 0;
			for (int k = 0; k < n; k++) {
				sum += 1 / Math.pow(k + 1, exponent);
				cumulative[k] = sum;
			}
		}

		int sample(SplittableRandom random) {
			double u = random.nextDouble() * cumulative[cumulative.length - 1];
			int i = Arrays.binarySearch(cumulative, u);
			return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
		}
	}
}
