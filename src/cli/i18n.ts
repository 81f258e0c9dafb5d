import type { Domain, Language, Stance } from '../index.js';

/** The words the CLI prints around the data, in one language. */
export interface Labels {
  readonly briefTitle: string;
  readonly asOf: string;
  readonly latestEvents: string;
  readonly activeInitiatives: string;
  readonly keyFigures: string;
  readonly tradeChart: string;
  readonly tradeTable: string;
  readonly date: string;
  readonly title: string;
  readonly sources: string;
  readonly source: string;
  readonly year: string;
  readonly month: string;
  readonly exports: string;
  readonly imports: string;
  readonly total: string;
  readonly balance: string;
  readonly kind: string;
  readonly name: string;
  readonly figure: string;
  readonly value: string;
  readonly field: string;
  readonly author: string;
  readonly stance: string;
  readonly comment: string;
  readonly noMatches: string;
  readonly since: string;
  readonly yes: string;
  readonly no: string;
  readonly domains: Readonly<Record<Domain, string>>;
  readonly stances: Readonly<Record<Stance, string>>;
  readonly recordKinds: Readonly<Record<'initiative' | 'actor' | 'place' | 'event' | 'figure', string>>;
  readonly fields: Readonly<Record<DetailField, string>>;
}

/** The fields `usmx lookup` shows, in the order it shows them. */
export type DetailField =
  | 'record'
  | 'id'
  | 'kind'
  | 'name'
  | 'acronyms'
  | 'aliases'
  | 'status'
  | 'start'
  | 'end'
  | 'domains'
  | 'parties'
  | 'parent'
  | 'replaces'
  | 'leadActors'
  | 'components'
  | 'country'
  | 'offices'
  | 'iso31662'
  | 'inegi'
  | 'capital'
  | 'onUsMexicoBorder'
  | 'summary'
  | 'note'
  | 'sources';

const LABELS: Readonly<Record<Language, Labels>> = {
  en: {
    briefTitle: 'U.S.–Mexico relations: brief',
    asOf: 'data as of',
    latestEvents: 'Latest events',
    activeInitiatives: 'Active initiatives by domain',
    keyFigures: 'Key figures (the latest of each kind)',
    tradeChart: 'Goods trade (exports + imports), US$ billions, Census basis',
    tradeTable: 'U.S. goods trade with Mexico, US$ billions, Census basis',
    date: 'Date',
    title: 'Title',
    sources: 'Sources',
    source: 'Source',
    year: 'Year',
    month: 'Month',
    exports: 'Exports',
    imports: 'Imports',
    total: 'Total',
    balance: 'Balance',
    kind: 'Kind',
    name: 'Name',
    figure: 'Figure',
    value: 'Value',
    field: 'Field',
    author: 'Author',
    stance: 'Stance',
    comment: 'Comment',
    noMatches: 'No matches.',
    since: 'since',
    yes: 'yes',
    no: 'no',
    domains: {
      security: 'Security',
      trade: 'Trade',
      economy: 'Economy',
      development: 'Development',
      migration: 'Migration',
      'public-health': 'Public health',
      diplomacy: 'Diplomacy',
    },
    stances: { supportive: 'supportive', skeptical: 'skeptical', critical: 'critical' },
    recordKinds: { initiative: 'initiative', actor: 'actor', place: 'place', event: 'event', figure: 'figure' },
    fields: {
      record: 'Record',
      id: 'Id',
      kind: 'Kind',
      name: 'Name',
      acronyms: 'Acronyms',
      aliases: 'Aliases',
      status: 'Status',
      start: 'Start',
      end: 'End',
      domains: 'Domains',
      parties: 'Parties',
      parent: 'Part of',
      replaces: 'Replaces',
      leadActors: 'Led by',
      components: 'Components',
      country: 'Country',
      offices: 'Offices',
      iso31662: 'ISO 3166-2',
      inegi: 'INEGI code',
      capital: 'Capital',
      onUsMexicoBorder: 'On the border',
      summary: 'Summary',
      note: 'Note',
      sources: 'Sources',
    },
  },
  es: {
    briefTitle: 'Relación México–EE. UU.: resumen',
    asOf: 'datos al',
    latestEvents: 'Últimos acontecimientos',
    activeInitiatives: 'Iniciativas activas por ámbito',
    keyFigures: 'Cifras clave (la más reciente de cada tipo)',
    tradeChart: 'Comercio de bienes (exportaciones + importaciones), miles de millones de US$',
    tradeTable: 'Comercio de bienes de EE. UU. con México, miles de millones de US$',
    date: 'Fecha',
    title: 'Título',
    sources: 'Fuentes',
    source: 'Fuente',
    year: 'Año',
    month: 'Mes',
    exports: 'Export.',
    imports: 'Import.',
    total: 'Total',
    balance: 'Saldo',
    kind: 'Tipo',
    name: 'Nombre',
    figure: 'Cifra',
    value: 'Valor',
    field: 'Campo',
    author: 'Autor',
    stance: 'Postura',
    comment: 'Comentario',
    noMatches: 'Sin resultados.',
    since: 'desde',
    yes: 'sí',
    no: 'no',
    domains: {
      security: 'Seguridad',
      trade: 'Comercio',
      economy: 'Economía',
      development: 'Desarrollo',
      migration: 'Migración',
      'public-health': 'Salud pública',
      diplomacy: 'Diplomacia',
    },
    stances: { supportive: 'a favor', skeptical: 'escéptico', critical: 'crítico' },
    recordKinds: { initiative: 'iniciativa', actor: 'actor', place: 'lugar', event: 'acontecimiento', figure: 'cifra' },
    fields: {
      record: 'Registro',
      id: 'Id',
      kind: 'Tipo',
      name: 'Nombre',
      acronyms: 'Siglas',
      aliases: 'Otros nombres',
      status: 'Estado',
      start: 'Inicio',
      end: 'Fin',
      domains: 'Ámbitos',
      parties: 'Partes',
      parent: 'Parte de',
      replaces: 'Sustituye a',
      leadActors: 'Encabezan',
      components: 'Componentes',
      country: 'País',
      offices: 'Cargos',
      iso31662: 'ISO 3166-2',
      inegi: 'Clave INEGI',
      capital: 'Capital',
      onUsMexicoBorder: 'En la frontera',
      summary: 'Resumen',
      note: 'Nota',
      sources: 'Fuentes',
    },
  },
};

/** The CLI's own words in a language. */
export function labels(lang: Language): Labels {
  return LABELS[lang];
}
