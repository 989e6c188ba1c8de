// The stance explorer: a page over the app's own REST API. Every view is a route in the URL's fragment
// (#/entity/<id>, #/entity/<target>/evidence/<actor>, each optionally ?asOf=YYYY-MM-DD&certainty=<level>), so views
// can be linked, the back button works, and the "as of" slider and the certainty control re-ask every view by
// changing the route.
// Text from the graph is only ever set as textContent, never parsed as HTML.

import { $, allItems, api, element } from './dom.js';

/**
 * The graph's relations as the API describes them (GET /api/vocabulary, read once before the first view): in the
 * order of the columns, each with its heading, side and whether it is a stance. The page names no relation itself.
 */
const vocabulary = { relations: [], byName: new Map(), certainties: [] };

async function loadVocabulary() {
  const answer = await api('/api/vocabulary');
  vocabulary.relations = answer.relations;
  vocabulary.byName = new Map(answer.relations.map((r) => [r.name, r]));
  vocabulary.certainties = answer.certainties || [];
  setUpCertainty();
}

// --- certainty: how sure the source is that the holder holds it ---------------------------------------------------

/** A level's place, strongest (stated) first, as the vocabulary lists them; -1 for a word it does not know. */
const certaintyRank = (word) => vocabulary.certainties.findIndex((c) => c.name === word);
/** The weakest level: as a minimum it keeps every claim, so it is what a view without a certainty asks. */
const weakest = () => vocabulary.certainties.at(-1)?.name;
/**
 * Hedged ("appears", "considering", "could"): probable or weaker, not asserted as fact. Drawn hollow and dashed,
 * always with the word beside it: neither a colour nor a dash is the only cue.
 */
function hedged(word) {
  const probable = certaintyRank('probable');
  return probable >= 0 && certaintyRank(word) >= probable;
}

/** The level as a word beside a claim, an edge or a position (nothing when the API gives none). */
function certaintyLabel(word) {
  return word ? element('span', { className: `certainty-label certainty-${word}${hedged(word) ? ' hedged' : ''}`, dataset: { certainty: word } }, word) : null;
}

/** A list in words: "a", "a and b", "a, b and c". */
function listed(items, conjunction = 'and') {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The control: one select of minimums, strongest first; its value is the route's certainty (no value: every claim). */
function setUpCertainty() {
  const levels = vocabulary.certainties;
  if (!levels.length) return;
  const select = $('certainty');
  select.replaceChildren(...levels.map((c, i) => element('option', { value: c.name },
    i === 0 ? `${c.name} only` : i === levels.length - 1 ? `${c.name} or stronger: every claim` : `${c.name} or stronger`)));
  select.addEventListener('change', () => go(currentPath(), { certainty: select.value === weakest() ? null : select.value }));
  $('certainty-form').addEventListener('submit', (event) => event.preventDefault());
  placeCertainty();
  show('certainty-form', true);
}

function placeCertainty() {
  const levels = vocabulary.certainties;
  if (!levels.length) return;
  const chosen = state.certainty || weakest();
  $('certainty').value = chosen;
  $('certainty-description').textContent = levels.find((c) => c.name === chosen)?.description || '';
  const rank = certaintyRank(chosen);
  $('certainty-note').textContent = state.certainty && rank < levels.length - 1
    ? `Showing the claims ${listed(levels.slice(0, rank + 1).map((c) => c.name), 'or')}: ${listed(levels.slice(rank + 1).map((c) => c.name))} claims are left out.`
    : '';
}

/**
 * How a relation or an edge is drawn, from the side and stance the API sends: for (green), against (red), a neutral
 * stance such as an abstention (grey), structure.
 */
const drawnAs = ({ side, stance }) => (stance ? side.toLowerCase() : 'structure');
const sideOf = (relation) => (vocabulary.byName.has(relation) ? drawnAs(vocabulary.byName.get(relation)) : 'structure');
const SIDE_COLOURS = { for: '#0b6b2f', against: '#a4161a', neutral: '#6b7280', structure: '#5b7fb0' };
const SIDE_NAMES = { for: 'support, proposal, troop offer', against: 'opposition, refusal', neutral: 'abstention, appeal', structure: 'structure (backs, member of, oversees…)' };

/** Node colours by kind: each at least 3:1 against white, as graphics need (WCAG 1.4.11). ExplorerScriptTest checks every kind has one. */
const KIND_COLOURS = {
  State: '#1f5fa8', Person: '#7b3fb0', Faction: '#a65300', Organization: '#23706f', Group: '#8b3a3a',
  UnnamedSource: '#636363', Institution: '#4b56b0', Instrument: '#6f5a00', Event: '#0a7ea4', Proposition: '#9c2f6b',
  Place: '#3f6f1f',
};


/**
 * The date the views are asked for (YYYY-MM-DD), null for everything the sources say; the least certainty a claim
 * needs to count (a level's name), null for every claim; and the corpus's span.
 */
const state = { asOf: null, certainty: null, first: null, last: null };

/** Counts routes: an answer that arrives after the user moved on is not drawn over the newer view. */
let routes = 0;
const stale = (mine) => mine !== routes;

const SVG = 'http://www.w3.org/2000/svg';
const MAX_LANES = 25;

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.flat(Infinity).filter((c) => c !== null && c !== undefined).forEach((c) => node.append(c));
  return node;
}

function status(text) {
  $('status').textContent = text;
}

function show(id, visible) {
  $(id).hidden = !visible;
}

/** The user is on the slider or the certainty control: they keep the focus for their arrow keys. */
const onFilters = () => $('as-of-form').contains(document.activeElement) || $('certainty-form').contains(document.activeElement);

/**
 * After a route, the focus goes to the new view's heading: a link that was followed is gone with the old view. Not
 * while the user is on the slider or the certainty control.
 */
function landOn(heading) {
  if (onFilters()) return;
  $(heading).focus({ preventScroll: true });
}

/** The route's query: the date and the certainty chosen (or those given instead), each only when there is one. */
function filters({ asOf: date = state.asOf, certainty = state.certainty } = {}) {
  const query = [date ? `asOf=${date}` : null, certainty ? `certainty=${encodeURIComponent(certainty)}` : null].filter(Boolean);
  return query.length ? `?${query.join('&')}` : '';
}

/** A route of the page, keeping the date and the certainty the user chose. */
function route(path) {
  return `#${path}${filters()}`;
}

/** A stance read's API path, asked as of the chosen date and for the chosen certainty. */
function scoped(path) {
  const query = filters();
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query.slice(1)}` : path;
}

function apiLink(id, path) {
  $(id).href = path;
  $(id).textContent = `API call: GET ${decodeURIComponent(path)}`;
}

function entityLink(entity) {
  return element('a', { href: route(`/entity/${encodeURIComponent(entity.id)}`), className: 'entity' }, entity.name,
    element('span', { className: 'kind' }, ` ${entity.kind}`));
}

/** A relation as words: its name in lower case, underscores as spaces ("offers troops"). */
const words = (relation) => relation.replaceAll('_', ' ').toLowerCase();

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A list that stays readable at a hub (thousands of backers, claims…): the first items, the rest behind "N more". */
function capped(tag, items, shown, what) {
  const list = element(tag, {}, items.slice(0, shown));
  if (items.length <= shown) return list;
  return element('div', {}, list, element('details', { className: 'more' },
    element('summary', {}, `${items.length - shown} more${what ? ` ${what}` : ''}`), element(tag, tag === 'ol' ? { start: shown + 1 } : {}, items.slice(shown))));
}

// --- dates ---------------------------------------------------------------------------------------------------------

const DAY = 86400000;
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const isoOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const longDate = (iso) => new Date(dayNumber(iso) * DAY).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDate = (iso) => new Date(dayNumber(iso) * DAY).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthYear = (iso) => new Date(dayNumber(iso) * DAY).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real day (2025-02-30 is not): what the API accepts as asOf. */
const isDate = (text) => ISO_DATE.test(text) && isoOf(dayNumber(text)) === text;

// --- "open in Neo4j Browser": the project's own query file as a guide, with this view's values ------------------

/**
 * Points a link at Neo4j Browser (served by the app) opening a one-slide guide: a file of cypher/queries, its
 * :param lines set to this view's values (ids, dates and the certainty chosen), to run there with two clicks: the parameters, then the
 * query. The Browser ends its URL argument at '&', hence the guide's name=value,name=value form.
 */
function browserLink(id, file, params) {
  // every question file the views link to takes the certainty as a :param too
  const values = Object.entries(state.certainty ? { ...params, certainty: state.certainty } : params).map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join(',');
  const guide = `${location.origin}/guide/queries/${file.replace(/\.cypher$/, '')}${values ? `/${values}` : ''}`;
  const link = $(id);
  link.href = `/browser/?cmd=guide&arg=${encodeURIComponent(guide)}`;
  link.title = `cypher/queries/${file} as a guide in Neo4j Browser`;
  link.dataset.file = file;
}

// --- the "as of" slider --------------------------------------------------------------------------------------------

/** The slider runs over the days the claims span, one step a day; one more step on the right means every date. */
async function setUpAsOf() {
  const sources = await api('/api/sources?limit=1');
  if (!sources.firstClaimDate) return;
  state.first = sources.firstClaimDate;
  state.last = sources.lastClaimDate;
  const slider = $('as-of');
  slider.min = 0;
  slider.max = dayNumber(state.last) - dayNumber(state.first) + 1;
  $('as-of-span').textContent = `${plural(sources.page.total, 'source')}, claims from ${longDate(state.first)} to ${longDate(state.last)}`;
  slider.addEventListener('input', () => describeSlider(dateAt(slider.value)));
  // a burst of arrow keys asks once, for the day it stops on
  let pending = null;
  slider.addEventListener('change', () => {
    clearTimeout(pending);
    pending = setTimeout(() => go(currentPath(), { asOf: dateAt(slider.value) }), 250);
  });
  $('as-of-all').addEventListener('click', () => go(currentPath(), { asOf: null }));
  show('as-of-form', true);
}

function dateAt(value) {
  return +value >= +$('as-of').max ? null : isoOf(dayNumber(state.first) + +value);
}

function describeSlider(date) {
  const text = date ? `as of ${longDate(date)}` : 'all dates';
  $('as-of-value').textContent = text;
  $('as-of').setAttribute('aria-valuetext', text);
}

function placeSlider() {
  if (state.first === null) return;
  const slider = $('as-of');
  slider.value = state.asOf ? Math.min(Math.max(dayNumber(state.asOf) - dayNumber(state.first), 0), +slider.max - 1) : slider.max;
  describeSlider(state.asOf);
  $('as-of-all').hidden = !state.asOf;
  $('as-of-note').textContent = state.asOf
    ? `Showing what the sources had said by ${longDate(state.asOf)}: per actor and question, the claims in force then.`
    : '';
}

function currentPath() {
  return location.hash.replace(/^#/, '').split('?')[0] || '/';
}

/** Goes to a route with the date or the certainty changed (the other kept). */
function go(path, changes) {
  location.hash = `#${path}${filters(changes)}`;
}

// --- the example question as a form ----------------------------------------------------------------------------

/** The choices: what can be backed or opposed (instruments, propositions, institutions), by name. */
async function fillQuestionForm() {
  const kinds = ['Instrument', 'Proposition', 'Institution'];
  const lists = await Promise.all(kinds.map((kind) => allItems(`/api/entities?kind=${kind}`)));
  const choices = lists.flat().sort((a, b) => a.name.localeCompare(b.name));
  for (const [select, preferred] of [['backing', 'twenty-point-plan'], ['opposing', 'turkish-participation-in-isf']]) {
    $(select).replaceChildren(...choices.map((e) => element('option', { value: e.id, selected: e.id === preferred }, `${e.name} (${e.kind})`)));
  }
}

function evidenceList(title, edge, holder, target) {
  // an edge brings its first quotes; a hub actor's edge to a hub target has hundreds, in the evidence view
  const more = edge.evidenceTotal > edge.evidence.length
    ? element('p', { className: 'more-evidence' }, `The first ${edge.evidence.length} quotes of ${edge.evidenceTotal}: `,
      element('a', { href: route(`/entity/${encodeURIComponent(target.id)}/evidence/${encodeURIComponent(holder.id)}`) },
        `all that ${holder.name} said on ${target.name}`))
    : null;
  return element('div', { className: 'edge' }, element('h4', {}, `${title}: ${plural(edge.sources.length, 'source')}`
    + (edge.condition ? `, on condition: ${edge.condition}` : ''), hedged(edge.certainty) ? [' ', certaintyLabel(edge.certainty)] : null),
  element('ul', {}, edge.evidence.map((item) => element('li', { className: claimClass('', item) }, claimEvidence(item, holder)))), more);
}

async function showBackersOpposing(backing, opposing, mine) {
  hideAll();
  const date = state.asOf;
  const path = scoped(`/api/queries/backers-opposing?backing=${encodeURIComponent(backing)}&opposing=${encodeURIComponent(opposing)}&limit=1000`);
  const answer = await api(path);
  if (stale(mine)) return;
  $('backing').value = backing;
  $('opposing').value = opposing;
  const when = date ? ` (as of ${longDate(date)})` : '';
  const total = answer.page.total;
  $('answer-title').textContent = total
    ? `${plural(total, 'backer')} of ${answer.backing.name} who oppose${total === 1 ? 's' : ''} ${answer.opposing.name}${when}`
    : `No backer of ${answer.backing.name} opposes ${answer.opposing.name}, as far as the sources say${when}`;
  $('answer-list').replaceChildren(...answer.actors.map((a) => element('li', { className: 'answer-actor', dataset: { actor: a.actor.id } },
    element('h3', {}, entityLink(a.actor)),
    evidenceList(`Supports ${answer.backing.name}`, a.supports, a.actor, answer.backing),
    evidenceList(`Opposes ${answer.opposing.name}`, a.opposes, a.actor, answer.opposing))));
  apiLink('answer-api', path);
  const params = { backing: answer.backing.id, opposing: answer.opposing.id };
  if (state.asOf) {
    browserLink('answer-cypher', '35_backers_opposing_as_of.cypher', { ...params, asOf: state.asOf });
  } else {
    browserLink('answer-cypher', '01_backers_of_resolution_opposing_turkish_participation.cypher', params);
  }
  show('answer', true);
  landOn('answer-title');
  status('');
}

// --- search -----------------------------------------------------------------------------------------------------

async function search(q, mine) {
  const path = `/api/entities?q=${encodeURIComponent(q)}`;
  status(`Searching for “${q}”…`);
  const answer = await api(path);
  if (stale(mine)) return;
  const found = answer.items;
  const total = answer.page.total;
  const list = $('result-list');
  list.replaceChildren(...found.map((e) => element('li', {}, entityLink(e))));
  $('results-title').textContent = total
    ? `${plural(total, 'result')} for “${q}”${found.length < total ? `, the best ${found.length} shown` : ''}`
    : `Nothing found for “${q}”`;
  apiLink('results-api', path);
  show('results', true);
  status(found.length ? '' : `Nothing found for “${q}”: try a name, an alias or an abbreviation.`);
  if (found.length && !onFilters()) list.querySelector('a').focus();
}

// --- an entity: what it is, who stands where on it, its stances over time, its neighbourhood ----------------------

async function showEntity(id, evidenceActor, mine) {
  show('results', false);
  show('answer', false);
  const entityPath = `/api/entities/${encodeURIComponent(id)}`;
  const positionsPath = scoped(`/api/targets/${encodeURIComponent(id)}/positions?limit=1000`);
  const stancesPath = scoped(`/api/actors/${encodeURIComponent(id)}/stances?limit=1000`);
  const graphPath = scoped(`/api/entities/${encodeURIComponent(id)}/neighbourhood`);
  const [entity, positions, stances, graph] = await Promise.all([api(entityPath), api(positionsPath), api(stancesPath), api(graphPath)]);
  if (stale(mine)) return;
  document.title = `${entity.name} · Stancegraph explorer`;
  renderEntity(entity, positions, stances, entityPath);
  renderPositions(entity, positions, positionsPath);
  renderTimeline(entity, stances, stancesPath);
  show('evidence', false);
  show('source', false);
  await renderGraph(entity, graph, graphPath);
  if (stale(mine)) return;
  if (evidenceActor) {
    await showEvidence(evidenceActor, entity, positions, graph, mine);
  } else {
    landOn('entity-title');
  }
  if (!stale(mine)) status('');
}

function renderEntity(entity, positions, stances, path) {
  $('entity-title').textContent = entity.name;
  $('entity-meta').textContent = [entity.kind, entity.role, entity.aliases.length ? `also: ${entity.aliases.join(', ')}` : null,
    entity.description].filter(Boolean).join(' · ');
  const holders = (relation) => (positions.by[relation] || []).map((p) => p.actor);
  const targets = (relation) => stances.stances.filter((s) => s.relation === relation).map((s) => s.target)
    .filter((t, i, all) => all.findIndex((o) => o.id === t.id) === i);
  const list = (title, entities, className) => (entities.length
    ? element('div', { className: `related ${className}` }, element('h3', {}, title),
      capped('ul', entities.map((e) => element('li', {}, entityLink(e))), 12, 'entities')) : null);
  // the ties the vocabulary marks as affiliations (backing, membership), both ways; a list's class is the column
  // heading for the holders (backers) and the relation for the targets (member-of)
  const kebab = (text) => text.toLowerCase().replaceAll(/[ _]/g, '-');
  const affiliations = vocabulary.relations.filter((r) => r.affiliation);
  $('entity-related').replaceChildren(...[
    ...affiliations.map((r) => list(r.affiliation.holders, holders(r.name), kebab(r.heading))),
    list('People who speak for it', entity.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.role || 'Person' })), 'speakers'),
    ...affiliations.map((r) => list(r.affiliation.targets, targets(r.name), kebab(r.name))),
    list('Speaks for', entity.speaksFor, 'speaks-for'),
    list('Proposals and instruments about it', entity.concernedBy, 'concerned-by'),
    list('What it is about', entity.concerns, 'concerns'),
  ].filter(Boolean));
  const since = weekBefore();
  $('entity-questions').replaceChildren(
    element('a', { href: route(`/alignment/${encodeURIComponent(entity.id)}`), className: 'alignment-link' }, `Who aligns with whom on ${entity.name}`),
    since ? ' · ' : null,
    since ? element('a', { href: route(`/changes/${since}/${encodeURIComponent(entity.id)}`), className: 'changes-link' }, 'What changed in the week before') : null);
  apiLink('entity-api', path);
  show('entity', true);
}

function renderPositions(target, positions, path) {
  // a position whose strongest claim is hedged is drawn hollow, with its level in words
  const actor = (relation, p) => element('li', { className: hedged(p.certainty) ? `hedged certainty-${p.certainty}` : '' },
    element('a', {
      href: route(`/entity/${encodeURIComponent(target.id)}/evidence/${encodeURIComponent(p.actor.id)}`),
      className: 'actor', dataset: { actor: p.actor.id, relation, ...(p.certainty ? { certainty: p.certainty } : {}) },
    }, p.actor.name, element('span', { className: 'count' }, ` · ${plural(p.sources.length, 'source')}`),
    hedged(p.certainty) ? [' ', certaintyLabel(p.certainty)] : null),
    p.condition ? element('p', { className: 'condition' }, `on condition: ${p.condition}`) : null);
  const columns = vocabulary.relations.filter(({ name }) => (positions.by[name] || []).length)
    .map((relation) => element('section', { className: `column ${relation.name.toLowerCase()} ${drawnAs(relation)}`, 'aria-label': relation.heading },
      element('h3', {}, `${relation.heading} (${positions.counts[relation.name] ?? positions.by[relation.name].length})`),
      capped('ul', positions.by[relation.name].map((p) => actor(relation.name, p)), 25, 'actors')));
  $('positions-title').textContent = `Who stands where on ${target.name}${state.asOf ? ` as of ${longDate(state.asOf)}` : ''}`;
  $('columns').replaceChildren(...columns);
  apiLink('positions-api', path);
  if (state.asOf) {
    browserLink('positions-cypher', '32_positions_as_of.cypher', { target: target.id, asOf: state.asOf });
  } else {
    browserLink('positions-cypher', '03_positions_on_target_by_relation.cypher', { target: target.id });
  }
  show('positions', columns.length > 0);
}

/**
 * The actor's stances on a date axis (the span of the whole corpus, so timelines compare): one lane per target, a
 * dot per claim coloured by its side, each a link to the evidence. The list below says the same in words.
 */
function renderTimeline(actor, answer, path) {
  const claims = answer.stances;
  show('timeline', claims.length > 0);
  // an empty answer (as of a date before its first claim) leaves no dots of the last answer behind, hidden or not
  if (!claims.length) {
    $('timeline-chart').replaceChildren();
    return;
  }
  // one lane per target; an actor with many, the lanes of those it has most claims about
  const byTarget = new Map();
  claims.forEach((c) => byTarget.set(c.target.id, { target: c.target, claims: (byTarget.get(c.target.id)?.claims || 0) + 1 }));
  const targets = [...byTarget.values()].sort((a, b) => b.claims - a.claims).slice(0, MAX_LANES)
    .map((t) => t.target).sort((a, b) => claims.findIndex((c) => c.target.id === a.id) - claims.findIndex((c) => c.target.id === b.id));
  const width = 960; const left = 250; const right = 24; const top = 34; const lane = 26;
  const height = top + lane * targets.length + 8;
  const start = dayNumber(state.first || claims[0].date) - 1;
  const end = dayNumber(state.last || claims[claims.length - 1].date) + 1;
  const x = (iso) => left + ((dayNumber(iso) - start) / (end - start)) * (width - left - right);
  const ticks = [];
  // a tick a week, or fewer on a long span: at most about ten labels
  const step = 7 * Math.max(1, Math.ceil((end - start) / 70));
  const tickLabel = end - start > 180 ? monthYear : shortDate;
  for (let day = start + 1; day <= end; day += step) {
    const iso = isoOf(day);
    ticks.push(svg('g', { class: 'tick' },
      svg('line', { x1: x(iso), x2: x(iso), y1: top - 8, y2: height, stroke: '#d5d9e0' }),
      svg('text', { x: x(iso), y: top - 14, 'text-anchor': 'middle' }, tickLabel(iso))));
  }
  const lanes = targets.map((t, i) => svg('g', { class: 'lane' },
    svg('line', { x1: left, x2: width - right, y1: top + lane * i + lane / 2, y2: top + lane * i + lane / 2, stroke: '#eef0f3' }),
    svg('text', { x: left - 10, y: top + lane * i + lane / 2 + 4, 'text-anchor': 'end' },
      t.name.length > 34 ? `${t.name.slice(0, 33)}…` : t.name, svg('title', {}, t.name))));
  const seen = new Map();
  const dots = claims.filter((c) => targets.some((t) => t.id === c.target.id)).map((c) => {
    const i = targets.findIndex((t) => t.id === c.target.id);
    const key = `${c.target.id} ${c.date}`;
    const repeat = seen.get(key) || 0;
    seen.set(key, repeat + 1);
    const certainty = certaintyOf(c);
    const label = `${longDate(c.date)}: ${words(c.relation)} ${c.target.name}`
      + (c.condition ? `, on condition: ${c.condition}` : '') + (certainty ? `, ${certainty}` : '');
    const colour = SIDE_COLOURS[sideOf(c.relation)];
    // a hedged claim is a hollow dot with a dashed ring
    const dot = hedged(certainty)
      ? { fill: '#ffffff', stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '3 2' }
      : { fill: colour };
    return svg('a', {
      href: route(`/entity/${encodeURIComponent(c.target.id)}/evidence/${encodeURIComponent(actor.id)}`),
      // out of the Tab order: the list below has the same links, one Tab each instead of one per dot
      class: `dot ${sideOf(c.relation)}${hedged(certainty) ? ' hedged' : ''}`, 'data-claim': c.claimId, 'aria-label': label, tabindex: '-1',
      ...(certainty ? { 'data-certainty': certainty } : {}),
    }, svg('circle', { cx: x(c.date) + repeat * 7, cy: top + lane * i + lane / 2, r: 6, ...dot }),
    svg('title', {}, label));
  });
  const marker = state.asOf && dayNumber(state.asOf) > start && dayNumber(state.asOf) < end ? svg('g', { class: 'as-of-marker' },
    svg('line', { x1: x(state.asOf), x2: x(state.asOf), y1: top - 8, y2: height, stroke: '#1d232b', 'stroke-dasharray': '4 3' }),
    svg('text', { x: x(state.asOf) + 4, y: height - 4 }, 'as of')) : null;
  $('timeline-chart').replaceChildren(svg('svg', {
    viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `${actor.name}: ${plural(claims.length, 'claim')} on a date axis`,
  }, ticks, lanes, marker, dots));
  $('timeline-title').textContent = `${actor.name} over time${state.asOf ? `: the claims in force on ${longDate(state.asOf)}` : ''}`;
  $('timeline-note').textContent = [
    byTarget.size > targets.length ? `Lanes for the ${targets.length} targets with the most claims, of ${byTarget.size}.` : null,
    answer.page.total > claims.length ? `The first ${claims.length} claims, by date, of ${answer.page.total}: the API call below pages through them all.` : null,
  ].filter(Boolean).join(' ');
  $('stance-list').replaceChildren(capped('ol', claims.map((s) => element('li', { className: claimClass('', s), dataset: { claim: s.claimId } },
    element('time', { dateTime: s.date }, saidOn(s)), ' ',
    element('span', { className: `relation ${s.relation.toLowerCase()} ${sideOf(s.relation)}` }, words(s.relation)), ' ',
    entityLink(s.target),
    s.condition ? element('span', { className: 'condition' }, ` on condition: ${s.condition}`) : null,
    certaintyOf(s) ? [' ', certaintyLabel(certaintyOf(s))] : null)), 50, 'claims'));
  apiLink('stances-api', path);
  if (state.asOf) {
    browserLink('stances-cypher', '36_actor_stances_as_of.cypher', { actor: actor.id, asOf: state.asOf });
  } else {
    browserLink('stances-cypher', '04_actor_stances_timeline.cypher', { actor: actor.id });
  }
}

// --- the neighbourhood as a graph (Cytoscape.js, from its webjar) --------------------------------------------------

let cytoscape = null;
let graphView = null;

/** Where an edge leads: the evidence of its holder on its target; CONCERNS (not a claim) to what it is about. */
function edgeRoute(edge) {
  return edge.relation === 'CONCERNS' ? route(`/entity/${encodeURIComponent(edge.to)}`)
    : route(`/entity/${encodeURIComponent(edge.to)}/evidence/${encodeURIComponent(edge.from)}`);
}

async function renderGraph(centre, graph, path) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  $('graph-title').textContent = `${centre.name} and its neighbourhood${state.asOf ? ` as of ${longDate(state.asOf)}` : ''}`;
  $('graph-summary').textContent = `${plural(graph.nodes.length - 1, 'neighbour')}${graph.truncated ? ' (the closest; there are more)' : ''}, ${plural(graph.edges.length, 'edge')}. Click a node to open it, an edge for its evidence.`;
  $('graph-list-summary').textContent = `The graph as a list (${plural(graph.edges.length, 'edge')})`;
  $('graph-list').replaceChildren(...graph.edges.map((edge) => element('li', { className: hedged(edge.certainty) ? `hedged certainty-${edge.certainty}` : '' },
    element('a', {
      href: edgeRoute(edge), className: `graph-edge ${drawnAs(edge)}`,
      dataset: { from: edge.from, relation: edge.relation, to: edge.to, ...(edge.certainty ? { certainty: edge.certainty } : {}) },
    }, `${names.get(edge.from)} ${words(edge.relation)} ${names.get(edge.to)}`),
    edge.sources ? element('span', { className: 'count' }, ` · ${plural(edge.sources, 'source')}`) : null,
    hedged(edge.certainty) ? [' ', certaintyLabel(edge.certainty)] : null)));
  const hedgedLevels = vocabulary.certainties.map((c) => c.name).filter(hedged);
  $('graph-legend').replaceChildren(
    ...[...new Set(graph.nodes.map((n) => n.kind))].sort().map((kind) => {
      const swatch = element('span', { className: 'swatch node' });
      swatch.style.backgroundColor = KIND_COLOURS[kind] || '#4a5361';
      return element('li', {}, swatch, kind);
    }),
    ...['for', 'against', 'neutral', 'structure'].map((side) => element('li', {},
      element('span', { className: `swatch edge ${side}` }), SIDE_NAMES[side])),
    element('li', {}, element('span', { className: 'swatch edge concerns' }), 'what a proposition is about (dotted)'),
    hedgedLevels.length ? element('li', {}, element('span', { className: 'swatch edge hedged' }),
      `at best ${listed(hedgedLevels, 'or')}: hedged in the source (long dashes, hollow arrow, the level beside the name)`) : null);
  apiLink('graph-api', path);
  const params = { center: centre.id };
  if (state.asOf) {
    browserLink('graph-cypher', '37_neighbourhood_as_of.cypher', { ...params, asOf: state.asOf });
  } else {
    browserLink('graph-cypher', '16_neighbourhood_graph.cypher', params);
  }
  show('graph', graph.nodes.length > 1);
  if (graph.nodes.length <= 1) return;

  if (!cytoscape) {
    cytoscape = (await import('/webjars/cytoscape/dist/cytoscape.esm.min.mjs')).default;
  }
  if (graphView) graphView.destroy();
  const canvas = $('graph-canvas');
  canvas.removeAttribute('data-nodes');
  canvas.setAttribute('aria-label', `Graph of ${centre.name} and ${plural(graph.nodes.length - 1, 'neighbour')}; the same edges are listed below`);
  graphView = cytoscape({
    container: canvas,
    elements: [
      ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, centre: n.id === centre.id } })),
      ...graph.edges.map((e) => ({
        data: {
          id: `${e.from} ${e.relation} ${e.to}`, source: e.from, target: e.to, relation: e.relation,
          label: `${words(e.relation)}${hedged(e.certainty) ? ` (${e.certainty})` : ''}`, side: drawnAs(e), route: edgeRoute(e),
          touchesCentre: e.from === centre.id || e.to === centre.id, certainty: e.certainty || null, hedged: hedged(e.certainty),
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': (n) => KIND_COLOURS[n.data('kind')] || '#4a5361', label: 'data(label)', 'font-size': 11,
          color: '#1d232b', 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1, width: 18, height: 18,
        },
      },
      { selector: 'node[?centre]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#1d232b', 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
          'line-color': (e) => SIDE_COLOURS[e.data('side')], 'target-arrow-color': (e) => SIDE_COLOURS[e.data('side')],
          // on a crowded picture the edge labels would hide each other: colour and the list below say it
          label: graph.edges.length > 24 ? '' : 'data(label)', 'font-size': 9, color: '#3b4350', 'text-rotation': 'autorotate',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
        },
      },
      { selector: 'edge[side = "structure"]', style: { 'line-style': 'dashed' } },
      // an edge whose strongest claim is hedged (probable, possible): long dashes and a hollow arrow, the level in its label
      { selector: 'edge[?hedged]', style: { 'line-style': 'dashed', 'line-dash-pattern': [10, 5], 'target-arrow-fill': 'hollow' } },
      // the entity's own edges stand out; those among its neighbours are context
      { selector: 'edge[!touchesCentre]', style: { opacity: 0.4, width: 1 } },
      { selector: 'edge[relation = "CONCERNS"]', style: { 'line-style': 'dotted', width: 1.5 } },
    ],
    // the entity in the middle, its neighbours around it; a few neighbours are spread wider, so labels stay apart
    layout: {
      name: 'concentric', concentric: (n) => (n.data('centre') ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 36, spacingFactor: graph.nodes.length < 8 ? 3 : 1, animate: false, padding: 24,
    },
    // a small neighbourhood is not blown up to fill the box; the page scrolls, the graph does not zoom on the wheel
    maxZoom: 1.3,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
  });
  graphView.on('tap', 'node', (event) => { location.hash = route(`/entity/${encodeURIComponent(event.target.id())}`); });
  graphView.on('tap', 'edge', (event) => { location.hash = event.target.data('route'); });
  // the instance, for scripts that drive the page (the end-to-end test clicks nodes where Cytoscape drew them)
  canvas.cytoscape = graphView;
  canvas.dataset.nodes = String(graph.nodes.length);
}

// --- evidence and the source text ----------------------------------------------------------------------------------

async function showEvidence(actorId, target, positions, graph, mine) {
  const path = scoped(`/api/evidence?actor=${encodeURIComponent(actorId)}&target=${encodeURIComponent(target.id)}&limit=1000`);
  const evidence = await api(path);
  if (stale(mine)) return;
  const actorName = Object.values(positions.by).flat().find((p) => p.actor.id === actorId)?.actor.name
    || graph.nodes.find((n) => n.id === actorId)?.name || actorId;
  $('evidence-title').textContent = `Evidence: ${actorName} on ${target.name}${state.asOf ? `, said by ${longDate(state.asOf)}` : ''}`;
  const holder = { id: actorId, name: actorName };
  $('evidence-list').replaceChildren(...evidence.items.map((item) => element('li', { className: claimClass('evidence-item', item), dataset: { claim: item.claimId } },
    claimEvidence(item, holder),
    element('button', { type: 'button', className: 'read-source', dataset: { source: item.source.id, quote: item.quote } },
      `Read it in “${item.source.title}”`))));
  if (!evidence.items.length) {
    $('evidence-list').replaceChildren(element('li', {}, `No claim of ${actorName} on ${target.name}${state.asOf ? ` by ${longDate(state.asOf)}` : ''}.`));
  }
  apiLink('evidence-api', path);
  // without a date: everything said by the last day any claim was dated
  browserLink('evidence-cypher', '38_evidence_of_actor_on_target.cypher', { actor: actorId, target: target.id, asOf: state.asOf || state.last });
  show('evidence', true);
  show('source', false);
  $('evidence').scrollIntoView({ block: 'start' });
  $('evidence-note').textContent = evidence.page.total > evidence.items.length
    ? `The first ${evidence.items.length} quotes of ${evidence.page.total}: the API call below pages through them all.` : '';
  // keyboard and screen-reader users continue from the evidence, not from the top of the redrawn page
  if (!onFilters()) $('evidence-title').focus({ preventScroll: true });
}

/** A claim's level: its own, else its first quote's (an actor's stances carry their evidence). */
const certaintyOf = (claim) => claim.certainty || claim.evidence?.[0]?.certainty || null;

/** The classes of a claim or an evidence item: hedged ones are drawn hollow and dashed. */
function claimClass(base, claim) {
  const certainty = certaintyOf(claim);
  return [base, certainty ? `certainty-${certainty}` : null, hedged(certainty) ? 'hedged' : null].filter(Boolean).join(' ');
}

/** When it was said, as precisely as the source says: 2025-11-19, 2025-11 (a month), 2025 (a year). */
function saidOn(claim) {
  if (!claim.date) return '';
  if (claim.datePrecision === 'year') return claim.date.slice(0, 4);
  if (claim.datePrecision === 'month') return claim.date.slice(0, 7);
  return claim.date;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quote with its hedge words marked (text nodes and <mark>s only: its text is the quote's, unchanged). */
function markedQuote(quote, hedges) {
  const cues = (hedges || []).filter((h) => h && h.trim()).sort((a, b) => b.length - a.length);
  if (!cues.length) return [quote];
  const pattern = new RegExp(`\\b(${cues.map((h) => h.trim().split(/\s+/).map(escapeRegExp).join('\\s+')).join('|')})\\b`, 'giu');
  return quote.split(pattern).map((part, i) => (i % 2 ? element('mark', { className: 'hedge' }, part) : part)).filter((part) => part !== '');
}

/**
 * Whose word a claim rests on, as a reader says it: the holder ← who says so (the claimant) ← the chain it came
 * through, innermost first ← the outlet, or the document's publisher when the outlet is no entity. Names, each link
 * once. Null when the API gives no chain.
 */
function chainOf(item, holder) {
  if (!('claimant' in item) && !('via' in item)) return null;
  const outlet = item.outlet || (item.source?.publisher ? { name: item.source.publisher } : null);
  const links = [item.holder || holder, item.claimant, ...[...(item.via || [])].reverse(), outlet]
    .filter((link) => link && link.name);
  const same = (a, b) => (a.id && b.id ? a.id === b.id : a.name === b.name);
  return links.filter((link, i) => i === 0 || !same(link, links[i - 1]));
}

const PERIOD_UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day' };

/** What a claim states beyond holder, relation and target, in words: its condition, addressee, amount, period. */
function qualified(item) {
  const q = item.quantity;
  const amount = q && q.value != null ? [q.approximate ? 'about' : null, q.bound === 'at-least' ? 'at least' : q.bound === 'at-most' ? 'at most' : null,
    Number(q.value).toLocaleString('en-GB'), q.unit].filter(Boolean).join(' ') : null;
  const p = item.period;
  const length = p && p.duration ? (() => {
    const m = /^P(\d+)([YMWD])$/.exec(p.duration);
    return [p.minimum ? 'at least' : null, m ? plural(+m[1], PERIOD_UNITS[m[2]]) : p.duration].filter(Boolean).join(' ')
      + (p.extendable ? ', extendable' : '');
  })() : null;
  const parts = [
    item.condition ? `condition${item.conditionKind ? ` (${item.conditionKind.replaceAll('-', ' ')})` : ''}: ${item.condition}` : null,
    item.addressee ? `addressed to ${item.addressee.name}` : null,
    amount ? `amount: ${amount}` : null,
    length ? `for ${length}` : null,
  ].filter(Boolean);
  return parts.length ? element('p', { className: 'qualifiers' }, parts.join(' · ')) : null;
}

/**
 * One claim's evidence: its certainty in words and the hedge words it rests on, the quote with those words marked
 * (hollow and dashed when hedged), the chain of whose word it is, and what, who, where and when.
 */
function claimEvidence(item, holder) {
  const certainty = certaintyOf(item);
  const hedges = item.hedges || [];
  const chain = chainOf(item, holder);
  return [
    certainty || hedges.length ? element('p', { className: 'certainty-line' }, certaintyLabel(certainty),
      hedges.length ? element('span', { className: 'hedges' }, `${certainty ? ' ' : ''}hedge words: ${hedges.join(', ')}`) : null) : null,
    element('blockquote', { className: 'quote' }, markedQuote(item.quote, hedges)),
    chain && chain.length > 1 ? element('p', { className: 'chain' }, element('span', { className: 'chain-label' }, 'Whose word: '),
      element('span', { className: 'chain-links' }, chain.map((link, i) => [i ? ' ← ' : null,
        element('span', { className: 'chain-link', dataset: link.id ? { id: link.id } : {} }, link.name)]))) : null,
    qualified(item),
    element('p', { className: 'meta' }, [
      item.relation ? words(item.relation) : null,
      item.speaker ? `said by ${item.speaker.name}` : null,
      // the API before the chain: the one agency between the document and the speaker
      item.reportedBy ? `reported by ${item.reportedBy.name}` : null,
      item.source.publisher, saidOn(item),
      item.reported && item.reported !== item.date ? `reported ${item.reported}` : null,
    ].filter(Boolean).join(' · ')),
  ];
}

/** The quote in the text: whitespace may differ (the validator compares with runs of whitespace as one space). */
function findQuote(text, quote) {
  const pattern = quote.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

async function showSource(id, quote) {
  const path = `/api/sources/${encodeURIComponent(id)}`;
  const source = await api(path);
  $('source-title').textContent = source.title;
  $('source-meta').textContent = [source.publisher, source.published, source.authors.join(', ')].filter(Boolean).join(' · ');
  const at = findQuote(source.text, quote);
  const text = $('source-text');
  if (at) {
    const mark = element('mark', {}, source.text.slice(at[0], at[1]));
    text.replaceChildren(source.text.slice(0, at[0]), mark, source.text.slice(at[1]));
    show('source', true);
    mark.scrollIntoView({ block: 'center' });
  } else {
    text.replaceChildren(source.text);
    show('source', true);
  }
  text.focus({ preventScroll: true });
}

// --- who aligns with whom: the agreement heat map, the blocs, two actors side by side ------------------------------

/** A score as a colour: red at -1 (always opposite), grey at 0, green at 1 (always the same position). */
function agreementColour(score) {
  const mix = (from, to, t) => from.map((c, i) => Math.round(c + (to[i] - c) * t));
  const grey = [229, 231, 235];
  const [r, g, b] = score >= 0 ? mix(grey, [11, 107, 47], score) : mix(grey, [164, 22, 26], -score);
  return `rgb(${r}, ${g}, ${b})`;
}

const OUTCOMES = { AGREE: 'agree', DISAGREE: 'disagree', ONE_ABSTAINS: 'one abstains', MIXED: 'not compared: a side of two minds' };
const SIDES = { FOR: 'for', AGAINST: 'against', NEUTRAL: 'neutral', MIXED: 'on both sides' };

/** The actors with positions on the targets, every pair's agreement as a grid in bloc order, then the blocs. */
async function showAlignment(targetIds, mine) {
  hideAll();
  const path = scoped(`/api/alignment/matrix?targets=${targetIds.map(encodeURIComponent).join(',')}`);
  const matrix = await api(path);
  if (stale(mine)) return;
  const names = await Promise.all(targetIds.map((id) => api(`/api/entities/${encodeURIComponent(id)}`).then((e) => e.name)));
  if (stale(mine)) return;
  document.title = `Who aligns with whom · Stancegraph explorer`;
  $('alignment-title').textContent = `Who aligns with whom, among those with a position on ${listed(names)}`;
  $('alignment-meta').textContent = `${plural(matrix.actors.length, 'actor')} in ${plural(matrix.blocs.length, 'bloc')}; a cell is the S score`
    + ` of Signorino and Ritter over every target the two took a position on; blocs by the Leiden algorithm (seed ${matrix.method.seed}).`;
  const actors = matrix.actors;
  const score = new Map(matrix.pairs.map((p) => [p.actors.join(' '), p]));
  const pairOf = (a, b) => score.get([a.id, b.id].sort().join(' '));
  const startsBloc = (i) => i === 0 || actors[i].bloc !== actors[i - 1].bloc;
  const head = element('tr', {}, element('td'), actors.map((a, i) => element('th', { scope: 'col', className: startsBloc(i) ? 'bloc-start' : '' }, a.actor.name)));
  const rows = actors.map((row, i) => element('tr', { className: startsBloc(i) ? 'bloc-start' : '', dataset: { actor: row.actor.id, bloc: String(row.bloc) } },
    element('th', { scope: 'row' }, row.actor.name),
    actors.map((column, j) => {
      const classes = [startsBloc(j) ? 'bloc-start' : ''];
      if (i === j) return element('td', { className: [...classes, 'self'].join(' ') });
      const pair = pairOf(row.actor, column.actor);
      if (!pair || pair.score == null) {
        return element('td', { className: [...classes, 'unknown'].join(' '), title: `${row.actor.name} and ${column.actor.name}: nothing to compare` });
      }
      const label = `${row.actor.name} and ${column.actor.name}: S ${pair.score}, ${plural(pair.compared, 'target')} compared`;
      const cell = element('td', { className: classes.join(' ') },
        element('a', { href: route(`/alignment/pair/${encodeURIComponent(row.actor.id)}/${encodeURIComponent(column.actor.id)}`),
          title: label, 'aria-label': label, dataset: { score: String(pair.score) } }, ''));
      // through the CSSOM: the page's Content-Security-Policy allows no inline style attribute
      cell.style.backgroundColor = agreementColour(pair.score);
      return cell;
    })));
  $('alignment-heatmap').replaceChildren(actors.length ? element('table', {}, element('thead', {}, head), element('tbody', {}, rows))
    : element('p', {}, 'No actor has a position on these targets.'));
  const targetList = (targets) => targets.map((t) => element('li', {}, entityLink(t.target), ` (${t.sides.map((s) => `${SIDES[s.side]}: ${s.actors.length}`).join('; ')})`));
  $('bloc-list').replaceChildren(...matrix.blocs.map((bloc) => element('li', { className: 'bloc', dataset: { bloc: String(bloc.index) } },
    element('p', {}, listed(bloc.members.map((m) => m.name)), bloc.cohesion != null ? element('span', { className: 'meta' }, ` · mean agreement ${bloc.cohesion}`) : null),
    bloc.holding.length ? element('div', { className: 'holds' }, 'Held together by: ', capped('ul', targetList(bloc.holding), 8, 'targets')) : null,
    bloc.splitting.length ? element('div', { className: 'splits' }, 'Split by: ', capped('ul', targetList(bloc.splitting), 8, 'targets')) : null)));
  apiLink('alignment-api', path);
  browserLink('alignment-cypher', '43_agreement_matrix.cypher', {});
  show('alignment', true);
  landOn('alignment-title');
  status('');
}

/** Two actors target by target: each side's position with its quotes. */
async function showPair(first, second, mine) {
  hideAll();
  const path = scoped(`/api/alignment?actors=${encodeURIComponent(first)},${encodeURIComponent(second)}`);
  const alignment = await api(path);
  if (stale(mine)) return;
  const [a, b] = alignment.actors;
  document.title = `${a.name} and ${b.name} · Stancegraph explorer`;
  $('pair-title').textContent = `${a.name} and ${b.name}: how far they agree`;
  const agreement = alignment.agreement;
  $('pair-meta').textContent = agreement.compared
    ? `S ${agreement.score} over ${plural(agreement.compared, 'target')}: agree on ${agreement.agree}, disagree on ${agreement.disagree},`
      + ` one abstains on ${agreement.oneAbstains}${agreement.mixed ? `; ${agreement.mixed} not compared (a side of two minds)` : ''}.`
    : 'No target both took a position on.';
  $('pair-list').replaceChildren(...alignment.targets.map((t) => element('li', { className: 'pair-target', dataset: { target: t.target.id, outcome: t.outcome } },
    element('h3', {}, entityLink(t.target), ' ', element('span', { className: 'outcome' }, OUTCOMES[t.outcome])),
    element('div', { className: 'pair-sides' }, t.positions.map((p) => element('div', { className: 'pair-side', dataset: { actor: p.actor.id } },
      element('p', {}, entityLink(p.actor), `: ${SIDES[p.side]} (${p.relations.map(words).join(', ')})`),
      element('ul', {}, p.evidence.map((item) => element('li', { className: claimClass('evidence-item', item) }, claimEvidence(item, p.actor))))))))));
  apiLink('pair-api', path);
  browserLink('pair-cypher', '42_alignment_of_two_actors.cypher', {});
  show('pair', true);
  landOn('pair-title');
  status('');
}

// --- what changed between two dates ---------------------------------------------------------------------------------

const CHANGES = {
  NEW_POSITION: 'new', REVERSAL: 'changed side', NEW_CONDITION: 'now conditional', CERTAINTY_CHANGED: 'held more or less surely', CONFIRMED: 'said again',
};

/** A stance before or after: its side, relations, certainty, conditions and quotes. */
function stanceState(title, stance, holder) {
  if (!stance) return element('div', { className: 'change-state' }, element('h4', {}, title), element('p', {}, 'Nothing in force.'));
  return element('div', { className: 'change-state' }, element('h4', {}, title),
    element('p', { className: 'stance-state' }, `${SIDES[stance.side]} (${stance.relations.map(words).join(', ')}) `,
      certaintyLabel(stance.certainty), stance.conditions.length ? `; conditions: ${stance.conditions.join('; ')}` : null),
    element('ul', {}, stance.evidence.map((item) => element('li', { className: claimClass('evidence-item', item) }, claimEvidence(item, holder)))));
}

/**
 * The changes after {@code since} and by the slider's date (all dates: the latest claim), of everyone or of one
 * entity: what it changed (as the actor) and what changed about it (as the target), newest first.
 */
async function showChanges(since, entityId, mine) {
  hideAll();
  const until = state.asOf || state.last;
  const entity = entityId ? await api(`/api/entities/${encodeURIComponent(entityId)}`) : null;
  if (stale(mine)) return;
  $('changes-since').value = since;
  $('changes-form').dataset.entity = entityId || '';
  const scope = entity ? ` for ${entity.name}` : '';
  document.title = `What changed${scope} · Stancegraph explorer`;
  $('changes-title').textContent = `What changed${scope}, after ${longDate(since)} and by ${longDate(until)}`;
  if (!until || since >= until) {
    $('changes-meta').textContent = `Choose a date before ${until ? longDate(until) : 'the last claim'}.`;
    $('changes-list').replaceChildren();
    show('changes', true);
    return;
  }
  const base = `/api/changes?since=${since}&until=${until}&limit=1000${state.certainty ? `&certainty=${encodeURIComponent(state.certainty)}` : ''}`;
  const paths = entity ? [`${base}&actor=${encodeURIComponent(entity.id)}`, `${base}&target=${encodeURIComponent(entity.id)}`] : [base];
  const answers = await Promise.all(paths.map((path) => api(path)));
  if (stale(mine)) return;
  const seen = new Set();
  const items = answers.flatMap((answer) => answer.items)
    .filter((item) => { const key = [item.actor.id, item.target.id, item.axis].join(' '); return !seen.has(key) && seen.add(key); })
    .sort((x, y) => y.date.localeCompare(x.date));
  const appeared = answers.flatMap((answer) => [...answer.newActors, ...answer.newTargets]).map((n) => n.entity.name)
    .filter((name, i, all) => all.indexOf(name) === i);
  $('changes-meta').textContent = `${plural(items.length, 'change')}${appeared.length ? `; first named then: ${listed(appeared)}` : ''}.`;
  $('changes-list').replaceChildren(...items.map((item) => element('li', { className: `change ${item.kind.toLowerCase()}`, dataset: { kind: item.kind, actor: item.actor.id, target: item.target.id } },
    element('h3', {}, entityLink(item.actor), ' on ', entityLink(item.target), ': ', element('span', { className: 'outcome' }, CHANGES[item.kind]),
      element('span', { className: 'meta' }, ` · ${longDate(item.date)} · ${item.axis === item.axis.toUpperCase() ? words(item.axis) : item.axis}`)),
    element('div', { className: 'change-states' }, stanceState('Before', item.before, item.actor), stanceState('After', item.after, item.actor)))));
  if (!items.length) $('changes-list').replaceChildren(element('li', {}, `Nothing changed${scope} in that time.`));
  apiLink('changes-api', paths[0]);
  const feed = `/api/changes/feed${entity ? `?actor=${encodeURIComponent(entity.id)}` : ''}`;
  $('changes-feed').href = feed;
  browserLink('changes-cypher', '45_changes_between_dates.cypher', { since, until });
  show('changes', true);
  landOn('changes-title');
  status('');
}

$('changes-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const since = $('changes-since').value;
  const entity = $('changes-form').dataset.entity;
  if (isDate(since)) location.hash = route(`/changes/${since}${entity ? `/${encodeURIComponent(entity)}` : ''}`);
});

/** A week before the slider's date (all dates: the latest claim): where "what changed" starts from an entity page. */
function weekBefore() {
  const until = state.asOf || state.last;
  return until ? isoOf(dayNumber(until) - 7) : null;
}

// --- routing -------------------------------------------------------------------------------------------------------

const VIEWS = ['results', 'answer', 'entity', 'positions', 'timeline', 'graph', 'evidence', 'source', 'alignment', 'pair', 'changes'];

function hideAll() {
  VIEWS.forEach((view) => show(view, false));
}

async function showRoute() {
  routes += 1;
  const mine = routes;
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query || '');
  const date = params.get('asOf');
  state.asOf = date && isDate(date) ? date : null;
  const certainty = params.get('certainty');
  state.certainty = certainty && certaintyRank(certainty) >= 0 ? certainty : null;
  placeSlider();
  placeCertainty();
  try {
    const parts = path.split('/').map(decodeURIComponent);
    if (parts[0] === 'entity' && parts[1]) {
      await showEntity(parts[1], parts[2] === 'evidence' ? parts[3] : null, mine);
    } else if (parts[0] === 'search' && parts[1]) {
      $('search-input').value = parts[1];
      hideAll();
      await search(parts[1], mine);
    } else if (parts[0] === 'alignment' && parts[1] === 'pair' && parts[2] && parts[3]) {
      await showPair(parts[2], parts[3], mine);
    } else if (parts[0] === 'alignment' && parts[1]) {
      await showAlignment(parts[1].split(',').filter(Boolean), mine);
    } else if (parts[0] === 'changes' && parts[1] && isDate(parts[1])) {
      await showChanges(parts[1], parts[2] || null, mine);
    } else if (parts[0] === 'backers-opposing' && parts[1] && parts[2]) {
      await showBackersOpposing(parts[1], parts[2], mine);
    } else {
      hideAll();
      document.title = 'Stancegraph explorer';
      status('Type a name above, or ask the question below.');
    }
  } catch (error) {
    if (stale(mine)) return;
    // nothing of the view before stays on screen as if it answered this one
    hideAll();
    document.title = 'Stancegraph explorer';
    status(`Could not load this view: ${error.message}`);
  }
  // marks the route as drawn (for people's scripts and the end-to-end tests)
  if (mine === routes) document.body.dataset.shown = location.hash;
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('search-input').value.trim();
  if (q) location.hash = route(`/search/${encodeURIComponent(q)}`);
});

document.addEventListener('click', (event) => {
  const button = event.target.closest('button.read-source');
  if (button) showSource(button.dataset.source, button.dataset.quote).catch((error) => status(error.message));
});

$('question-form').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = route(`/backers-opposing/${encodeURIComponent($('backing').value)}/${encodeURIComponent($('opposing').value)}`);
});

Promise.all([
  loadVocabulary().catch((error) => status(`Could not load the graph's vocabulary: ${error.message}`)),
  fillQuestionForm().catch((error) => status(`Could not load the question's choices: ${error.message}`)),
  setUpAsOf().catch((error) => status(`Could not load the dates of the sources: ${error.message}`)),
]).finally(() => {
  // every view needs the vocabulary: routes are followed from now on (the first one is the URL's, whenever it changed)
  window.addEventListener('hashchange', showRoute);
  showRoute();
});
