import * as z from 'zod/v4';
import { PartialDateSchema } from './partial-date.js';
import { QualifierSchema } from './quantity.js';

/** Why a series keeps another value for a period besides its current one. */
export const RevisionKindSchema = z
  .enum(['earlier-vintage', 'other-report'])
  .describe(
    "earlier-vintage: the publisher's own earlier release, since revised; other-report: another reading of a release (a copy that prints a different number, a rounded restatement, a later citation of a first-release value).",
  );

/** The release a value comes from: its publication date at the precision the sources give. */
export const VintageSchema = PartialDateSchema.describe(
  'Date of the release the value comes from, at the precision the sources give; absent when no source states it.',
);

/** A share as printed (a fraction: 38.8 % is 0.388), with its hedge. */
export const ShareSchema = z
  .strictObject({
    value: z
      .number()
      .min(0)
      .max(1)
      .describe('The share as a fraction of 1, as printed (38.8 % is 0.388); never computed.'),
    qualifier: QualifierSchema.describe("The source's hedge: exact, approximately, more-than, …"),
  })
  .describe('A share as printed, with its hedge.');

/** The fields every revision carries besides its value. */
export const RevisionShape = {
  qualifier: QualifierSchema.describe("The source's hedge on the value."),
  vintage: VintageSchema.optional(),
  kind: RevisionKindSchema,
  note: z.string().min(1).optional().describe('How the value was read, and how it relates to the current one.'),
};
