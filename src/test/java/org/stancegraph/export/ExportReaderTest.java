package org.stancegraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stancegraph.claims.Attribution;
import org.stancegraph.claims.ClaimDefinition;
import org.stancegraph.claims.ClaimSet;
import org.stancegraph.claims.Evidence;
import org.stancegraph.claims.InvalidClaimFilesException;
import org.stancegraph.claims.Qualifiers;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/** Reading a JSON export back: it is validated as the claim files it stands for. No database. */
class ExportReaderTest {

	static final String EXPORT = """
			{"format": "stancegraph-export", "version": 1,
			 "documents": [
			   {"id": "doc-a", "title": "A", "publisher": "Press A", "published": "2025-11-20", "publishedBasis": "dated",
			    "authors": ["Ann Author"], "corpusFile": "a.txt",
			    "text": "Ann Speaker, for Avalon, said: \\"We back the plan, firmly.\\" Avalon voted for it."},
			   {"id": "doc-b", "title": "B", "publisher": "Press B", "published": "2025-11-21", "publishedBasis": "dated",
			    "authors": [], "corpusFile": "b.txt", "text": "Avalon backs the plan. The council passed it 1 to 0."}],
			 "entities": [
			   {"id": "avalon", "kind": "State", "name": "Avalon", "aliases": ["Avalonia"]},
			   {"id": "ann-speaker", "kind": "Person", "name": "Ann Speaker", "aliases": [], "role": "Envoy", "speaksFor": ["avalon"]},
			   {"id": "the-plan", "kind": "Instrument", "name": "The plan", "aliases": [], "concerns": ["avalon"]},
			   {"id": "the-council", "kind": "Institution", "name": "The council", "aliases": []}],
			 "claims": [
			   {"id": "a-ann-speaks-for-avalon", "source": "doc-a", "holder": "ann-speaker", "relation": "SPEAKS_FOR",
			    "target": "avalon", "date": "2025-11-20", "quote": "Ann Speaker, for Avalon"},
			   {"id": "a-avalon-supports-plan", "source": "doc-a", "holder": "avalon", "relation": "SUPPORTS", "target": "the-plan",
			    "date": "2025-11-20", "quote": "\\"We back the plan, firmly.\\"", "speaker": "ann-speaker", "vote": "for",
			    "alsoIn": [{"source": "doc-b", "quote": "Avalon backs the plan."}]}],
			 "votes": [
			   {"id": "b-council-vote", "source": "doc-b", "instrument": "the-plan", "body": "the-council", "date": "2025-11-21",
			    "for": 1, "against": 0, "abstain": 0, "quote": "The council passed it 1 to 0."}],
			 "edges": [{"holder": "avalon", "relation": "SUPPORTS", "target": "the-plan", "claimIds": ["a-avalon-supports-plan"]}]}
			""";

	@Test
	void anExportIsReadIntoAValidatedClaimSet() {
		ClaimSet set = read(EXPORT);
		assertThat(set.documents()).extracting(d -> d.id() + ":" + d.text().length()).containsExactly("doc-a:79", "doc-b:52");
		assertThat(set.documents().getFirst().authors()).containsExactly("Ann Author");
		assertThat(set.entities()).hasSize(4);
		assertThat(set.entities().get(1).speaksFor()).containsExactly("avalon");
		assertThat(set.entities().get(2).concerns()).containsExactly("avalon");
		ClaimDefinition supports = set.claims().stream().filter(c -> c.relation() == Relation.SUPPORTS).findFirst().orElseThrow();
		assertThat(supports.source()).isEqualTo("doc-a");
		assertThat(supports.speaker()).isEqualTo("ann-speaker");
		assertThat(supports.vote()).isEqualTo("for");
		assertThat(supports.evidence()).containsExactly(new Evidence("doc-a", "\"We back the plan, firmly.\""),
				new Evidence("doc-b", "Avalon backs the plan."));
		assertThat(set.votes()).singleElement().satisfies(v -> {
			assertThat(v.source()).isEqualTo("doc-b");
			assertThat(v.votesFor()).isEqualTo(1);
		});
	}

	/** What a claim file says since issue 16 goes through as it stands: the claim file format is the export's. */
	@Test
	void certaintyClaimantChainAndQualifiersAreRead() {
		String export = EXPORT
			.replace("\"corpusFile\": \"a.txt\",", "\"corpusFile\": \"a.txt\", \"outlet\": \"the-council\",")
			.replace("{\"id\": \"the-council\", \"kind\": \"Institution\", \"name\": \"The council\", \"aliases\": []}",
					"{\"id\": \"the-council\", \"kind\": \"Institution\", \"name\": \"The council\", \"aliases\": []},"
							+ " {\"id\": \"council-source\", \"kind\": \"UnnamedSource\", \"name\": \"a council source\", \"belongsTo\": \"the-council\"}")
			.replace("\"speaker\": \"ann-speaker\", \"vote\": \"for\",", """
					"speaker": "ann-speaker", "vote": "for", "certainty": "stated", "certaintyBasis": "no hedge",
					"claimant": "ann-speaker", "via": ["council-source"], "reported": "2025-11-21", "date": "2025-11",
					"condition": "if asked", "conditionKind": "unless", "conditionOn": "the-plan", "addressee": "the-council",
					"quantity": {"value": 2.5, "unit": "percent", "approximate": true, "bound": "at-least"},
					"period": {"duration": "P6M", "extendable": false, "minimum": true},""")
			.replace("\"date\": \"2025-11-20\", \"quote\": \"\\\"We back", "\"quote\": \"\\\"We back");
		ClaimDefinition supports = read(export).claims().stream().filter(c -> c.relation() == Relation.SUPPORTS).findFirst().orElseThrow();
		assertThat(supports.attribution()).isEqualTo(new Attribution(Certainty.STATED, true, "no hedge", "ann-speaker",
				List.of("council-source"), List.of()));
		assertThat(supports.date()).isEqualTo(LocalDate.of(2025, 11, 1));
		assertThat(supports.qualifiers()).isEqualTo(new Qualifiers("month", LocalDate.of(2025, 11, 21),
				new Qualifiers.Quantity(2.5, "percent", true, "at-least"), new Qualifiers.Period("P6M", false, true), "unless",
				"the-plan", "the-council"));
		ClaimSet set = read(export);
		assertThat(set.documents().getFirst().outlet()).isEqualTo("the-council");
		assertThat(set.entities().getLast().belongsTo()).isEqualTo("the-council");
		assertThat(set.claims()).filteredOn(c -> c.relation() == Relation.SPEAKS_FOR).singleElement()
			.satisfies(c -> assertThat(c.attribution().claimant()).as("the document's outlet, by default").isEqualTo("the-council"));
	}

	@Test
	void aQuoteNotInItsDocumentIsAProblemNamingTheClaim() {
		String broken = EXPORT.replace("\"quote\": \"Ann Speaker, for Avalon\"", "\"quote\": \"Ann Speaker, for Atlantis\"");
		assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("export.json!/claims/doc-a.yaml:")
			.hasMessageContaining("claims[0].quote: quote does not occur in the text of 'doc-a'");
	}

	@Test
	void aSpeakerWithoutASpeaksForClaimIsAProblem() {
		String broken = EXPORT.replace("\"speaksFor\": [\"avalon\"]", "\"speaksFor\": []");
		assertThatThrownBy(() -> read(broken)).isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("'ann-speaker' does not speak for the holder 'avalon'");
	}

	@Test
	void onlyAStancegraphExportOfAKnownVersionIsRead() {
		assertThatThrownBy(() -> read("{\"documents\": []}")).isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("not a Stancegraph export");
		assertThatThrownBy(() -> read(EXPORT.replace("\"version\": 1", "\"version\": 2")))
			.hasMessageContaining("export version 2 cannot be read");
		assertThatThrownBy(() -> read("{\"format\": ")).isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("not valid JSON");
		assertThatThrownBy(() -> read(EXPORT.replace("\"source\": \"doc-b\", \"instrument\"", "\"instrument\"")))
			.isInstanceOf(InvalidClaimFilesException.class)
			.hasMessageContaining("votes[0].source: needs the id of the source document");
	}

	@Test
	void theDatasetHoldsOneClaimFilePerSource() {
		var dataset = ExportReader.toDataset(in(EXPORT), "export.json");
		assertThat(dataset.claimFiles()).extracting(f -> f.name())
			.containsExactly("export.json!/claims/doc-a.yaml", "export.json!/claims/doc-b.yaml");
		assertThat(dataset.documents()).extracting(f -> f.baseName()).containsExactly("doc-a", "doc-b");
		assertThat(dataset.texts()).extracting(f -> new String(f.content(), StandardCharsets.UTF_8))
			.containsExactlyElementsOf(List.of("Ann Speaker, for Avalon, said: \"We back the plan, firmly.\" Avalon voted for it.",
					"Avalon backs the plan. The council passed it 1 to 0."));
		assertThat(dataset.wholeDataset()).isTrue();
	}

	private static ClaimSet read(String json) {
		return ExportReader.read(in(json), "export.json");
	}

	private static ByteArrayInputStream in(String json) {
		return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
	}
}
