/**
 * The data explorer as a reader gets it: the built reference (`npm run docs`) served over HTTP and driven in headless
 * Chromium. Every expectation is the package's own answer to the same question, so the page is checked against the
 * data, not against numbers copied here. Screenshots go to test-results/screenshots/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDocsDir, explorerDir, root } from '../../scripts/lib/paths.js';
import { labels } from '../../src/cli/i18n.js';
import { formatPartialDate } from '../../src/format/index.js';
import { search } from '../../src/search/index.js';
import { cite } from '../../src/sources/index.js';
import { timeline } from '../../src/timeline/index.js';
import { tradeMonthSeries, tradeSeries } from '../../src/trade/index.js';

// Debian's and Ubuntu runner images' Chromium, else Google Chrome; CHROMIUM_PATH names another.
const BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = process.env.CHROMIUM_PATH ?? BROWSERS.find((path) => existsSync(path));
const screenshots = join(root, 'test-results/screenshots');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// GitHub Pages serves a project's site below the repository's name, so the site is served below a folder here too:
// a link that assumes the site sits at the root of its host fails the test.
const MOUNT = '/project/';

/** A static server of `dir` at `MOUNT` on a free port of the loopback interface. */
async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path.slice(MOUNT.length - 1), path.endsWith('/') ? 'index.html' : ''));
    if (!path.startsWith(MOUNT) || !file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${MOUNT}` };
}

/** Waits for the timeline and search, which the page loads after drawing the trade chart. */
const recordsLoaded = (page: Page) => page.locator('#timeline-list').waitFor();
const ids = (page: Page, list: string) =>
  page.locator(`${list} > li`).evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
const periods = (page: Page) =>
  page.locator('#trade-chart rect.bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-period')));

describe('the data explorer in headless Chromium', () => {
  let server: Server;
  let base: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (executablePath === undefined)
      throw new Error(`No Chromium at ${BROWSERS.join(', ')}: install Debian's chromium or set CHROMIUM_PATH.`);
    if (!existsSync(join(explorerDir, 'explorer.js'))) throw new Error('No built explorer: run `npm run docs` first.');
    mkdirSync(screenshots, { recursive: true });
    ({ server, base } = await serve(apiDocsDir));
    browser = await chromium.launch({ executablePath });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (message) => {
      // Chromium asks for /favicon.ico by itself on a page that names no icon, as typedoc's pages do: the browser's
      // request, not the page's. The explorer names its icon, so none of its own requests is excused.
      const { url } = message.location();
      if (message.type() === 'error' && new URL(url, base).pathname !== '/favicon.ico')
        problems.push(`console: ${message.text()} (${url})`);
    });
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${base}explorer/index.html`);
    await recordsLoaded(page);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('draws one bar per year of the annual series, with its exports', async () => {
    const years = tradeSeries();
    expect(await periods(page)).toEqual(years.map((row) => String(row.year)));
    const values = await page
      .locator('#trade-chart rect.bar')
      .evaluateAll((bars) => bars.map((bar) => Number(bar.getAttribute('data-value'))));
    expect(values).toEqual(years.map((row) => row.exportsUsd));
    await page.screenshot({ path: join(screenshots, 'explorer-en.png') });
    await page.locator('#trade').screenshot({ path: join(screenshots, 'trade-years-exports.png') });
  });

  it('switches to months, and to the balance with its deficits below zero', async () => {
    await page.click('button[data-granularity="months"]');
    await page.selectOption('#trade-measure', 'balance');
    const months = tradeMonthSeries();
    expect(await periods(page)).toEqual(months.map((row) => row.month));
    expect(await page.locator('#trade-chart rect.bar.negative').count()).toBe(
      months.filter((row) => row.balanceUsd < 0).length,
    );
    await page.locator('#trade').screenshot({ path: join(screenshots, 'trade-months-balance.png') });
  });

  it('filters the timeline by domain and by year to exactly the events the package finds', async () => {
    expect(await ids(page, '#timeline-list')).toEqual(timeline().map((event) => event.id));
    await page.selectOption('#timeline-domain', 'security');
    expect(await ids(page, '#timeline-list')).toEqual(timeline({ domains: ['security'] }).map((event) => event.id));
    await page.selectOption('#timeline-year', '2025');
    const security2025 = timeline({ domains: ['security'], from: '2025', to: '2025' }).map((event) => event.id);
    expect(security2025.length).toBeGreaterThan(0);
    expect(await ids(page, '#timeline-list')).toEqual(security2025);
    await page.selectOption('#timeline-domain', '');
    expect(await ids(page, '#timeline-list')).toEqual(timeline({ from: '2025', to: '2025' }).map((event) => event.id));
    await page.selectOption('#timeline-domain', 'security');
    await page.locator('#timeline').screenshot({ path: join(screenshots, 'timeline-security-2025.png') });
  });

  it('answers searches with the hits and citations of search() and cite()', async () => {
    for (const query of ['T-MEC', 'DEAN']) {
      await page.fill('#search-input', query);
      const hits = search(query);
      expect(await ids(page, '#search-results')).toEqual(hits.map((hit) => hit.id));
      const first = page.locator('#search-results > li').first();
      expect(await first.locator('.citations li').allTextContents()).toEqual(cite(hits[0]!.record).split('\n'));
      expect(await first.locator('.citations li').first().isVisible()).toBe(true);
    }
    expect(search('DEAN')[0]?.id).toBe('hled');
    await page.locator('#search').screenshot({ path: join(screenshots, 'search-dean.png') });
  });

  it('switches every label, date and search result to Spanish', async () => {
    await page.click('button[data-lang="es"]');
    const es = labels('es');
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('button[data-granularity="years"]').textContent()).toBe(es.year);
    expect(await page.locator('#trade-measure option:checked').textContent()).toBe(es.balance);
    // The other choices survive the switch.
    expect(await page.locator('#timeline-domain option:checked').textContent()).toBe(es.domains.security);
    const [event] = timeline({ domains: ['security'], from: '2025', to: '2025' });
    const item = page.locator('#timeline-list > li').first();
    expect(await item.locator('time').textContent()).toBe(formatPartialDate(event!.date, { lang: 'es' }));
    expect(await item.locator('strong').textContent()).toBe(event!.title.es);
    expect(await page.locator('#search-results > li strong').first().textContent()).toBe(
      search('DEAN', { lang: 'es' })[0]?.label,
    );
    await page.screenshot({ path: join(screenshots, 'explorer-es.png') });
  });

  it('is linked from the reference, from its root page and from a page below the root', async () => {
    const nested = readdirSync(apiDocsDir, { recursive: true, encoding: 'utf8' }).find(
      (file) => file.includes(sep) && file.endsWith('.html') && !file.startsWith(`explorer${sep}`),
    );
    for (const reference of ['index.html', nested ?? 'no page below the root']) {
      await page.goto(`${base}${reference}`);
      const link = page.locator('#tsd-toolbar-links a', { hasText: 'Data explorer' });
      if (reference === 'index.html') {
        // typedoc shows its page a moment after load.
        await link.waitFor({ state: 'visible' });
        await page.screenshot({ path: join(screenshots, 'reference-with-explorer-link.png') });
      }
      const href = await link.getAttribute('href');
      await page.goto(new URL(href ?? '', page.url()).href);
      await recordsLoaded(page);
      expect(new URL(page.url()).pathname).toBe(`${MOUNT}explorer/index.html`);
      expect(await page.locator('#trade-chart rect.bar').count()).toBe(tradeSeries().length);
    }
  });

  it('draws the trade chart before the records it does not need have loaded', async () => {
    const early = await browser.newPage();
    try {
      // Hold back the records' module: the chart must draw without it.
      await early.route('**/chunks/records-*.js', () => undefined);
      await early.goto(`${base}explorer/index.html`);
      await early.locator('#loading').waitFor();
      expect(await early.locator('#trade-chart rect.bar').count()).toBe(tradeSeries().length);
    } finally {
      await early.close();
    }
  });

  it('logs no console error, page error or failed request', () => {
    expect(problems).toEqual([]);
  });
});
