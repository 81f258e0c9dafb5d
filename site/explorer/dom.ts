type Child = Node | string;

/**
 * An HTML element with attributes and children; text is set as text, never parsed as HTML.
 *
 * @param tag - The element's tag name.
 * @param attributes - Attributes to set; `false` and `undefined` leave one out, `true` sets it empty.
 * @param children - Nodes or strings to append, in order.
 * @returns The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  element.append(...children);
  return element;
}

const URL_IN_TEXT = /https?:\/\/\S+?(?=[.,]?(?:\s|$))/g;

/**
 * A line of text with each web address in it made a link.
 *
 * @param text - A citation line as `cite` prints it.
 * @returns Text nodes and links, in order.
 */
export function linkified(text: string): Child[] {
  const parts: Child[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    parts.push(text.slice(last, match.index), h('a', { href: match[0], rel: 'noopener' }, match[0]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/**
 * A `<details>` listing a record's citations, one line each, as `cite` prints them.
 *
 * @param lines - The lines of `cite(record, { lang })`.
 * @param summary - The text of the `<summary>` ("3 sources").
 * @param open - Whether it starts open.
 * @returns The element.
 */
export function citationList(lines: readonly string[], summary: string, open = false): HTMLDetailsElement {
  return h(
    'details',
    { class: 'citations', open },
    h('summary', {}, summary),
    h('ul', {}, ...lines.map((line) => h('li', {}, ...linkified(line)))),
  );
}
