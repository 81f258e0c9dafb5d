import { h } from './dom.js';
import { type State, state } from './state.js';

/** The choices a `<select>` makes. */
export type SelectKey = 'measure' | 'domain' | 'year';

/**
 * A labelled `<select>` (id `<section>-<key>`) of one choice in `state`, which it sets before calling `redraw`.
 */
export function choice<K extends SelectKey>(
  section: string,
  key: K,
  label: string,
  options: readonly (readonly [State[K], string])[],
  redraw: () => void,
): HTMLLabelElement {
  const element = h(
    'select',
    { id: `${section}-${key}` },
    ...options.map(([value, text]) => h('option', { value, selected: value === state[key] }, text)),
  );
  element.addEventListener('change', () => {
    state[key] = element.value as State[K];
    redraw();
  });
  return h('label', {}, `${label} `, element);
}

/** The choices a row of buttons makes. */
export type ToggleKey = 'granularity' | 'lang';

/**
 * A row of buttons (`button[data-<key>]`), one per value of a choice in `state`, the chosen one pressed; a click sets
 * the choice and calls `redraw`.
 */
export function toggle<K extends ToggleKey>(
  key: K,
  label: string,
  values: readonly State[K][],
  text: (value: State[K]) => string,
  redraw: () => void,
): HTMLElement {
  const group = h('div', { class: 'toggle', role: 'group', 'aria-label': label });
  for (const value of values) {
    const button = h(
      'button',
      { type: 'button', [`data-${key}`]: value, 'aria-pressed': String(value === state[key]) },
      text(value),
    );
    button.addEventListener('click', () => {
      state[key] = value;
      for (const other of group.querySelectorAll('button'))
        other.setAttribute('aria-pressed', String(other === button));
      redraw();
    });
    group.append(button);
  }
  return group;
}

/** A section of the page: its heading, its controls, then its content. */
export function section(id: string, heading: string, controls: readonly Node[], ...content: Node[]): HTMLElement {
  return h('section', { id }, h('h2', {}, heading), h('div', { class: 'controls' }, ...controls), ...content);
}
