// The budget report in a real browser: Debian's chromium, headless, prints the page to PDF (A4, the
// print stylesheet) and takes a screenshot. Skipped, saying so, where /usr/bin/chromium is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE, rencai, requireBuild } from './helpers.js';

beforeAll(requireBuild);

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);

/** Headless chromium with nothing of its own reaching the network, a profile thrown away after. */
function chromium(args: string[]): { status: number | null; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'rencai-chromium-'));
  try {
    const run = spawnSync(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`, ...args,
    ], { encoding: 'utf8', timeout: 180_000 });
    return { status: run.status, stderr: run.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (!present) {
  describe('the budget report in headless chromium', () => {
    it.skip(`skipped: no browser at ${CHROMIUM} (apt-get install chromium to run it)`, () => {});
  });
} else {
  describe('the budget report in headless chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencai-report-browser-'));
    const html = join(dir, '预算报告.html');
    const pdf = join(dir, 'report.pdf');
    const png = join(dir, 'report.png');
    const made = rencai(['budget', '--people', EXAMPLE, '--units', 'data/examples/units.csv', '--year', '2014', '--output', html]);
    const url = pathToFileURL(html).href;
    const printed = chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, url]);
    const shot = chromium(['--window-size=820,1600', `--screenshot=${png}`, url]);

    it('prints the page to an A4 PDF of more than one page (a page break between sections)', () => {
      expect(made.status).toBe(0);
      expect(printed.status, printed.stderr).toBe(0);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = bytes.toString('latin1');
      // One media box a page, each A4: 210 × 297 mm = 595.3 × 841.9 points (chromium writes 594.96 × 841.92).
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [Number(match[1]), Number(match[2])]);
      expect(boxes.length).toBeGreaterThan(1);
      for (const [width, height] of boxes) {
        expect(Math.abs(width! - 595.3)).toBeLessThan(1);
        expect(Math.abs(height! - 841.9)).toBeLessThan(1);
      }
    });

    it('takes a screenshot of the page as drawn: a PNG of the window\'s size', () => {
      expect(shot.status, shot.stderr).toBe(0);
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([820, 1600]);
    });
  });
}
