import type { Domain, Language } from 'us-mexico-relations';
import type { Granularity, Measure } from './labels.js';

/** What the reader has chosen; everything on the page is drawn from it. */
export interface State {
  lang: Language;
  granularity: Granularity;
  measure: Measure;
  domain: Domain | '';
  year: string;
  query: string;
}

/** The reader's choices, shared by every section. */
export const state: State = { lang: 'en', granularity: 'years', measure: 'exports', domain: '', year: '', query: '' };
