#!/usr/bin/env node
// Lighthouse, mobile preset (Lighthouse's default emulation and simulated throttling), on four
// pages of the built site: the front page, a story, a province and a chart page. Run with
// `npm run build && npm run lighthouse [-- --runs 3]`. It builds nothing: it serves dist/ as the
// tests do (tests/helpers/staticServer.ts, with the site's own `_headers`) and drives Debian's
// Chromium (CHROMIUM_PATH to use another). Timed, so never part of `npm test`; the exit code is
// 1 when a page is below the issue's thresholds, so it can serve as a check by hand.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/staticServer.ts';

const dist = join(import.meta.dirname, '../dist');
const chromium = chromiumPath;
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 1;

const pages = [
  ['front page', '/'],
  ['story', '/bai-viet/lai-chau-giam-ngheo-2006-2024/'],
  ['province', '/tinh/lai-chau/'],
  ['chart', '/bieu-do/ban-do-ty-le-ho-ngheo-da-chieu-2023/'],
];

/** Issue 8: every page at least this, as Lighthouse's 0–100 category scores. */
const thresholds = { performance: 95, accessibility: 100 };
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Chromium with a DevTools port of its choosing, read from the line it prints when listening. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'thuocdo-lighthouse-'));
  const flags = [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(chromium, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  // The profile goes once Chromium has exited: before that it is still writing to it.
  const exited = new Promise((resolve) => child.once('close', resolve));
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const port = await new Promise((resolve, reject) => {
    let output = '';
    child.stderr.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`${chromium} exited (${code}) before listening:\n${output}`)));
  }).catch((error) => {
    removeProfile();
    throw error;
  });
  const close = async () => {
    child.kill();
    await exited;
    removeProfile();
  };
  return { port, close };
}

/** The run whose performance score is the median of `results`, as Lighthouse advises for noisy runs. */
const medianRun = (results) =>
  results.toSorted((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(results.length / 2)];

const score = (lhr, id) => Math.round(lhr.categories[id].score * 100);
const milliseconds = (lhr, id) => `${Math.round(lhr.audits[id].numericValue)} ms`;
const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Audits of a category that fail (score below 1; informative and not-applicable ones have none). */
const failing = (lhr, category) =>
  lhr.categories[category].auditRefs.map((ref) => lhr.audits[ref.id]).filter((audit) => audit.score !== null && audit.score < 1);

/** The time an audit estimates it would save on any metric (CLS has no unit, so not CLS). */
const saving = (audit) =>
  Math.max(
    0,
    audit.details?.overallSavingsMs ?? 0,
    ...Object.entries(audit.metricSavings ?? {}).map(([id, ms]) => (id === 'CLS' ? 0 : ms)),
  );

const bytesSaved = (audit) => audit.details?.overallSavingsBytes ?? 0;

/** Failing performance audits that estimate a saving, largest first (time, then bytes). */
function opportunities(lhr) {
  return failing(lhr, 'performance')
    .filter((audit) => saving(audit) > 0 || bytesSaved(audit) > 0)
    .toSorted((a, b) => saving(b) - saving(a) || bytesSaved(b) - bytesSaved(a))
    .slice(0, 5)
    .map((audit) => {
      const savings = [
        saving(audit) > 0 && `${Math.round(saving(audit))} ms`,
        bytesSaved(audit) > 0 && kilobytes(bytesSaved(audit)),
      ];
      const estimate = savings.filter(Boolean).join(', ');
      return `${audit.id}: ${audit.title}${estimate ? ` (${estimate})` : ''}`;
    });
}

function printTable(rows) {
  const header = ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT', 'total bytes'];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ has no build: run `npm run build` first (this script builds nothing).');
  process.exit(2);
}
if (!existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}: install Debian's chromium, or set CHROMIUM_PATH.`);
  process.exit(2);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs takes a whole number of runs per page, at least 1.');
  process.exit(2);
}

const { origin, server } = await serveStatic(dist);
const browser = await launchChromium();
const results = [];
try {
  for (const [name, path] of pages) {
    const lhrs = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${origin}${path}`, {
        port: browser.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      lhrs.push(result.lhr);
    }
    results.push({ name, path, lhr: medianRun(lhrs) });
  }
} finally {
  server.close();
  await browser.close();
}

console.log(`Lighthouse ${results[0].lhr.lighthouseVersion}, mobile, ${results[0].lhr.environment.hostUserAgent}`);
console.log(`${runs === 1 ? 'one run' : `median of ${runs} runs`} per page, dist/ served at ${origin}\n`);
printTable(
  results.map(({ name, lhr }) => [
    name,
    ...categories.map((id) => score(lhr, id)),
    milliseconds(lhr, 'largest-contentful-paint'),
    lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
    milliseconds(lhr, 'total-blocking-time'),
    kilobytes(lhr.audits['total-byte-weight'].numericValue),
  ]),
);

let below = false;
for (const { name, path, lhr } of results) {
  const misses = Object.entries(thresholds).filter(([id, minimum]) => score(lhr, id) < minimum);
  const accessibility = failing(lhr, 'accessibility');
  const tips = opportunities(lhr);
  if (misses.length === 0 && accessibility.length === 0 && tips.length === 0) continue;
  console.log(`\n${name} (${path})`);
  for (const [id, minimum] of misses) console.log(`  below threshold: ${id} ${score(lhr, id)} < ${minimum}`);
  for (const audit of accessibility) {
    console.log(`  accessibility fails: ${audit.id}: ${audit.title}`);
    const nodes = (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
    for (const selector of nodes.slice(0, 3)) console.log(`    at ${selector}`);
    if (nodes.length > 3) console.log(`    and ${nodes.length - 3} more`);
  }
  for (const tip of tips) console.log(`  performance opportunity: ${tip}`);
  below ||= misses.length > 0;
}
console.log(
  below
    ? `\nBelow the thresholds (performance ≥ ${thresholds.performance}, accessibility ${thresholds.accessibility}).`
    : `\nEvery page meets performance ≥ ${thresholds.performance} and accessibility ${thresholds.accessibility}.`,
);
process.exitCode = below ? 1 : 0;
