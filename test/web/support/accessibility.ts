import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { ARTIFACTS, pageChecksOn } from './screenshots';

/** WCAG 2.0 and 2.1, levels A and AA: what the portal promises (docs/architecture.md). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation, listing each (rule, impact,
 * the elements, what to do). Every finding, minor ones too, is written to artifacts/axe/<name>.json. Does nothing when
 * WEB_PAGE_CHECKS=off (see pageChecksOn).
 */
export async function checkAccessibility(page: Page, name: string): Promise<AxeFinding[]> {
  if (!pageChecksOn()) return [];
  // axe.run in the page itself. AxeBuilder's default (runPartial in each frame, then finishRun in a new blank page
  // that gets axe injected once more) took twice as long a check, and only adds cross-origin frames, which the
  // portal has none of: its one iframe, the office's document preview, is same-origin, and legacy mode checks those.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  const findings: AxeFinding[] = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((node) => node.target.join(' ')),
  }));
  const dir = join(ARTIFACTS, 'axe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ url: page.url(), findings }, null, 2));
  const blocking = findings.filter((f) => BLOCKING.has(f.impact));
  if (blocking.length) {
    const list = blocking.map((f) => `  - ${f.id} (${f.impact}): ${f.help}\n    at ${f.targets.slice(0, 5).join(' | ')}${f.targets.length > 5 ? ` (+${f.targets.length - 5} more)` : ''}\n    ${f.helpUrl}`);
    throw new Error(`${name} (${page.url()}): ${blocking.length} serious or critical accessibility violation(s):\n${list.join('\n')}`);
  }
  return findings;
}
