import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}

describe('refresh-trade.yml', () => {
  const text = read('.github/workflows/refresh-trade.yml');
  const workflow = parse(text) as {
    on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
    permissions: Record<string, string>;
    jobs: { refresh: { steps: Step[] } };
  };
  const steps = workflow.jobs.refresh.steps;
  const index = (match: (s: Step) => boolean) => steps.findIndex(match);

  it('runs weekly and on demand', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(workflow.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \d$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });
  it('pins every action by commit hash', () => {
    const uses = steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses]));
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });
  it('refreshes with the key from secrets, runs npm test, then opens a pull request; never merges', () => {
    const refresh = index((s) => s.run?.includes('npm run refresh:trade') === true);
    const test = index((s) => s.run === 'npm test');
    const pr = index((s) => s.uses?.startsWith('peter-evans/create-pull-request@') === true);
    expect(refresh).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(refresh);
    expect(pr).toBe(steps.length - 1);
    expect(pr).toBeGreaterThan(test);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template.
    expect(steps[refresh]?.env?.CENSUS_API_KEY).toBe('${{ secrets.CENSUS_API_KEY }}');
    expect(steps[pr]?.with).toMatchObject({
      branch: 'data/trade-refresh',
      labels: 'data-refresh',
      'body-path': '.tmp/trade-refresh-report.md',
    });
    expect(steps[refresh]?.run).toContain('--report .tmp/trade-refresh-report.md');
    expect(text).not.toMatch(/auto-?merge|gh pr merge|merge-method/i);
  });
});
