// The stance explorer: a page over the app's own REST API. Every view is a route in the URL's fragment
// (#/entity/<id>, #/entity/<target>/evidence/<actor>), so views can be linked and the back button works.
// Text from the graph is only ever set as textContent, never parsed as HTML.

const COLUMNS = [
  ['SUPPORTS', 'Supporters'], ['PROPOSED', 'Proposers'], ['OPPOSES', 'Opponents'], ['ABSTAINED', 'Abstentions'],
  ['OFFERS_TROOPS', 'Offering troops'], ['DECLINES', 'Declining'], ['BACKS', 'Backers'], ['MEMBER_OF', 'Members'],
  ['SPEAKS_FOR', 'Speaking for it'], ['OVERSEES', 'Overseeing it'], ['AUTHORIZES', 'Authorizing it'],
  ['PARTICIPATES_IN', 'Taking part'], ['URGES', 'Urging it'], ['CONTROLS', 'Controlling it'],
];

const $ = (id) => document.getElementById(id);

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(properties).forEach(([key, value]) => {
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  });
  children.flat().filter((c) => c !== null && c !== undefined).forEach((c) => node.append(c));
  return node;
}

function status(text) {
  $('status').textContent = text;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body && body.detail ? body.detail : `${response.status} ${response.statusText}`);
  }
  return body;
}

function show(id, visible) {
  $(id).hidden = !visible;
}

function apiLink(id, path) {
  $(id).href = path;
  $(id).textContent = `API call: GET ${decodeURIComponent(path)}`;
}

function entityLink(entity) {
  return element('a', { href: `#/entity/${encodeURIComponent(entity.id)}`, className: 'entity' }, entity.name,
    element('span', { className: 'kind' }, ` ${entity.kind}`));
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A link that opens Neo4j Browser (served by the app) with the equivalent Cypher in its editor. */
function cypherLink(id, cypher) {
  $(id).href = `/browser/?cmd=edit&arg=${encodeURIComponent(cypher)}`;
  $(id).title = cypher;
}

// --- the example question as a form ----------------------------------------------------------------------------

/** The choices: what can be backed or opposed (instruments, propositions, institutions), by name. */
async function fillQuestionForm() {
  const kinds = ['Instrument', 'Proposition', 'Institution'];
  const lists = await Promise.all(kinds.map((kind) => api(`/api/entities?kind=${kind}`)));
  const choices = lists.flat().sort((a, b) => a.name.localeCompare(b.name));
  for (const [select, preferred] of [['backing', 'resolution-2803'], ['opposing', 'turkish-participation-in-isf']]) {
    $(select).replaceChildren(...choices.map((e) => element('option', { value: e.id, selected: e.id === preferred }, `${e.name} (${e.kind})`)));
  }
}

function evidenceList(title, edge) {
  return element('div', { className: 'edge' }, element('h4', {}, `${title}: ${plural(edge.sources.length, 'source')}`
    + (edge.condition ? `, on condition: ${edge.condition}` : '')),
  element('ul', {}, edge.evidence.map((item) => element('li', {},
    element('blockquote', { className: 'quote' }, item.quote),
    element('p', { className: 'meta' }, [item.speaker ? `said by ${item.speaker.name}` : null, item.source.publisher, item.date]
      .filter(Boolean).join(' · '))))));
}

async function showBackersOpposing(backing, opposing) {
  hideAll();
  const path = `/api/queries/backers-opposing?backing=${encodeURIComponent(backing)}&opposing=${encodeURIComponent(opposing)}&limit=1000`;
  const answer = await api(path);
  $('backing').value = backing;
  $('opposing').value = opposing;
  $('answer-title').textContent = answer.actors.length
    ? `${plural(answer.actors.length, 'backer')} of ${answer.backing.name} who oppose${answer.actors.length === 1 ? 's' : ''} ${answer.opposing.name}`
    : `No backer of ${answer.backing.name} opposes ${answer.opposing.name}, as far as the sources say`;
  $('answer-list').replaceChildren(...answer.actors.map((a) => element('li', { className: 'answer-actor', dataset: { actor: a.actor.id } },
    element('h3', {}, entityLink(a.actor)),
    evidenceList(`Supports ${answer.backing.name}`, a.supports),
    evidenceList(`Opposes ${answer.opposing.name}`, a.opposes))));
  apiLink('answer-api', path);
  cypherLink('answer-cypher', `MATCH (a:Entity)-[s:SUPPORTS]->(:Entity {id: '${backing}'}),
      (a)-[o:OPPOSES]->(:Entity {id: '${opposing}'})
RETURN a.name AS actor, s.claimIds AS supports, o.claimIds AS opposes ORDER BY actor`);
  show('answer', true);
  status('');
}

// --- search -----------------------------------------------------------------------------------------------------

async function search(q) {
  const path = `/api/entities?q=${encodeURIComponent(q)}`;
  status(`Searching for “${q}”…`);
  const found = await api(path);
  const list = $('result-list');
  list.replaceChildren(...found.map((e) => element('li', {}, entityLink(e))));
  $('results-title').textContent = found.length ? `${plural(found.length, 'result')} for “${q}”` : `Nothing found for “${q}”`;
  show('results', true);
  status(found.length ? '' : `Nothing found for “${q}”: try a name, an alias or an abbreviation.`);
  if (found.length) list.querySelector('a').focus();
}

// --- an entity: what it is, who stands where on it, its own stances ----------------------------------------------

async function showEntity(id, evidenceActor) {
  show('results', false);
  const entityPath = `/api/entities/${encodeURIComponent(id)}`;
  const entity = await api(entityPath);
  $('entity-title').textContent = entity.name;
  $('entity-meta').textContent = [entity.kind, entity.role, entity.aliases.length ? `also: ${entity.aliases.join(', ')}` : null,
    entity.description].filter(Boolean).join(' · ');
  const related = [];
  const list = (title, entities) => entities.length
    ? element('div', { className: 'related' }, element('h3', {}, title),
      element('ul', {}, entities.map((e) => element('li', {}, entityLink(e))))) : null;
  related.push(list('Proposals and instruments about it', entity.concernedBy));
  related.push(list('What it is about', entity.concerns));
  related.push(list('Speaks for', entity.speaksFor));
  related.push(list('People who speak for it', entity.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.role || 'Person' }))));
  $('entity-related').replaceChildren(...related.filter(Boolean));
  apiLink('entity-api', entityPath);
  show('entity', true);
  document.title = `${entity.name} · Stancegraph explorer`;

  const positionsPath = `/api/targets/${encodeURIComponent(id)}/positions?limit=1000`;
  const stancesPath = `/api/actors/${encodeURIComponent(id)}/stances?limit=1000`;
  const [positions, stances] = await Promise.all([api(positionsPath), api(stancesPath)]);
  renderPositions(entity, positions, positionsPath);
  renderStances(stances, stancesPath);
  if (evidenceActor) {
    await showEvidence(evidenceActor, entity);
  } else {
    show('evidence', false);
    show('source', false);
  }
  status('');
}

function renderPositions(target, positions, path) {
  const actor = (relation, p) => element('li', {},
    element('a', {
      href: `#/entity/${encodeURIComponent(target.id)}/evidence/${encodeURIComponent(p.actor.id)}`,
      className: 'actor', dataset: { actor: p.actor.id, relation },
    }, p.actor.name, element('span', { className: 'count' }, ` · ${plural(p.sources.length, 'source')}`)),
    p.condition ? element('p', { className: 'condition' }, `on condition: ${p.condition}`) : null);
  const columns = COLUMNS.filter(([relation]) => (positions.by[relation] || []).length)
    .map(([relation, title]) => element('section', { className: `column ${relation.toLowerCase()}`, 'aria-label': title },
      element('h3', {}, `${title} (${positions.by[relation].length})`),
      element('ul', {}, positions.by[relation].map((p) => actor(relation, p)))));
  $('positions-title').textContent = `Who stands where on ${target.name}`;
  $('columns').replaceChildren(...columns);
  apiLink('positions-api', path);
  cypherLink('positions-cypher', `MATCH (a:Entity)-[r]->(t:Entity {id: '${target.id}'})
WHERE type(r) IN ['SUPPORTS', 'PROPOSED', 'OPPOSES', 'ABSTAINED']
RETURN type(r) AS relation, a.name AS actor, r.sources AS sources, r.condition AS condition
ORDER BY relation, actor`);
  show('positions', columns.length > 0);
}

function renderStances(answer, path) {
  const items = answer.stances.map((s) => element('li', {},
    element('time', { dateTime: s.date }, s.date), ' ',
    element('span', { className: `relation ${s.relation.toLowerCase()}` }, s.relation.replace('_', ' ').toLowerCase()), ' ',
    entityLink(s.target),
    s.condition ? element('span', { className: 'condition' }, ` on condition: ${s.condition}`) : null));
  $('stance-list').replaceChildren(...items);
  apiLink('stances-api', path);
  show('stances', items.length > 0);
}

// --- evidence and the source text ----------------------------------------------------------------------------------

async function showEvidence(actorId, target) {
  const path = `/api/evidence?actor=${encodeURIComponent(actorId)}&target=${encodeURIComponent(target.id)}&limit=100`;
  const evidence = await api(path);
  const actorName = document.querySelector(`a.actor[data-actor="${CSS.escape(actorId)}"]`)?.firstChild?.textContent || actorId;
  $('evidence-title').textContent = `Evidence: ${actorName} on ${target.name}`;
  $('evidence-list').replaceChildren(...evidence.items.map((item) => element('li', { className: 'evidence-item' },
    element('blockquote', { className: 'quote' }, item.quote),
    element('p', { className: 'meta' }, [
      item.speaker ? `said by ${item.speaker.name}` : null,
      item.reportedBy ? `reported by ${item.reportedBy.name}` : null,
      item.source.publisher, item.date,
    ].filter(Boolean).join(' · ')),
    element('button', { type: 'button', className: 'read-source', dataset: { source: item.source.id, quote: item.quote } },
      `Read it in “${item.source.title}”`))));
  apiLink('evidence-api', path);
  show('evidence', true);
  show('source', false);
  $('evidence').scrollIntoView({ block: 'start' });
  $('evidence-list').querySelector('blockquote')?.setAttribute('tabindex', '-1');
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

// --- routing -------------------------------------------------------------------------------------------------------

const VIEWS = ['results', 'answer', 'entity', 'positions', 'stances', 'evidence', 'source'];

function hideAll() {
  VIEWS.forEach((view) => show(view, false));
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  try {
    if (parts[0] === 'entity' && parts[1]) {
      show('answer', false);
      await showEntity(parts[1], parts[2] === 'evidence' ? parts[3] : null);
    } else if (parts[0] === 'search' && parts[1]) {
      $('search-input').value = parts[1];
      hideAll();
      await search(parts[1]);
    } else if (parts[0] === 'backers-opposing' && parts[1] && parts[2]) {
      await showBackersOpposing(parts[1], parts[2]);
    } else {
      hideAll();
      status('Type a name above, or ask the question below.');
    }
  } catch (error) {
    status(`Could not load this view: ${error.message}`);
  }
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('search-input').value.trim();
  if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
});

document.addEventListener('click', (event) => {
  const button = event.target.closest('button.read-source');
  if (button) showSource(button.dataset.source, button.dataset.quote).catch((error) => status(error.message));
});

$('question-form').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = `#/backers-opposing/${encodeURIComponent($('backing').value)}/${encodeURIComponent($('opposing').value)}`;
});

window.addEventListener('hashchange', route);
fillQuestionForm().catch((error) => status(`Could not load the question's choices: ${error.message}`)).finally(route);
