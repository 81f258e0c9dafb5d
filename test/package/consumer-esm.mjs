// Runs in a fresh project that installed the packed tarball: real calls through the ESM entry points.
import assert from 'node:assert/strict';
import {
  tradeTotal,
  getInitiative,
  NotFoundError,
  requireInitiative,
  timeline,
  formatQuantity,
} from 'us-mexico-relations';
import { tradeTotal as subpathTradeTotal } from 'us-mexico-relations/trade';
import { requireInitiative as subpathRequire } from 'us-mexico-relations/initiatives';
import { EventSchema } from 'us-mexico-relations/schemas';
import { createRequire } from 'node:module';

assert.equal(tradeTotal(2023), 797_324_600_000);
assert.equal(subpathTradeTotal(2023), tradeTotal(2023));
assert.equal(getInitiative('T-MEC')?.id, 'usmca');
assert.equal(getInitiative('dean')?.id, 'hled');
assert.ok(timeline({ initiative: 'usmca' }).some((e) => e.date === '2020-07-01'));
assert.equal(formatQuantity({ value: 50, unit: 'people', qualifier: 'at-least' }, { lang: 'es' }), 'al menos 50');
// One error class identity across entry points.
assert.throws(() => subpathRequire('usmac'), NotFoundError);
assert.throws(() => requireInitiative('usmac'), /Did you mean 'usmca'/);
assert.equal(EventSchema.safeParse({}).success, false);
assert.throws(() => {
  // ES modules are strict, so writing to a frozen record throws.
  getInitiative('usmca').name.en = 'changed';
}, TypeError);

const require = createRequire(import.meta.url);
const events = require('us-mexico-relations/data/events.json');
assert.ok(Array.isArray(events) && events.length > 10);
const schema = require('us-mexico-relations/json-schema/events.json');
assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
assert.equal(require('us-mexico-relations/package.json').name, 'us-mexico-relations');
console.log('esm consumer ok');
