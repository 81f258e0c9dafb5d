import type { Command } from '../command.js';
import { brief } from './brief.js';
import { cite } from './cite.js';
import { comments } from './comments.js';
import { figures } from './figures.js';
import { initiatives } from './initiatives.js';
import { lookup } from './lookup.js';
import { office } from './office.js';
import { places } from './places.js';
import { search } from './search.js';
import { encounters, fdi, remittances } from './series.js';
import { timeline } from './timeline.js';
import { trade } from './trade.js';

/** Every `usmx` command, in the order `usmx --help` lists them. */
export const COMMANDS: readonly Command[] = [
  brief,
  trade,
  encounters,
  remittances,
  fdi,
  timeline,
  lookup,
  search,
  figures,
  initiatives,
  office,
  places,
  cite,
  comments,
];
