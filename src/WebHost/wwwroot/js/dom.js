// Building DOM without innerHTML: every text goes through textContent, so markup a user typed is
// shown as text and never runs.

/**
 * el('li', { class: 'card', 'data-id': id }, 'text', otherNode)
 * Attributes named on* are refused: behaviour is attached with addEventListener. `style` takes an object.
 */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) throw new Error(`use addEventListener, not ${name}`);
    if (name === 'style') {
      // Through the CSSOM: the pages' Content-Security-Policy refuses inline style attributes.
      Object.assign(node.style, value);
      continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.append(child);
    else node.append(document.createTextNode(String(child)));
  }
}

export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

/** Shows a short status message in an aria-live region. */
export function say(region, text, kind = 'info') {
  region.textContent = text;
  region.dataset.kind = kind;
}

export function minutesSince(iso, now = Date.now()) {
  return Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60000));
}
