import type { Language } from 'us-mexico-relations';
import { type Labels as CliLabels, labels as cliLabels } from '../../src/cli/i18n.js';

/** The trade flow the chart draws. */
export type Measure = 'exports' | 'imports' | 'balance';
/** The period of one bar. */
export type Granularity = 'years' | 'months';

/**
 * The words the explorer prints around the data, in one language. Domains, record kinds, flows and periods are the
 * CLI's own words, so that the two say the same thing.
 */
export interface Labels {
  readonly cli: CliLabels;
  readonly title: string;
  readonly intro: string;
  readonly loading: string;
  readonly reference: string;
  readonly language: string;
  readonly tradeHeading: string;
  readonly tradeCaption: string;
  readonly axisUnit: string;
  readonly granularity: string;
  readonly measure: string;
  readonly latestSources: string;
  readonly timelineHeading: string;
  readonly domain: string;
  readonly all: string;
  readonly eventCount: (count: number) => string;
  readonly sourceCount: (count: number) => string;
  readonly searchHeading: string;
  readonly searchPlaceholder: string;
}

const OWN: Readonly<Record<Language, Omit<Labels, 'cli'>>> = {
  en: {
    title: 'U.S.–Mexico relations: data explorer',
    intro:
      'Every bar, event and search result below comes from the us-mexico-relations package itself, with the sources it cites.',
    loading: 'Loading the timeline and the search…',
    reference: 'API reference',
    language: 'Language',
    tradeHeading: 'U.S. goods trade with Mexico',
    tradeCaption: 'Census basis; a negative balance is a U.S. deficit. Hover over a bar for its value.',
    axisUnit: 'US$ billions',
    granularity: 'Period',
    measure: 'Flow',
    latestSources: 'Sources of the latest period',
    timelineHeading: 'Timeline',
    domain: 'Domain',
    all: 'All',
    eventCount: (count) => (count === 1 ? '1 event' : `${count} events`),
    sourceCount: (count) => (count === 1 ? '1 source' : `${count} sources`),
    searchHeading: 'Search',
    searchPlaceholder: 'An initiative, event, person, place or figure: T-MEC, DEAN, Sheinbaum…',
  },
  es: {
    title: 'Relación México–EE. UU.: explorador de datos',
    intro:
      'Cada barra, acontecimiento y resultado de búsqueda viene del propio paquete us-mexico-relations, con las fuentes que cita.',
    loading: 'Cargando la cronología y la búsqueda…',
    reference: 'Referencia de la API',
    language: 'Idioma',
    tradeHeading: 'Comercio de bienes de EE. UU. con México',
    tradeCaption:
      'Base del Census; un saldo negativo es un déficit de EE. UU. Pase el cursor sobre una barra para ver su valor.',
    axisUnit: 'Miles de millones de US$',
    granularity: 'Periodo',
    measure: 'Flujo',
    latestSources: 'Fuentes del periodo más reciente',
    timelineHeading: 'Cronología',
    domain: 'Ámbito',
    all: 'Todos',
    eventCount: (count) => (count === 1 ? '1 acontecimiento' : `${count} acontecimientos`),
    sourceCount: (count) => (count === 1 ? '1 fuente' : `${count} fuentes`),
    searchHeading: 'Búsqueda',
    searchPlaceholder: 'Una iniciativa, acontecimiento, persona, lugar o cifra: T-MEC, DEAN, Sheinbaum…',
  },
};

/**
 * The explorer's words in a language.
 *
 * @param lang - `'en'` or `'es'`.
 * @returns The labels, with the CLI's shared vocabulary under `cli`.
 */
export function labelsFor(lang: Language): Labels {
  return { ...OWN[lang], cli: cliLabels(lang) };
}
