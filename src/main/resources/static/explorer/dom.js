// What the explorer's pages share: building elements (text only ever as textContent, never parsed as HTML) and
// asking the app's own API.

export const $ = (id) => document.getElementById(id);

export function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(properties).forEach(([key, value]) => {
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  });
  children.flat(Infinity).filter((c) => c !== null && c !== undefined).forEach((c) => node.append(c));
  return node;
}

/** An answer that is not 2xx: its status and its problem+json body (detail, and any list of problems). */
export class ApiError extends Error {
  constructor(status, statusText, problem) {
    super(problem && problem.detail ? problem.detail : `${status} ${statusText}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET by default; `options` are fetch's (method, headers, body), with JSON accepted. */
export async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { Accept: 'application/json', ...(options.headers || {}) } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, response.statusText, body);
  return body;
}

/** Every item of a paged list ({items, page}), page after page: a choice list must not stop at the first page. */
export async function allItems(path) {
  const items = [];
  let offset = 0;
  while (offset != null) { // page.next is absent on the last page
    const answer = await api(`${path}${path.includes('?') ? '&' : '?'}limit=1000&offset=${offset}`);
    items.push(...answer.items);
    offset = answer.page.next;
  }
  return items;
}
