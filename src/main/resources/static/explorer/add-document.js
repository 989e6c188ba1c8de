// "Add a document": paste or upload a text with its metadata, ask for candidate claims (POST /api/extraction), accept,
// edit or reject each, make claims from any selected span, add missing entities, and save it all in one request
// (POST /api/documents), which validates with the same checks as `load` and writes all or nothing.
// The page names no relation, certainty or kind itself: GET /api/vocabulary gives them.

import { $, ApiError, allItems, api, element } from './dom.js';

const state = {
  vocabulary: { relations: [], certainties: [], kinds: [] },
  entities: new Map(), // id -> {id, name, kind}
  text: '',
  mentions: [],
  candidates: [], // each: {...claim fields, start, end, cue, why, decision: 'pending' | 'accepted' | 'rejected', origin}
  newEntities: [],
  madeId: null, // {madeFrom, id}: the id the server made for the metadata it was made from
};

const CONDITION_KINDS = ['if', 'only-if', 'unless'];

function status(text) {
  $('status').textContent = text;
}

/** Basic credentials as UTF-8: btoa alone takes Latin-1 only. */
function authorization() {
  const user = $('login-user').value;
  const password = $('login-password').value;
  if (!user && !password) return {};
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return { Authorization: `Basic ${btoa(String.fromCharCode(...bytes))}` };
}

function postJson(path, body) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...authorization() }, body: JSON.stringify(body) });
}

/** A field's value trimmed, or undefined when it is empty: left out of the JSON sent. */
const optional = (value) => (value.trim() ? value.trim() : undefined);

/** The id typed into the form; empty when the server is to make one. */
const givenId = () => $('doc-id').value.trim();

/**
 * The document's id: the one given, else the one the server makes (from outlet or publisher, date and title), as a
 * dry run of the document alone reports it: the page keeps no copy of that rule. Asked again only when a field it
 * is made from has changed. A dry run needs a writer's login, and fails with the document's problems.
 */
async function documentId() {
  if (givenId()) return givenId();
  const metadata = documentMetadata();
  const madeFrom = JSON.stringify([metadata.outlet, metadata.publisher, metadata.published, metadata.title]);
  if (state.madeId?.madeFrom !== madeFrom) {
    // the new entities go along: the outlet may be one of them
    const report = await postJson('/api/documents?dryRun=true', { ...metadata, entities: state.newEntities });
    state.madeId = { madeFrom, id: report.document };
  }
  return state.madeId.id;
}

/** The document as POST /api/documents takes it, beside its entities and claims; without an id, the server makes it. */
function documentMetadata() {
  const authors = $('doc-authors').value.split(',').map((a) => a.trim()).filter(Boolean);
  return {
    id: optional(givenId()),
    title: $('doc-title').value.trim(),
    publisher: $('doc-publisher').value.trim(),
    published: $('doc-published').value,
    publishedBasis: $('doc-published-basis').value.trim(),
    authors,
    url: optional($('doc-url').value),
    outlet: optional($('doc-outlet').value),
    text: state.text,
  };
}

/** The fields the form requires that are empty, by their labels: said in words, not by colour alone. */
function missingFields(ids) {
  return ids.filter((id) => !$(id).value.trim()).map((id) => document.querySelector(`label[for='${id}']`).firstChild.textContent.trim());
}

function showProblems(target, problems) {
  target.replaceChildren(...(problems.length
    ? [element('strong', {}, problems.length === 1 ? 'One problem:' : `${problems.length} problems:`),
      element('ul', {}, problems.map((p) => element('li', {}, p)))]
    : []));
}

/** Every problem an answer lists (problem+json's detail, and its located problems where it has them). */
function problemsOf(error) {
  if (!(error instanceof ApiError) || !error.problem) return [error.message];
  const p = error.problem;
  // each located problem names the request's own field (claims[1].quote, entities[0].id, published)
  const lines = (p.problems || []).map((x) => [x.field || x.file, x.message].filter(Boolean).join(': '));
  if (p.existingDocument) lines.push(`The same text is already stored as ${p.existingDocument}.`);
  if (error.status === 401) return ['The login is missing or wrong: saving needs a writer\'s login.'];
  if (error.status === 403) return ['This login may read but not write: saving needs a writer\'s login.'];
  return lines.length ? lines : [p.detail || error.message];
}

// --- the document ---------------------------------------------------------------------------------------------------

async function readFile() {
  const file = $('doc-file').files[0];
  if (!file) return;
  try {
    // fatal: a file that is not UTF-8 is refused here rather than shown with replacement characters
    $('doc-text').value = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    status(`Read ${file.name}.`);
  } catch (e) {
    showProblems($('document-problems'), [`${file.name} is not UTF-8 text: save it as UTF-8 and upload it again.`]);
  }
}

async function findCandidates(event) {
  event.preventDefault();
  const missing = missingFields(['doc-title', 'doc-publisher', 'doc-published', 'doc-published-basis', 'doc-text']);
  showProblems($('document-problems'), missing.map((label) => `${label}: required`));
  if (missing.length) return;
  state.text = $('doc-text').value;
  status('Finding candidate claims…');
  try {
    const answer = await postJson('/api/extraction', { text: state.text, published: $('doc-published').value, sourceId: optional(givenId()) });
    state.mentions = answer.mentions || [];
    // offsets count UTF-16 code units, as JavaScript strings do
    state.candidates = (answer.candidates || []).map((c) => ({
      ...c, start: c.quoteStart, end: c.quoteEnd, cue: c.why?.cue, why: c.why?.rule, decision: 'pending', origin: 'machine',
    }));
    renderReview();
    status(`${state.candidates.length} candidate claims and ${state.mentions.length} entity mentions found.`);
    $('review').hidden = false;
    $('review-title').focus();
  } catch (e) {
    status('');
    showProblems($('document-problems'), problemsOf(e));
  }
}

// --- the text, with mentions and quotes -----------------------------------------------------------------------------

const entityOf = (mention) => state.entities.get(mention.entity) || { id: mention.entity, name: mention.entity };

/** The text cut at every mention's and quote's ends; each piece marked with what covers it. */
function renderText() {
  const cuts = new Set([0, state.text.length]);
  state.mentions.forEach((m) => { cuts.add(m.start); cuts.add(m.end); });
  state.candidates.forEach((c) => { if (c.decision !== 'rejected') { cuts.add(c.start); cuts.add(c.end); } });
  const points = [...cuts].filter((p) => p >= 0 && p <= state.text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = state.text.slice(from, to);
    const mention = state.mentions.find((m) => m.start <= from && to <= m.end);
    const quoted = state.candidates.map((c, n) => ({ c, n })).filter(({ c }) => c.decision !== 'rejected' && c.start <= from && to <= c.end);
    let node = mention
      ? element('span', { className: `mention${mention.ambiguous ? ' ambiguous' : ''}`, title: mentionTitle(mention), dataset: { entity: mention.entity } }, text)
      : document.createTextNode(text);
    if (quoted.length) {
      node = element('mark', { dataset: { candidates: quoted.map(({ n }) => n + 1).join(' ') },
        title: `quote of candidate ${quoted.map(({ n }) => n + 1).join(', ')}` }, node);
    }
    pieces.push(node);
  }
  $('review-text').replaceChildren(...pieces);
}

/** An ambiguous name gives a mention of each entity it names, over the same words. */
function mentionTitle(mention) {
  const entity = entityOf(mention);
  if (!mention.ambiguous) return `${entity.name} (${entity.kind || 'entity'})`;
  const all = state.mentions.filter((m) => m.start === mention.start && m.end === mention.end).map((m) => entityOf(m).name);
  return `${all.join(' or ')}: the name is ambiguous`;
}

/** The selection's offsets in the text: the container holds the text and nothing else, so lengths are offsets. */
function selectionOffsets() {
  const selection = window.getSelection();
  if (!selection.rangeCount || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const container = $('review-text');
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  let start = before.toString().length;
  let end = start + range.toString().length;
  // a quote neither starts nor ends with white space
  while (start < end && /\s/.test(state.text[start])) start++;
  while (end > start && /\s/.test(state.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

function onSelection() {
  const offsets = selectionOffsets();
  $('claim-from-selection').disabled = !offsets;
  $('selection-note').textContent = offsets ? `Selected: “${state.text.slice(offsets.start, offsets.end)}”` : '';
}

function claimFromSelection() {
  const offsets = selectionOffsets();
  if (!offsets) return;
  const inside = state.mentions.filter((m) => offsets.start <= m.start && m.end <= offsets.end).map((m) => entityOf(m).id);
  state.candidates.push({
    holder: inside[0] || '', relation: state.vocabulary.relations[0]?.name || '', target: inside[1] || '',
    certainty: state.vocabulary.certainties.find((c) => c.name === 'reported')?.name || state.vocabulary.certainties[0]?.name,
    date: $('doc-published').value, quote: state.text.slice(offsets.start, offsets.end), start: offsets.start, end: offsets.end,
    cue: null, why: 'made by the reviewer from a selection', decision: 'accepted', origin: 'reviewer',
  });
  window.getSelection().removeAllRanges();
  onSelection();
  renderReview();
  const items = $('candidates').querySelectorAll('li.candidate');
  items[items.length - 1].querySelector('input, select').focus();
}

// --- the candidates -------------------------------------------------------------------------------------------------

function field(label, id, control) {
  control.id = id;
  return element('p', { className: 'field' }, element('label', { htmlFor: id }, label), control);
}

function entityInput(candidate, key) {
  const input = element('input', { value: candidate[key] || '', autocomplete: 'off' });
  input.setAttribute('list', 'entity-ids');
  input.addEventListener('change', () => { candidate[key] = input.value.trim(); renderHeading(candidate); });
  return input;
}

function selectOf(options, value, onChange, empty) {
  const select = element('select', {}, empty ? element('option', { value: '' }, empty) : null,
    options.map((o) => element('option', { value: o.value, selected: o.value === value }, o.label)));
  select.addEventListener('change', () => onChange(select.value));
  return select;
}

const headingText = (c, n) => `Candidate ${n + 1}: ${state.entities.get(c.holder)?.name || c.holder || '?'} `
  + `${state.vocabulary.relations.find((r) => r.name === c.relation)?.heading?.toLowerCase() || c.relation || '?'} `
  + `${state.entities.get(c.target)?.name || c.target || '?'}`;

function renderHeading(candidate) {
  const n = state.candidates.indexOf(candidate);
  const heading = $(`candidate-${n + 1}-title`);
  if (heading) heading.firstChild.textContent = headingText(candidate, n);
}

function decisionButton(candidate, decision, label) {
  const button = element('button', { type: 'button', className: `decision ${decision}` }, label);
  button.setAttribute('aria-pressed', String(candidate.decision === decision));
  button.addEventListener('click', () => {
    candidate.decision = candidate.decision === decision ? 'pending' : decision;
    renderReview();
    $(`candidate-${state.candidates.indexOf(candidate) + 1}-${decision}`).focus();
  });
  return button;
}

function renderCandidate(c, n) {
  const prefix = `candidate-${n + 1}`;
  const relations = state.vocabulary.relations.map((r) => ({ value: r.name, label: `${r.heading} (${r.name})` }));
  const certainties = state.vocabulary.certainties.map((x) => ({ value: x.name, label: x.name }));
  const accept = decisionButton(c, 'accepted', 'Accept');
  accept.id = `${prefix}-accepted`;
  const reject = decisionButton(c, 'rejected', 'Reject');
  reject.id = `${prefix}-rejected`;
  const why = [c.why, c.cue ? `cue “${c.cue}”` : null].filter(Boolean).join('; ');
  const date = element('input', { value: c.date || '', autocomplete: 'off', placeholder: 'YYYY-MM-DD, YYYY-MM or YYYY' });
  date.addEventListener('change', () => { c.date = date.value.trim(); });
  const basis = element('input', { value: c.certaintyBasis || '', autocomplete: 'off', placeholder: "e.g. 'would' is their own promise, no hedge" });
  basis.addEventListener('change', () => { c.certaintyBasis = basis.value.trim(); });
  const condition = element('input', { value: c.condition || '', autocomplete: 'off' });
  condition.addEventListener('change', () => { c.condition = condition.value.trim(); });
  return element('li', { className: `candidate ${c.decision}`, dataset: { decision: c.decision, origin: c.origin } },
    element('h4', { id: `${prefix}-title` }, headingText(c, n), element('span', { className: 'decision-state' }, ` · ${c.decision}`)),
    element('blockquote', { className: 'quote' }, c.quote),
    element('p', { className: 'meta' }, `characters ${c.start}–${c.end}${why ? ` · ${why}` : ''}`
      + `${c.via && c.via.length ? ` · via ${c.via.map((v) => state.entities.get(v)?.name || v).join(' ← ')}` : ''}`),
    element('div', { className: 'candidate-fields' },
      field('Holder', `${prefix}-holder`, entityInput(c, 'holder')),
      field('Relation', `${prefix}-relation`, selectOf(relations, c.relation, (v) => { c.relation = v; renderHeading(c); })),
      field('Target', `${prefix}-target`, entityInput(c, 'target')),
      field('Certainty', `${prefix}-certainty`, selectOf(certainties, c.certainty, (v) => { c.certainty = v; })),
      field('Why that certainty', `${prefix}-certainty-basis`, basis),
      field('Speaker', `${prefix}-speaker`, entityInput(c, 'speaker')),
      field('Claimant', `${prefix}-claimant`, entityInput(c, 'claimant')),
      field('Condition', `${prefix}-condition`, condition),
      field('Condition kind', `${prefix}-condition-kind`, selectOf(CONDITION_KINDS.map((k) => ({ value: k, label: k })), c.conditionKind,
        (v) => { c.conditionKind = v || undefined; }, 'none')),
      field('Date said', `${prefix}-date`, date)),
    element('p', { className: 'decisions', role: 'group', 'aria-labelledby': `${prefix}-title` }, accept, ' ', reject));
}

function renderReview() {
  renderText();
  $('candidates').replaceChildren(...state.candidates.map(renderCandidate));
  const count = (d) => state.candidates.filter((c) => c.decision === d).length;
  $('review-summary').textContent = `${state.candidates.length} candidates: ${count('accepted')} accepted, `
    + `${count('rejected')} rejected, ${count('pending')} not decided. Only accepted claims are saved.`;
}

// --- missing entities -----------------------------------------------------------------------------------------------

function addEntity(event) {
  event.preventDefault();
  const id = $('entity-id').value.trim();
  const problems = missingFields(['entity-id', 'entity-name']).map((label) => `${label}: required`);
  if (id && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push('Id: lowercase letters, digits and single hyphens only');
  if (state.entities.has(id)) problems.push(`Id: ${id} exists already`);
  showProblems($('entity-problems'), problems);
  if (problems.length) return;
  const entity = { id, name: $('entity-name').value.trim(), kind: $('entity-kind').value,
    aliases: $('entity-aliases').value.split(',').map((a) => a.trim()).filter(Boolean) };
  state.newEntities.push(entity);
  state.entities.set(id, entity);
  $('entity-ids').append(element('option', { value: id, label: `${entity.name} (${entity.kind}, new)` }));
  $('new-entities').append(element('li', {}, `${entity.name} (${entity.kind}) · ${id}`, entity.aliases.length ? ` · also ${entity.aliases.join(', ')}` : ''));
  ['entity-id', 'entity-name', 'entity-aliases'].forEach((f) => { $(f).value = ''; });
  status(`Added ${entity.name}: it can now be a holder, target or claimant.`);
}

// --- saving ---------------------------------------------------------------------------------------------------------

const acceptedClaims = () => state.candidates.filter((c) => c.decision === 'accepted');

/** The accepted claims in the claim-file format of seeds/claims, of the document `source`, each with an id made from its triple. */
function claimFile(source) {
  const ids = new Set();
  const claims = acceptedClaims().map((c) => {
    const base = `${source.split('-').slice(0, 4).join('-')}-${c.holder}-${(c.relation || '').toLowerCase().replaceAll('_', '-')}-${c.target}`;
    let id = base;
    for (let i = 2; ids.has(id); i++) id = `${base}-${i}`;
    ids.add(id);
    const claim = { id, holder: c.holder, relation: c.relation, target: c.target, certainty: c.certainty, date: c.date, quote: c.quote };
    if (c.certaintyBasis) claim.certaintyBasis = c.certaintyBasis;
    if (c.speaker) claim.speaker = c.speaker;
    if (c.claimant) claim.claimant = c.claimant;
    if (c.via && c.via.length) claim.via = c.via;
    if (c.condition) claim.condition = c.condition;
    if (c.conditionKind) claim.conditionKind = c.conditionKind;
    if (c.vote) claim.vote = c.vote; // for, against or abstain: a vote cue's claim says how the holder voted
    return claim;
  });
  return { source, claims };
}

/** Saves, or with `dryRun` only checks: the same validation, nothing written. */
async function save(dryRun) {
  if (!acceptedClaims().length) {
    $('save-result').replaceChildren(element('p', {}, 'No claim is accepted yet: accept at least one, or make one from a selection.'));
    return;
  }
  status(dryRun ? 'Checking…' : 'Saving…');
  try {
    const file = claimFile(await documentId());
    // the id the claims were made with goes along, so that the document and its claims' source cannot differ
    const body = { ...documentMetadata(), id: file.source, entities: state.newEntities, claims: file.claims };
    const report = await postJson(`/api/documents${dryRun ? '?dryRun=true' : ''}`, body);
    if (dryRun) {
      $('save-result').replaceChildren(element('p', { className: 'saved' },
        `Checked: the document, ${state.newEntities.length} new entities and ${file.claims.length} claims would load. Nothing was written.`));
      status('Checked.');
      return;
    }
    const name = (id) => state.entities.get(id)?.name || id;
    const pairs = [...new Map(file.claims.map((c) => [`${c.target}/${c.holder}`, c])).values()];
    $('save-result').replaceChildren(
      element('p', { className: 'saved' }, `Saved ${file.source}: ${file.claims.length} claims`
        + `${state.newEntities.length ? ` and ${state.newEntities.length} new entities` : ''}.`),
      element('ul', { className: 'saved-links' },
        pairs.map((c) => element('li', {}, element('a', {
          href: `/#/entity/${encodeURIComponent(c.target)}/evidence/${encodeURIComponent(c.holder)}`,
        }, `${name(c.holder)} on ${name(c.target)}: the evidence`))),
        element('li', {}, element('a', { href: `/api/sources/${encodeURIComponent(file.source)}` }, 'The document (API)')),
        element('li', {}, element('a', { href: `/api/documents/${encodeURIComponent(file.source)}/dataset` },
          'The document, its claims and entities as dataset files (zip, to unzip into seeds/)')),
        element('li', {}, element('a', { href: '/browser/' }, 'Neo4j Browser'))),
      report && report.withoutCertainty && report.withoutCertainty.length
        ? element('p', { className: 'meta' }, `Loaded as 'reported' (no certainty given): ${report.withoutCertainty.join(', ')}`) : null);
    status('Saved.');
  } catch (e) {
    status(dryRun ? 'The check found problems.' : 'Nothing was saved.');
    $('save-result').replaceChildren(element('p', { className: 'problems', role: 'alert' },
      element('strong', {}, dryRun ? 'It would not load: ' : 'Nothing was saved: '), element('ul', {}, problemsOf(e).map((p) => element('li', {}, p)))));
  }
}

/** The reviewed claims as a claim file for the repository: JSON, which is YAML too, so `validate` reads it as is. */
async function download() {
  let file;
  try {
    file = claimFile(await documentId());
  } catch (e) {
    const login = e instanceof ApiError && (e.status === 401 || e.status === 403);
    $('save-result').replaceChildren(element('p', { className: 'problems', role: 'alert' },
      element('strong', {}, 'No claim file yet: '), element('ul', {}, (login
        ? ['Without an id, the server makes the document\'s id, which needs a writer\'s login: type the login, or give the document an id.']
        : problemsOf(e)).map((p) => element('li', {}, p)))));
    return;
  }
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/yaml' });
  const link = element('a', { href: URL.createObjectURL(blob), download: `${file.source}.yaml` });
  document.body.append(link);
  link.click();
  link.remove();
}

// --- start ----------------------------------------------------------------------------------------------------------

async function start() {
  try {
    const vocabulary = await api('/api/vocabulary');
    state.vocabulary = { relations: vocabulary.relations, certainties: vocabulary.certainties || [], kinds: vocabulary.kinds || [] };
    $('entity-kind').replaceChildren(...state.vocabulary.kinds.map((k) => element('option', { value: k.name }, k.name)));
    const entities = await allItems('/api/entities');
    entities.forEach((e) => state.entities.set(e.id, e));
    $('entity-ids').replaceChildren(...entities.map((e) => element('option', { value: e.id, label: `${e.name} (${e.kind})` })));
  } catch (e) {
    status(`The page could not read the vocabulary or the entities: ${e.message}`);
  }
  $('document-form').addEventListener('submit', findCandidates);
  $('doc-file').addEventListener('change', readFile);
  $('entity-form').addEventListener('submit', addEntity);
  $('claim-from-selection').addEventListener('click', claimFromSelection);
  document.addEventListener('selectionchange', onSelection);
  $('check').addEventListener('click', () => save(true));
  $('save').addEventListener('click', () => save(false));
  $('download').addEventListener('click', download);
  document.body.dataset.ready = 'true';
}

start();
