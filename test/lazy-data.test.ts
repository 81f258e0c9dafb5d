import { describe, expect, it, vi } from 'vitest';

// The generated modules parse their data (a JSON array of records) with frozenJson, and only the first time it is used.
const datasetParses = (parse: { mock: { calls: unknown[][] } }) =>
  parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('[{')).length;

describe('importing the package', () => {
  it('parses no dataset until a helper needs one, then only that one, once', async () => {
    vi.resetModules();
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const pkg = await import('../src/index.js');
      expect(datasetParses(parse)).toBe(0);
      expect(pkg.getPlace('MX-NLE')?.id).toBe('mx-nle');
      expect(pkg.requirePlace('Nuevo León').id).toBe('mx-nle');
      expect(datasetParses(parse)).toBe(1);
    } finally {
      parse.mockRestore();
    }
  });
});
