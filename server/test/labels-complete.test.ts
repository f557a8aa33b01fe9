import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../src/modules/index.js';
import type { Localized } from '../src/platform/i18n/lang.js';
import { renderAuditWords } from '../src/platform/modules/generate.js';
import { ruleCatalogue } from '../src/platform/policies/rules.js';
import { responseEnums } from './labels/api-enums.js';
import { collectAuditCodes } from './labels/audit-codes.js';

/**
 * No raw code reaches a user: every code the server hands the UI has words in zh-CN and en.
 * The codes are found, not listed: enums from the routes' OpenAPI document, audit actions and
 * entity types from the code that writes audit rows, jobs, policies, due item kinds,
 * notification events, approval document types and 待办 sources from the module manifests.
 * Words for enums and the audit trail live in the web catalogue (web/src/i18n/areas/labels.*):
 * `labels.enum.<property>.<value>`, `labels.auditAction.<action with / for .>`,
 * `labels.auditEntity.<entity>`; the registries carry their own `Localized` labels.
 */

const WEB_I18N = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src/i18n');
const LOCALES = ['zh-CN', 'en'] as const;
type Tree = Record<string, unknown>;

/** One language's web messages: the shell merged with every area file. */
function webMessages(locale: string): Tree {
  const shell = JSON.parse(readFileSync(path.join(WEB_I18N, `${locale}.json`), 'utf8')) as Tree;
  const areas = readdirSync(path.join(WEB_I18N, 'areas')).filter((f) => f.endsWith(`.${locale}.json`));
  return Object.assign(
    shell,
    ...areas.map((f) => JSON.parse(readFileSync(path.join(WEB_I18N, 'areas', f), 'utf8')) as Tree),
  );
}

function lookup(tree: Tree, keys: string[]): unknown {
  let node: unknown = tree;
  for (const k of keys) node = node && typeof node === 'object' ? (node as Tree)[k] : undefined;
  return node;
}

const HAN = /\p{Script=Han}/u;

/** What is wrong with a label: missing, empty, a Chinese label without Chinese, a code. */
function badLabel(text: unknown, locale: string, code: string): string | null {
  if (typeof text !== 'string' || text.trim() === '') return 'missing';
  if (text.trim() === code) return 'the code itself';
  if (locale === 'zh-CN' && !HAN.test(text)) return 'no Chinese';
  return null;
}

function badLocalized(label: Localized | undefined, code: string): string[] {
  return LOCALES.flatMap((l) => {
    const why = badLabel(label?.[l], l, code);
    return why ? [`${l}: ${why}`] : [];
  });
}

/** "what (code): problem" lines, for a failure message a reader can act on. */
function report(lines: string[], hint: string): string {
  return lines.length === 0 ? '' : `${lines.length} without words (${hint}):\n  ${lines.join('\n  ')}`;
}

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, webMessages(l)])) as Record<string, Tree>;
let enums: Map<string, Set<string>>;
beforeAll(async () => {
  enums = await responseEnums();
}, 120_000);

function missingInWeb(prefix: string[], codes: Iterable<string>, key = (c: string) => [c]): string[] {
  return [...codes].sort().flatMap((code) =>
    LOCALES.flatMap((l) => {
      const why = badLabel(lookup(catalogues[l]!, [...prefix, ...key(code)]), l, code);
      return why ? [`${[...prefix, ...key(code)].join('.')} (${l}): ${why}`] : [];
    }),
  );
}

describe('the company’s words: every code has a zh-CN and an en label', () => {
  it('finds what it checks (the discovery itself works)', () => {
    const codes = collectAuditCodes(enums);
    expect(codes.actions.size).toBeGreaterThan(50);
    expect(codes.entities.size).toBeGreaterThan(20);
    expect(enums.get('status')?.has('overdue')).toBe(true);
    expect(codes.actions).toContain('payment.confirm');
    expect(codes.actions).toContain('customer.claim'); // from a templated action
  });

  it('PEN-3: every audit action the code writes has a label (labels.auditAction)', () => {
    const codes = collectAuditCodes(enums);
    expect(
      codes.unexpanded,
      'audit actions the scan cannot read: add a rule in test/labels/audit-codes.ts',
    ).toEqual([]);
    const missing = missingInWeb(['labels', 'auditAction'], codes.actions, (a) => [a.replaceAll('.', '/')]);
    expect(missing, report(missing, 'add them to web/src/i18n/areas/labels.*.json')).toEqual([]);
  });

  it('PEN-3: every audit entity type has a label (labels.auditEntity)', () => {
    const missing = missingInWeb(['labels', 'auditEntity'], collectAuditCodes(enums).entities);
    expect(missing, report(missing, 'add them to web/src/i18n/areas/labels.*.json')).toEqual([]);
  });

  it('every enum value an API response carries has a label (labels.enum.<property>)', () => {
    const missing = [...enums].flatMap(([prop, values]) => missingInWeb(['labels', 'enum', prop], values));
    expect(missing, report(missing, 'add them to web/src/i18n/areas/labels.*.json')).toEqual([]);
  });

  it('every job has a name and words for each part of its summary', () => {
    const bad = modules.flatMap((m) =>
      m.jobs.flatMap((job) => [
        ...badLocalized(job.label, job.name).map((w) => `job ${job.name} label ${w}`),
        ...(job.summary ? [] : [`job ${job.name}: no summary phrases (what its run message says)`]),
        ...Object.entries(job.summary ?? {}).flatMap(([key, phrase]) =>
          badLocalized(phrase, key).map((w) => `job ${job.name} summary ${key} ${w}`),
        ),
      ]),
    );
    expect(bad, report(bad, 'label and summary in the job definition')).toEqual([]);
  });

  it('every policy has a title and description in both languages and a unit the UI names', () => {
    const units = LOCALES.map((l) => lookup(catalogues[l]!, ['policies', 'units']) as Tree | undefined);
    const bad = modules.flatMap((m) =>
      m.policies.flatMap((p) => [
        ...badLocalized(p.label, p.id).map((w) => `policy ${p.id} label ${w}`),
        ...badLocalized(p.description, p.id).map((w) => `policy ${p.id} description ${w}`),
        // Amounts are shown in yuan: a title never speaks of fen.
        ...LOCALES.filter((l) => /fen\b/i.test(p.label[l])).map(
          (l) => `policy ${p.id} label (${l}) says fen`,
        ),
        ...units.flatMap((u, i) =>
          u?.[p.unit] ? [] : [`policy ${p.id} unit ${p.unit} (${LOCALES[i]}): no word`],
        ),
      ]),
    );
    expect(bad, report(bad, 'the policy definition, or policies.units in the web catalogue')).toEqual([]);
  });

  it('every due item kind, notification event, approval document type, 待办 source and permission has a label', () => {
    const bad = modules.flatMap((m) => [
      ...m.dueItemKinds.flatMap((k) =>
        badLocalized(k.label, k.kind).map((w) => `due item kind ${k.kind} ${w}`),
      ),
      ...m.events.notifications.flatMap((e) =>
        badLocalized(e.label, e.key).map((w) => `notification event ${e.key} ${w}`),
      ),
      ...m.flows.flatMap((f) =>
        badLocalized(f.label, f.docType).map((w) => `approval doc type ${f.docType} ${w}`),
      ),
      ...m.todoSources.flatMap((s) => badLocalized(s.label, s.key).map((w) => `待办 source ${s.key} ${w}`)),
      ...m.permissions.flatMap((p) => badLocalized(p.label, p.code).map((w) => `permission ${p.code} ${w}`)),
    ]);
    expect(bad, report(bad, 'the label in the definition')).toEqual([]);
  });

  it('the regulations catalogue carries each rule’s original Chinese sentence and a Chinese chapter title', () => {
    const bad = ruleCatalogue.flatMap((c) => [
      ...badLocalized(c.title, c.id).map((w) => `chapter ${c.id} ${w}`),
      ...c.rules.flatMap((r) => badLocalized(r.source, r.id).map((w) => `rule ${r.id} ${w}`)),
      ...c.rules.flatMap((r) => badLocalized(r.system, r.id).map((w) => `rule ${r.id} (the system) ${w}`)),
    ]);
    expect(bad, report(bad, 'sourceZh / titleZh in platform/policies/rule-catalogue.json')).toEqual([]);
  });

  it('fails on a code without words (the check can fail)', () => {
    expect(
      missingInWeb(['labels', 'auditAction'], ['nothing.here'], (a) => [a.replaceAll('.', '/')]),
    ).toEqual([
      'labels.auditAction.nothing/here (zh-CN): missing',
      'labels.auditAction.nothing/here (en): missing',
    ]);
    expect(badLocalized({ 'zh-CN': 'Lock minutes', en: 'Lock minutes' }, 'auth.lockMinutes')).toEqual([
      'zh-CN: no Chinese',
    ]);
  });

  it('PEN-3: the server’s copy of the audit words (for the audit export) is the web catalogue’s', () => {
    const catalogue = (locale: string) =>
      JSON.parse(readFileSync(path.join(WEB_I18N, 'areas', `labels.${locale}.json`), 'utf8'));
    const file = path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../src/platform/audit/audit-words.ts',
    );
    expect(
      readFileSync(file, 'utf8') === renderAuditWords(catalogue('zh-CN'), catalogue('en')),
      'run `npm run gen -w server` after changing web/src/i18n/areas/labels.*.json',
    ).toBe(true);
  });
});
