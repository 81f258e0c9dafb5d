// Type-only re-exports of the record types, for the package root: importing them loads no zod at run time.
export type { CountryCode, Domain, Language } from './common.js';
export type { PartialDate } from './partial-date.js';
export type { LocalizedNames, LocalizedText } from './localized-text.js';
export type { Qualifier, Quantity, Unit } from './quantity.js';
export type { Citation } from './citation.js';
export type { Source, SourceKind } from './source.js';
export type { Component, ComponentKind, Initiative, InitiativeKind, InitiativeStatus } from './initiative.js';
export type { Event, EventKind } from './event.js';
export type { Actor, ActorKind, Office } from './actor.js';
export type { Place } from './place.js';
export type { Figure, FigureSubject, TradeMeasure } from './figure.js';
export type { TradeMonth, TradeYear } from './trade.js';
export type { Comment, Stance } from './comment.js';
export type { RevisionKind, Share } from './series.js';
export type { Encounter, EncounterComponent, EncounterScope } from './encounter.js';
export type { Remittance } from './remittance.js';
export type { FdiYear } from './fdi.js';
