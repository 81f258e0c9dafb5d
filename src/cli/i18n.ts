import type {
  ActorKind,
  ComponentKind,
  Domain,
  EventKind,
  FigureSubject,
  InitiativeKind,
  InitiativeStatus,
  Language,
  SourceKind,
  Stance,
} from '../index.js';

/** The kinds of record `usmx lookup` and `usmx cite` find. */
export type FoundKind = 'initiative' | 'actor' | 'place' | 'event' | 'figure' | 'role' | 'comment';

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
  readonly recordKinds: Readonly<Record<FoundKind, string>>;
  readonly initiativeKinds: Readonly<Record<InitiativeKind, string>>;
  readonly statuses: Readonly<Record<InitiativeStatus, string>>;
  readonly componentKinds: Readonly<Record<ComponentKind, string>>;
  readonly eventKinds: Readonly<Record<EventKind, string>>;
  readonly actorKinds: Readonly<Record<ActorKind, string>>;
  readonly subjects: Readonly<Record<FigureSubject, string>>;
  readonly sourceKinds: Readonly<Record<SourceKind, string>>;
  readonly countries: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<DetailField, string>>;
  /** After a note that exists only in English, in Spanish output. */
  readonly englishOnly: string;
  readonly holder: string;
  readonly from: string;
  readonly to: string;
  readonly acting: string;
  readonly role: string;
  readonly status: string;
  readonly country: string;
  readonly border: string;
  readonly capital: string;
  readonly vacant: string;
  readonly releases: Readonly<Record<'first-release' | 'revised', string>>;
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
  | 'date'
  | 'title'
  | 'label'
  | 'initiatives'
  | 'actors'
  | 'places'
  | 'figures'
  | 'subject'
  | 'value'
  | 'author'
  | 'stance'
  | 'text'
  | 'coverage'
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
    recordKinds: {
      initiative: 'initiative',
      actor: 'actor',
      place: 'place',
      event: 'event',
      figure: 'figure',
      role: 'office',
      comment: 'comment',
    },
    initiativeKinds: {
      agreement: 'agreement',
      dialogue: 'dialogue',
      framework: 'framework',
      initiative: 'initiative',
      'task-force': 'task force',
      program: 'program',
      platform: 'platform',
      'working-group': 'working group',
      operation: 'operation',
      'agency-partnership': 'agency partnership',
    },
    statuses: { announced: 'announced', active: 'active', ended: 'ended', replaced: 'replaced', unknown: 'unknown' },
    componentKinds: { pillar: 'pillar', goal: 'goal', principle: 'principle', commitment: 'commitment' },
    eventKinds: {
      signing: 'signing',
      'entry-into-force': 'entry into force',
      announcement: 'announcement',
      launch: 'launch',
      meeting: 'meeting',
      visit: 'visit',
      transfer: 'transfer',
      deployment: 'deployment',
      measure: 'measure',
      report: 'report',
      arrest: 'arrest',
      extradition: 'extradition',
      verdict: 'verdict',
      designation: 'designation',
      ruling: 'ruling',
      crisis: 'crisis',
    },
    actorKinds: { person: 'person', government: 'government', agency: 'agency', force: 'force' },
    subjects: {
      'goods-trade': 'goods trade',
      'goods-trade-rank': 'goods-trade rank',
      'cartel-transfers': 'cartel transfers',
      'visa-revocations': 'visa revocations',
      'troop-deployment': 'troop deployment',
      'firearms-investigations': 'firearms investigations',
      'development-assistance': 'development assistance',
      'program-reach': 'program reach',
      'program-coverage': 'program coverage',
    },
    sourceKinds: { official: 'official', press: 'press', reference: 'reference', dataset: 'dataset', brief: 'brief' },
    countries: { MX: 'Mexico', US: 'United States', CA: 'Canada' },
    englishOnly: '',
    holder: 'Holder',
    from: 'From',
    to: 'To',
    acting: 'acting',
    role: 'Office',
    status: 'Status',
    country: 'Country',
    border: 'Border',
    capital: 'Capital',
    vacant: 'vacant',
    releases: { 'first-release': 'first release', revised: 'revised' },
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
      date: 'Date',
      title: 'Title',
      label: 'Figure',
      initiatives: 'Initiatives',
      actors: 'Actors',
      places: 'Places',
      figures: 'Figures',
      subject: 'Subject',
      value: 'Value',
      author: 'Author',
      stance: 'Stance',
      text: 'Text',
      coverage: 'Coverage',
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
    recordKinds: {
      initiative: 'iniciativa',
      actor: 'actor',
      place: 'lugar',
      event: 'acontecimiento',
      figure: 'cifra',
      role: 'cargo',
      comment: 'comentario',
    },
    initiativeKinds: {
      agreement: 'acuerdo',
      dialogue: 'diálogo',
      framework: 'marco',
      initiative: 'iniciativa',
      'task-force': 'grupo de tarea',
      program: 'programa',
      platform: 'plataforma',
      'working-group': 'grupo de trabajo',
      operation: 'operativo',
      'agency-partnership': 'alianza entre agencias',
    },
    statuses: {
      announced: 'anunciada',
      active: 'vigente',
      ended: 'concluida',
      replaced: 'sustituida',
      unknown: 'desconocido',
    },
    componentKinds: { pillar: 'pilar', goal: 'objetivo', principle: 'principio', commitment: 'compromiso' },
    eventKinds: {
      signing: 'firma',
      'entry-into-force': 'entrada en vigor',
      announcement: 'anuncio',
      launch: 'lanzamiento',
      meeting: 'reunión',
      visit: 'visita',
      transfer: 'traslado',
      deployment: 'despliegue',
      measure: 'medida',
      report: 'informe',
      arrest: 'detención',
      extradition: 'extradición',
      verdict: 'veredicto',
      designation: 'designación',
      ruling: 'fallo',
      crisis: 'crisis',
    },
    actorKinds: { person: 'persona', government: 'gobierno', agency: 'dependencia', force: 'fuerza' },
    subjects: {
      'goods-trade': 'comercio de bienes',
      'goods-trade-rank': 'lugar en el comercio de bienes',
      'cartel-transfers': 'traslados de integrantes de cárteles',
      'visa-revocations': 'revocaciones de visa',
      'troop-deployment': 'despliegue de tropas',
      'firearms-investigations': 'investigaciones sobre armas',
      'development-assistance': 'ayuda al desarrollo',
      'program-reach': 'alcance de programas',
      'program-coverage': 'cobertura de programas',
    },
    sourceKinds: { official: 'oficial', press: 'prensa', reference: 'referencia', dataset: 'datos', brief: 'informe' },
    countries: { MX: 'México', US: 'Estados Unidos', CA: 'Canadá' },
    englishOnly: '(solo en inglés)',
    holder: 'Titular',
    from: 'Desde',
    to: 'Hasta',
    acting: 'interino',
    role: 'Cargo',
    status: 'Estado',
    country: 'País',
    border: 'Frontera',
    capital: 'Capital',
    vacant: 'vacante',
    releases: { 'first-release': 'primera publicación', revised: 'revisada' },
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
      date: 'Fecha',
      title: 'Título',
      label: 'Cifra',
      initiatives: 'Iniciativas',
      actors: 'Actores',
      places: 'Lugares',
      figures: 'Cifras',
      subject: 'Tema',
      value: 'Valor',
      author: 'Autor',
      stance: 'Postura',
      text: 'Texto',
      coverage: 'Cobertura',
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

/**
 * The language of the environment, for when `--lang` is not given: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
 * that is set and not empty (POSIX order), `es` when it names Spanish (`es_MX.UTF-8`), else `en`.
 */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale !== undefined && /^es(?:[_.@-]|$)/i.test(locale) ? 'es' : 'en';
}
