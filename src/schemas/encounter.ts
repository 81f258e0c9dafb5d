import * as z from 'zod/v4';
import { CitationsSchema } from './citation.js';
import { NonEmptyTextSchema } from './common.js';
import { patternString } from './pattern-string.js';
import { QualifierSchema } from './quantity.js';
import { RevisionShape, VintageSchema } from './series.js';

/** Where CBP counted: all U.S. borders and ports, or the U.S.–Mexico land border only. Never mixed in one record. */
export const EncounterScopeSchema = z
  .enum(['nationwide', 'southwest-border'])
  .describe(
    'nationwide: all U.S. borders and ports, airports included; southwest-border: the U.S.–Mexico land border.',
  );

/** Which CBP component's encounters a record counts. */
export const EncounterComponentSchema = z
  .enum(['total', 'usbp', 'ofo'])
  .describe(
    'total: all CBP encounters; usbp: U.S. Border Patrol apprehensions between ports of entry; ofo: Office of Field Operations inadmissibles at ports of entry. From March 2020 both include Title 42 expulsions.',
  );

/** One period of CBP encounters: a U.S. federal fiscal year (`FY2024` = October 2023–September 2024) or a month. */
export const EncounterSchema = z
  .strictObject({
    scope: EncounterScopeSchema,
    component: EncounterComponentSchema,
    period: patternString(/^(FY\d{4}|\d{4}-(0[1-9]|1[0-2]))$/, 'must be FYYYYY or YYYY-MM').describe(
      'A U.S. federal fiscal year, FYYYYY (FY2024 runs from 1 October 2023 to 30 September 2024), or a calendar month, YYYY-MM.',
    ),
    value: z.int().min(0).describe('Encounters (people encountered, counted per event), as published.'),
    qualifier: QualifierSchema.describe("The source's hedge: exact, approximately, more-than, …"),
    preliminary: z.boolean().optional().describe('Set when the publisher calls the value preliminary.'),
    vintage: VintageSchema.optional(),
    note: NonEmptyTextSchema.optional().describe(
      'How the value was read: the qualifier as worded, the table, caveats.',
    ),
    sources: CitationsSchema,
    revisions: z
      .array(
        z.strictObject({
          value: z.int().min(0).describe('The other value, as published.'),
          ...RevisionShape,
          sources: CitationsSchema,
        }),
      )
      .optional()
      .describe('Other values published for the same period, newest first: earlier vintages and other reports.'),
  })
  .describe('CBP encounters in one fiscal year or month, for one scope and one component.');
