package org.stancegraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.ClaimValidator;
import org.stancegraph.claims.DatasetFiles;

/**
 * A small dataset, every id starting with {@code zz-test-export-}, that sets every field a claim file can give a claim
 * since issue 16 (certainty and its basis, claimant, via, a date said to the month and one to the year, reported,
 * quantity, period, the kind and subject of a condition, addressee), a claim that relies on the default certainty
 * though its quote hedges, one that states the default, a document with an outlet and a URL and an unnamed source that belongs
 * to an actor: what the exports must carry and the JSON export must give back.
 */
final class EveryFieldDataset {

	static final String PREFIX = "zz-test-export-";
	static final String DOCUMENT = "zz-test-export-doc";
	static final String URL = "https://outlet.example/2025/11/19/a-test-document?id=1";

	/** possible, claimant, via, month, reported, condition only-if on a proposition, quantity, period, alsoIn. */
	static final String OFFERS = "zz-test-export-azer-offers-troops";
	/** probable, a year, a chain of two, a decimal quantity with the default bound, addressee. */
	static final String DEMANDS = "zz-test-export-azer-demands-war-end";
	/** stated by a speaker, a hedge cue its certaintyBasis explains, validFrom, detail. */
	static final String SUPPORTS = "zz-test-export-azer-supports-force";
	/** no certainty in its file (the default), though its quote hedges: claimed by the document's outlet. */
	static final String BACKS = "zz-test-export-azer-backs-force";
	/** certainty: reported, the default, stated in its file. */
	static final String REPORTED = "zz-test-export-azer-reportedly-backs-war-end";

	static final String TEXT = """
			Ann Envoy, for Azer, said the force would be welcome. An Azer government source told Agency that Azer \
			could send up to about 2,000 soldiers for at least two years, extendable, only if the war ends. Azer may \
			back the force. Azer reportedly backs an end to the war. In 2025 Azer was seen as likely to demand of \
			Usland an end to the war, some 2.5 percent of whose cost it bore.
			""";

	static final String ENTITIES = """
			entities:
			  - id: zz-test-export-azer
			    kind: State
			    name: Azer
			  - id: zz-test-export-usland
			    kind: State
			    name: Usland
			  - id: zz-test-export-force
			    kind: Organization
			    name: The force
			  - id: zz-test-export-gov-source
			    kind: UnnamedSource
			    name: an Azer government source
			    belongsTo: zz-test-export-azer
			  - id: zz-test-export-agency
			    kind: Organization
			    name: Agency
			  - id: zz-test-export-outlet
			    kind: Organization
			    name: The Outlet
			  - id: zz-test-export-war-end
			    kind: Proposition
			    name: An end to the war
			    concerns: [zz-test-export-azer, zz-test-export-force]
			  - id: zz-test-export-envoy
			    kind: Person
			    name: Ann Envoy
			    role: Envoy
			    speaksFor: [zz-test-export-azer]
			""";

	static final String DOCUMENT_METADATA = """
			id: zz-test-export-doc
			title: A test document
			publisher: The Outlet
			published: "2025-11-19"
			publishedBasis: written for the export tests
			authors: [A. Writer]
			corpusFile: zz-test-export-doc.txt
			outlet: zz-test-export-outlet
			url: "%s"
			""".formatted(URL);

	static final String CLAIMS = """
			source: zz-test-export-doc
			claims:
			  - id: zz-test-export-envoy-speaks-for-azer
			    holder: zz-test-export-envoy
			    relation: SPEAKS_FOR
			    target: zz-test-export-azer
			    date: "2025-11-19"
			    certainty: stated
			    quote: "Ann Envoy, for Azer"
			  - id: zz-test-export-azer-supports-force
			    holder: zz-test-export-azer
			    relation: SUPPORTS
			    target: zz-test-export-force
			    date: "2025-11-18"
			    speaker: zz-test-export-envoy
			    certainty: stated
			    certaintyBasis: "'would' reports the envoy's own words, no hedge"
			    detail: welcome
			    validFrom: "2025-11-18"
			    quote: "Ann Envoy, for Azer, said the force would be welcome."
			  - id: zz-test-export-azer-offers-troops
			    holder: zz-test-export-azer
			    relation: OFFERS_TROOPS
			    target: zz-test-export-force
			    date: "2025-11"
			    reported: "2025-11-19"
			    certainty: possible
			    certaintyBasis: "'could': the source says Azer could, not that it will"
			    claimant: zz-test-export-gov-source
			    via: [zz-test-export-agency]
			    condition: "only if the war ends"
			    conditionKind: only-if
			    conditionOn: zz-test-export-war-end
			    quantity: {value: 2000, unit: soldiers, approximate: true, bound: at-most}
			    period: {duration: P2Y, extendable: true, minimum: true}
			    quote: "An Azer government source told Agency that Azer could send up to about 2,000 soldiers for at least two years, extendable, only if the war ends."
			    alsoIn:
			      - source: zz-test-export-doc
			        quote: "Azer may back the force."
			  - id: zz-test-export-azer-demands-war-end
			    holder: zz-test-export-azer
			    relation: DEMANDS
			    target: zz-test-export-war-end
			    date: "2025"
			    certainty: probable
			    claimant: zz-test-export-envoy
			    via: [zz-test-export-agency, zz-test-export-gov-source]
			    addressee: zz-test-export-usland
			    quantity: {value: 2.5, unit: percent of the cost, approximate: true}
			    quote: "In 2025 Azer was seen as likely to demand of Usland an end to the war"
			  - id: zz-test-export-azer-backs-force
			    holder: zz-test-export-azer
			    relation: BACKS
			    target: zz-test-export-force
			    date: "2025-11-19"
			    quote: "Azer may back the force."
			  - id: zz-test-export-azer-reportedly-backs-war-end
			    holder: zz-test-export-azer
			    relation: SUPPORTS
			    target: zz-test-export-war-end
			    date: "2025-11-19"
			    certainty: reported
			    quote: "Azer reportedly backs an end to the war."
			""";

	private EveryFieldDataset() {
	}

	/** The dataset written into {@code dir} (entities.yaml, documents/, claims/), validated. */
	static ClaimSet validated(Path dir) {
		try {
			Files.createDirectories(dir.resolve("documents"));
			Files.createDirectories(dir.resolve("claims"));
			Files.writeString(dir.resolve("entities.yaml"), ENTITIES);
			Files.writeString(dir.resolve("documents/" + DOCUMENT + ".yaml"), DOCUMENT_METADATA);
			Files.writeString(dir.resolve("documents/" + DOCUMENT + ".txt"), TEXT);
			Files.writeString(dir.resolve("claims/" + DOCUMENT + ".yaml"), CLAIMS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ClaimValidator().validate(DatasetFiles.fromPath(dir));
	}
}
