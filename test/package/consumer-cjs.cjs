// Runs in a fresh project that installed the packed tarball: real calls through the CommonJS entry points.
const assert = require('node:assert/strict');
const { tradeTotal, getInitiative, NotFoundError } = require('us-mexico-relations');
const { requireInitiative } = require('us-mexico-relations/initiatives');
const { getPlace } = require('us-mexico-relations/places');
const { formatPartialDate } = require('us-mexico-relations/format');

assert.equal(tradeTotal(2023), 797_324_600_000);
assert.equal(getInitiative('T-MEC').id, 'usmca');
assert.equal(getPlace('MX-NLE').name.es, 'Nuevo León');
assert.equal(formatPartialDate('2025-09', { lang: 'es' }), 'septiembre de 2025');
assert.throws(() => requireInitiative('usmac'), NotFoundError);
console.log('cjs consumer ok');
