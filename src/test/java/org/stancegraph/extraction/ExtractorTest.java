package org.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stancegraph.claims.HedgeCues;
import org.stancegraph.graph.Certainty;
import org.stancegraph.graph.Relation;

/** Candidates on short texts from seeds/documents, against the seed entities: the curation guide's hard cases. */
class ExtractorTest {

	static final Extractor SEEDS = new Extractor(SeedEntities.ALL);
	static final LocalDate FDD_DATE = LocalDate.parse("2025-11-19");

	static List<Candidate> candidates(String text, LocalDate published) {
		List<Candidate> candidates = SEEDS.extract(text, published, "zz-test").candidates();
		for (Candidate c : candidates) {
			// every quote is the span it says, and carries no hedge its certainty rules out
			assertThat(text.substring(c.quoteStart(), c.quoteEnd())).isEqualTo(c.quote());
			assertThat(HedgeCues.unexpected(Certainty.of(c.certainty()), c.quote())).as(c.quote()).isEmpty();
		}
		return candidates;
	}

	static Candidate find(List<Candidate> candidates, String holder, Relation relation, String target) {
		return candidates.stream().filter(c -> c.holder().equals(holder) && c.relation() == relation && c.target().equals(target))
			.findFirst().orElseThrow(() -> new AssertionError(holder + " " + relation + " " + target + " not among "
					+ candidates.stream().map(c -> c.holder() + " " + c.relation() + " " + c.target()).toList()));
	}

	@Test
	void aConditionalOfferOnSomeoneElsesWordThroughAnAgency() {
		String text = "Separately, an Azerbaijani government source told Reuters that Azerbaijan will only send troops for the ISF "
				+ "“if military action is completely stopped,” citing concerns about the safety of its personnel.";
		Candidate offer = find(candidates(text, FDD_DATE), "azerbaijan", Relation.OFFERS_TROOPS, "isf");
		assertThat(offer.certainty()).isEqualTo("reported");
		assertThat(offer.claimant()).isEqualTo("azerbaijani-government-source");
		assertThat(offer.via()).containsExactly("reuters");
		assertThat(offer.condition()).isEqualTo("if military action is completely stopped");
		assertThat(offer.conditionKind()).isEqualTo("only-if");
		assertThat(offer.date()).isEqualTo("2025-11-19");
		assertThat(offer.quote()).startsWith("Azerbaijani government source told Reuters").contains("Azerbaijan will only send troops")
			.endsWith("completely stopped");
		assertThat(offer.why().cue()).isEqualTo("send troops");
		assertThat(offer.id()).isEqualTo("zz-test-cand-001");
	}

	@Test
	void aListOfHoldersAndTheResolutionNamedBefore() {
		// seeds/documents/unknown-2025-11-18-netanyahu-urges-expulsion-of-hamas.txt
		String text = "The plan, endorsed by the council through Resolution 2803, provides amnesty for Hamas members.\n"
				+ "Hamas, the Palestinian Islamic Jihad (PIJ), and the Popular Front for the Liberation of Palestine (PFLP) "
				+ "denounced the resolution as a “new form” of foreign guardianship.";
		List<Candidate> candidates = candidates(text, LocalDate.parse("2025-11-18"));
		for (String faction : List.of("hamas", "palestinian-islamic-jihad", "pflp")) {
			Candidate c = find(candidates, faction, Relation.OPPOSES, "resolution-2803");
			assertThat(c.certainty()).isEqualTo("stated");
			assertThat(c.quote()).endsWith("denounced the resolution");
		}
	}

	@Test
	void votesAreCastByMembersOnTheInstrumentNamedBefore() {
		String text = "Netanyahu spoke a day after the UN Security Council (UNSC) adopted Resolution 2803. Hamas said it fails "
				+ "Palestinians. Russia and China abstained, while Algeria voted in favor.";
		List<Candidate> candidates = candidates(text, LocalDate.parse("2025-11-18"));
		assertThat(find(candidates, "russia", Relation.ABSTAINED, "resolution-2803").vote()).isEqualTo("abstain");
		assertThat(find(candidates, "china", Relation.ABSTAINED, "resolution-2803").quote()).isEqualTo("China abstained");
		assertThat(find(candidates, "algeria", Relation.SUPPORTS, "resolution-2803").vote()).isEqualTo("for");
		assertThat(find(candidates, "algeria", Relation.MEMBER_OF, "un-security-council").certainty()).isEqualTo("reported");
		assertThat(find(candidates, "russia", Relation.MEMBER_OF, "un-security-council").why().rule()).isEqualTo("only a member votes");
	}

	@Test
	void aHedgedReportStaysHedgedWithItsCondition() {
		String text = "The US is reportedly considering skipping the demilitarization clause of the agreement in favor of the "
				+ "reconstruction of Israeli-controlled areas of Gaza if the formation of the ISF continues to present a challenge.";
		Candidate c = find(candidates(text, FDD_DATE), "united-states", Relation.SUPPORTS, "reconstruction-before-demilitarization");
		assertThat(c.certainty()).isEqualTo("possible");
		assertThat(c.condition()).isEqualTo("if the formation of the ISF continues to present a challenge");
		assertThat(c.conditionKind()).isEqualTo("if");
	}

	@Test
	void aTitleOfOfficeSaysForWhomAPersonSpeaks() {
		String text = "US Ambassador to the United Nations Mike Waltz said that the International Stabilization Force would "
				+ "involve peacekeepers. Khalil Al-Hayya, a Hamas leader in Gaza, said late last month that all factions agreed.";
		List<Candidate> candidates = candidates(text, LocalDate.parse("2025-11-07"));
		Candidate waltz = find(candidates, "mike-waltz", Relation.SPEAKS_FOR, "united-states");
		assertThat(waltz.certainty()).isEqualTo("reported");
		assertThat(waltz.quote()).isEqualTo("US Ambassador to the United Nations Mike Waltz");
		assertThat(candidates).noneMatch(c -> c.holder().equals("mike-waltz") && c.target().equals("united-nations"));
		assertThat(find(candidates, "khalil-al-hayya", Relation.SPEAKS_FOR, "hamas").quote()).startsWith("Khalil Al-Hayya, a Hamas");
	}

	@Test
	void theDateSaidAndWhoseWordsAQuotationAre() {
		String text = "Hamas officials rejected Resolution 2803 on Monday.\n“In the 20-point plan, and in any other case, this "
				+ "area will be demilitarized, and Hamas will be disarmed—either the easy way or the hard way,” Netanyahu added.";
		List<Candidate> candidates = candidates(text, FDD_DATE);
		Candidate rejection = find(candidates, "hamas", Relation.OPPOSES, "resolution-2803");
		assertThat(rejection.date()).isEqualTo("2025-11-17");
		assertThat(rejection.certainty()).isEqualTo("stated");
		Candidate threat = find(candidates, "israel", Relation.THREATENS, "hamas");
		assertThat(threat.speaker()).isEqualTo("benjamin-netanyahu");
		assertThat(threat.certainty()).isEqualTo("stated");
		assertThat(threat.quote()).contains("Hamas will be disarmed—either the easy way or the hard way").endsWith("Netanyahu");
	}

	@Test
	void oneCandidatePerClaimAndNoneWithoutACue() {
		String text = "Israel firmly opposes Ankara’s participation in any future ISF. Israel opposes Turkish participation in "
				+ "the ISF. Turkey and Israel are both in the news.";
		List<Candidate> candidates = candidates(text, FDD_DATE);
		assertThat(candidates).extracting(c -> c.holder() + " " + c.relation() + " " + c.target())
			.containsExactly("israel OPPOSES turkish-participation-in-isf");
		assertThat(candidates.getFirst().certainty()).isEqualTo("reported");
	}

	@Test
	void negationsCompoundsSharedSubjectsRelativeClausesAndCredits() {
		String text = "While Hamas initially agreed to phase one of the 20-point plan, the Iran-backed terror group has not agreed "
				+ "to further aspects of Trump’s plan.\nHamas rejected Resolution 2803 and denounced the Board of Peace.\n"
				+ "Peacekeeping is supporting the local police force, the Palestinians, which Jordan and Egypt are willing to "
				+ "train in large numbers.\nPhoto: REUTERS/Murad Sezer";
		List<Candidate> candidates = candidates(text, FDD_DATE);
		assertThat(find(candidates, "hamas", Relation.SUPPORTS, "gaza-ceasefire").quote()).isEqualTo("Hamas initially agreed to phase one");
		// "has not agreed": no support; "Iran-backed": no verb, but who backs the group
		assertThat(candidates).noneMatch(c -> c.holder().equals("iran") && c.relation() != Relation.BACKS
				|| c.target().equals("twenty-point-plan"));
		assertThat(find(candidates, "iran", Relation.BACKS, "hamas").quote()).isEqualTo("the Iran-backed terror group");
		assertThat(find(candidates, "hamas", Relation.OPPOSES, "board-of-peace").quote())
			.isEqualTo("Hamas rejected Resolution 2803 and denounced the Board of Peace");
		assertThat(find(candidates, "jordan", Relation.SUPPORTS, "palestinian-police-force").quote())
			.isEqualTo("local police force, the Palestinians, which Jordan and Egypt are willing to train");
		find(candidates, "egypt", Relation.SUPPORTS, "palestinian-police-force");
		assertThat(find(candidates, "murad-sezer", Relation.MEMBER_OF, "reuters").certainty()).isEqualTo("reported");
	}

	@Test
	void anObjectThatNamesNoEntityProposesNothing() {
		// not from the seeds: a text the cues were not written for
		String text = "Egyptian Foreign Minister Badr Abdelatty told Reuters that Cairo welcomed Resolution 2803 but opposed any "
				+ "role for Israeli forces inside Gaza. Israel rejected the Egyptian proposal.";
		List<Candidate> candidates = candidates(text, LocalDate.parse("2025-11-21"));
		assertThat(candidates).extracting(c -> c.holder() + " " + c.relation() + " " + c.target())
			.containsExactly("egypt SUPPORTS resolution-2803");
	}

	@Test
	void propositionsByTheirWordsAndReferencesByKind() {
		// not from the seeds: texts written for these rules
		LocalDate date = LocalDate.parse("2025-11-21");
		List<Candidate> described = candidates("Egypt rejected any role for Hamas or the PA in governing Gaza.", date);
		find(described, "egypt", Relation.OPPOSES, "hamas-role-in-gaza-governance");
		find(described, "egypt", Relation.OPPOSES, "palestinian-authority-role-in-gaza-governance");
		// "Israeli forces" names Israel, not a role for Hamas: the words of a name are not the words of its aliases
		assertThat(candidates("Cairo opposed any role for Israeli forces inside Gaza.", date))
			.noneMatch(c -> c.target().endsWith("governance"));

		List<Candidate> referred = candidates("Hakan Fidan met Hamas officials in Doha. The top Turkish diplomat later rejected "
				+ "the Board of Peace. Qatar has welcomed Resolution 2803. The kingdom of Jordan said it would back the measure.", date);
		assertThat(find(referred, "turkey", Relation.OPPOSES, "board-of-peace").speaker()).isEqualTo("hakan-fidan");
		find(referred, "jordan", Relation.SUPPORTS, "resolution-2803");

		List<Candidate> quoted = candidates("“The plan is a trap. We reject the Board of Peace. Hamas will never be disarmed,” the "
				+ "group said on Friday.", date);
		assertThat(find(quoted, "hamas", Relation.OPPOSES, "board-of-peace").certainty()).isEqualTo("stated");
		find(quoted, "hamas", Relation.OPPOSES, "hamas-disarmament");
	}

	@Test
	void troopsRefusalsProvisionsAndMeetings() {
		LocalDate date = LocalDate.parse("2025-11-21");
		List<Candidate> troops = candidates("The International Stabilization Force needs soldiers. Indonesia is expected to provide "
				+ "the largest contingent. Saudi Arabia is not expected to send soldiers.", date);
		assertThat(find(troops, "indonesia", Relation.OFFERS_TROOPS, "isf").certainty()).isEqualTo("probable");
		find(troops, "saudi-arabia", Relation.DECLINES, "isf");
		assertThat(troops).noneMatch(c -> c.holder().equals("saudi-arabia") && c.relation() == Relation.OFFERS_TROOPS);

		List<Candidate> provision = candidates("According to the US draft resolution, the ISF would secure the borders.", date);
		find(provision, "us-draft-resolution", Relation.AUTHORIZES, "isf");

		List<Candidate> meeting = candidates("Vladimir Putin spoke with Benjamin Netanyahu by phone on Saturday about Gaza.", date);
		find(meeting, "vladimir-putin", Relation.PARTICIPATES_IN, "putin-netanyahu-call-2025-11-15");
		find(meeting, "benjamin-netanyahu", Relation.PARTICIPATES_IN, "putin-netanyahu-call-2025-11-15");
	}

	@Test
	void compoundsAppositionsAndWhatAnInstrumentHolds() {
		LocalDate date = LocalDate.parse("2025-11-22");
		List<Candidate> compounds = candidates("Hamas rejected the Board of Peace. The Iran-backed movement still patrols "
				+ "Israeli-controlled areas of the strip at night.", date);
		assertThat(find(compounds, "iran", Relation.BACKS, "hamas").certainty()).isEqualTo("reported");
		find(compounds, "israel", Relation.CONTROLS, "gaza");
		assertThat(find(candidates("UN Secretary-General Antonio Guterres spoke in New York.", date), "antonio-guterres",
				Relation.SPEAKS_FOR, "united-nations").quote()).isEqualTo("UN Secretary-General");

		// a joint body's parties; "US-Israeli" is a compound, not the subject of "manage"
		List<Candidate> hub = candidates("Officers met at the Civil Military Coordination Center, a joint US-Israeli command hub "
				+ "set up to manage the Gaza ceasefire.", date);
		find(hub, "israel", Relation.PARTICIPATES_IN, "civil-military-coordination-center");
		find(hub, "civil-military-coordination-center", Relation.OVERSEES, "gaza-ceasefire");
		assertThat(hub).noneMatch(c -> c.relation() == Relation.OVERSEES && !c.holder().equals("civil-military-coordination-center"));

		// "a central pillar of" and "a key tenet of": what an instrument holds; "would be required to": what it asks
		List<Candidate> tenets = candidates("Washington may drop the deployment of an international stabilization force — a "
				+ "central pillar of Trump's peace plan. The 20-point plan is on the table. Under it, Hamas would be required "
				+ "to disarm.", date);
		find(tenets, "twenty-point-plan", Relation.SUPPORTS, "isf-deployment");
		find(tenets, "twenty-point-plan", Relation.SUPPORTS, "hamas-disarmament");

		// "endorsed by X through Y": the council acts through the resolution, which endorses the plan
		List<Candidate> through = candidates("The 20-point plan, endorsed by the UN Security Council through Resolution 2803, "
				+ "offers amnesty.", date);
		find(through, "resolution-2803", Relation.SUPPORTS, "twenty-point-plan");
		find(through, "un-security-council", Relation.SUPPORTS, "resolution-2803");

		// a statement from its signatories says what they say; examples name members of the group before
		List<Candidate> statement = candidates("Egypt and Qatar issued a joint statement. The joint statement from Egypt and "
				+ "Qatar, all expressing support for Resolution 2803, was short.", date);
		find(statement, "joint-statement-2025-11-14", Relation.SUPPORTS, "resolution-2803");
		List<Candidate> example = candidates("Countries that might provide troops for the ISF are wary. For example, Jordan "
				+ "has asked for a clearer mandate.", date);
		find(example, "jordan", Relation.MEMBER_OF, "prospective-isf-troop-contributors");
	}

	@Test
	void subjectsOfParticiplesPronounsAndWhatOthersAreUrgedToDo() {
		LocalDate date = LocalDate.parse("2025-11-22");
		// "He" opening a sentence is the previous sentence's first person, not the president named last
		List<Candidate> urged = candidates("Benjamin Netanyahu thanked Donald Trump, who had asked the Israeli president to "
				+ "pardon him. He later spoke in the Knesset while urging states to “join us in expelling Hamas.”", date);
		Candidate expelling = find(urged, "israel", Relation.SUPPORTS, "hamas-expulsion");
		assertThat(expelling.speaker()).isEqualTo("benjamin-netanyahu");
		assertThat(urged).noneMatch(c -> c.holder().equals("israeli-president") && c.relation() != Relation.SPEAKS_FOR);

		// the subject of "asserting" is the sentence's, and a quoted object is one phrase, commas and all
		List<Candidate> asserted = candidates("Netanyahu praised Trump, asserting that the initiative promises “full "
				+ "demilitarization, disarmament, and deradicalization of Gaza.”", date);
		assertThat(find(asserted, "twenty-point-plan", Relation.SUPPORTS, "gaza-demilitarization").claimant())
			.isEqualTo("benjamin-netanyahu");

		// a continuing quotation keeps its speaker, who urges whom it says should act
		List<Candidate> should = candidates("“We are ready,” Fidan said at a press conference. “The international community should "
				+ "help us.”", date);
		assertThat(find(should, "turkey", Relation.URGES, "international-community").speaker()).isEqualTo("hakan-fidan");

		// "won't hand over its weapons" says the disarmament of whoever says it; examples are no subject
		find(candidates("Hamas has made clear that it won't hand over its weapons.", date), "hamas", Relation.OPPOSES,
				"hamas-disarmament");
		assertThat(candidates("The force will draw on nations like Indonesia, Azerbaijan, and others that would take "
				+ "responsibility for security in Gaza.", date)).noneMatch(c -> c.relation() == Relation.OVERSEES
						&& List.of("indonesia", "azerbaijan").contains(c.holder()));
	}
}
