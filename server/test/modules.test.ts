import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractSigned } from '../src/modules/contracts/events.js';
import { loadModules, modules } from '../src/modules/index.js';
import {
  definePermissions,
  isKnownPermission,
  permissionCatalogue,
} from '../src/platform/access/permissions.js';
import { approvalFlow } from '../src/platform/approvals/flows.js';
import { dueItemKind } from '../src/platform/deadlines/kinds.js';
import { dueItemLink } from '../src/platform/deadlines/links.js';
import { errorEntry, platformErrors, registeredErrorCodes } from '../src/platform/errors.js';
import { handlerCount } from '../src/platform/events/domain-events.js';
import { importKind } from '../src/platform/imports/kinds.js';
import { allJobs } from '../src/platform/jobs/registry.js';
import { defineModule, type ModuleManifest } from '../src/platform/modules/define-module.js';
import { renderErrorCodes, renderPermissionCodes } from '../src/platform/modules/generate.js';
import { checkModuleList } from '../src/platform/modules/kernel.js';
import { notificationEvent } from '../src/platform/notifications/events.js';
import { allPolicyDefinitions } from '../src/platform/policies/define.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const modulesDir = path.join(src, 'modules');

/** Source files (not tests) under a folder of src/, relative to src/. */
function sourceFiles(under: string): string[] {
  return (readdirSync(path.join(src, under), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(under, f));
}

/** The module folder an import of `file` resolves into, or null outside src/modules/<name>/. */
function moduleOfImport(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.relative(modulesDir, path.resolve(path.dirname(path.join(src, file)), spec));
  if (target.startsWith('..')) return null;
  const [first, ...rest] = target.split(path.sep);
  return rest.length > 0 ? (first ?? null) : null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(src, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'";]*?from\s+'([^']+)'/g)].map((m) => m[1]!);
}

/** Which manifests declare an item, by its key. */
function owners(key: (m: ModuleManifest) => string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of modules) for (const k of key(m)) map.set(k, [...(map.get(k) ?? []), m.name]);
  return map;
}

describe('module manifests (ADR 16)', () => {
  it('every permission, policy, flow, job, event and kind in the registries belongs to exactly one manifest', () => {
    const checks: [string, Map<string, string[]>, string[]][] = [
      [
        'permission',
        owners((m) => m.permissions.map((p) => p.code)),
        permissionCatalogue().map((p) => p.code),
      ],
      ['policy', owners((m) => m.policies.map((p) => p.id)), allPolicyDefinitions().map((p) => p.id)],
      ['job', owners((m) => m.jobs.map((j) => j.name)), allJobs().map((j) => j.name)],
    ];
    for (const [what, declared, registered] of checks) {
      for (const key of registered) expect(declared.get(key), `${what} ${key}`).toHaveLength(1);
      expect(registered.length, what).toBe(declared.size);
    }
    const single: [string, Map<string, string[]>][] = [
      ['approval flow', owners((m) => m.flows.map((f) => f.docType))],
      ['notification event', owners((m) => m.events.notifications.map((e) => e.key))],
      ['due item kind', owners((m) => m.dueItemKinds.map((k) => k.kind))],
      ['due item link', owners((m) => m.dueItemLinks.map((k) => k.subjectType))],
      ['import kind', owners((m) => m.importKinds.map((k) => k.kind))],
      ['error code', owners((m) => Object.keys(m.errors))],
    ];
    for (const [what, declared] of single) {
      for (const [key, by] of declared) expect(by, `${what} ${key}`).toHaveLength(1);
    }
  });

  it("a manifest's items are in the registries once the modules are loaded", () => {
    for (const m of modules) {
      for (const p of m.permissions) expect(isKnownPermission(p.code), p.code).toBe(true);
      for (const p of m.policies) expect(allPolicyDefinitions()).toContain(p);
      for (const f of m.flows) expect(approvalFlow(f.docType)).toBe(f);
      for (const j of m.jobs) expect(allJobs()).toContain(j);
      for (const e of m.events.notifications) expect(notificationEvent(e.key)).toBe(e);
      for (const k of m.importKinds) expect(importKind(k.kind)).toBe(k);
      for (const k of m.dueItemKinds) expect(dueItemKind(k.kind)).toBe(k);
      for (const k of m.dueItemLinks) {
        expect(dueItemLink(k.subjectType, 'x', { customerId: 'c' }), k.subjectType).toBe(
          k.link('x', { customerId: 'c' }),
        );
      }
      for (const [code, entry] of Object.entries(m.errors)) expect(errorEntry(code)).toBe(entry);
    }
    // Loading the same list again (every test app does) registers nothing twice.
    expect(() => loadModules()).not.toThrow();
  });

  it('every define… in the source is listed in a manifest (nothing is registered by importing a file)', async () => {
    const listed = new Set<unknown>(
      modules.flatMap((m) => [
        ...m.permissions,
        ...m.policies,
        ...m.flows,
        ...m.jobs,
        ...m.events.notifications,
        ...m.dueItemKinds,
        ...m.dueItemLinks,
        ...m.importKinds,
      ]),
    );
    const defining =
      /=\s*define(Policy|Job|ApprovalFlow|ImportKind|DueItemKind|DueItemLink|NotificationEvent|Permissions)\b|^\s+define(NotificationEvent)\(/m;
    const files = [...sourceFiles('modules'), ...sourceFiles('platform')].filter((f) =>
      defining.test(readFileSync(path.join(src, f), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const exported = Object.values(await import(path.join(src, file))) as unknown[];
      const items = exported.flatMap((v) => (Array.isArray(v) ? v : [v]));
      const defs = items.filter(
        (v): v is object =>
          typeof v === 'object' &&
          v !== null &&
          [
            'ruleIds',
            'intervalSeconds',
            'steps',
            'emailByDefault',
            'subjectType',
            'actions',
            'batchSize',
            'scoped',
          ].some((k) => k in v),
      );
      for (const def of defs) expect(listed.has(def), `${file}: ${JSON.stringify(def)}`).toBe(true);
    }
  });

  it('each module imports only from the modules in its dependsOn (tests excepted), and the platform from none', () => {
    const byName = new Map(modules.map((m) => [m.name, m]));
    const folders = readdirSync(modulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    // Every folder is a listed module.
    expect(folders.filter((f) => !byName.has(f))).toEqual([]);
    const stray: string[] = [];
    for (const folder of folders) {
      const allowed = new Set(byName.get(folder)!.dependsOn);
      for (const file of sourceFiles(path.join('modules', folder))) {
        for (const spec of importsOf(file)) {
          const other = moduleOfImport(file, spec);
          if (other && other !== folder && !allowed.has(other)) stray.push(`${file} → ${spec}`);
        }
      }
    }
    expect(stray).toEqual([]);
    const upward = sourceFiles('platform').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => {
          const target = path.relative(modulesDir, path.resolve(path.dirname(path.join(src, file)), spec));
          // The generated Permission union is the one thing the platform reads from modules/.
          return !target.startsWith('..') && target !== 'permission-codes.js';
        })
        .map((spec) => `${file} → ${spec}`),
    );
    expect(upward).toEqual([]);
  });

  it('contracts no longer import receivables: signing reaches it through contract.signed and the debt port', () => {
    const contracts = modules.find((m) => m.name === 'contracts')!;
    expect(contracts.dependsOn).not.toContain('receivables');
    // Receivables makes the payment plan; points award basic points when their basis is `signed` (INC-3);
    // the risk register weighs the new debt against the customer's credit limit (RISK-1).
    expect(handlerCount(contractSigned)).toBe(3);
    const receivablesProvides = modules.find((m) => m.name === 'receivables')!.provides.map((p) => p.port);
    expect(receivablesProvides.filter((p) => p.startsWith('contracts.')).sort()).toEqual(
      contracts.needs.map((p) => p.name).sort(),
    );
  });

  it('a dependency cycle and an unknown dependency are refused at start, naming them', () => {
    const a = defineModule({ name: 'alpha', dependsOn: ['beta'] });
    const b = defineModule({ name: 'beta', dependsOn: ['gamma'] });
    const c = defineModule({ name: 'gamma', dependsOn: ['alpha'] });
    expect(() => loadModules([...modules, a, b, c])).toThrow(
      'module dependencies form a cycle: alpha → beta → gamma → alpha',
    );
    expect(() => loadModules([...modules, defineModule({ name: 'delta', dependsOn: ['epsilon'] })])).toThrow(
      'module delta depends on epsilon, which is not in the module list',
    );
    expect(() => checkModuleList([defineModule({ name: 'zeta', needs: [{ name: 'zeta.read' }] })])).toThrow(
      'module zeta needs zeta.read, which no listed module provides',
    );
    expect(() => defineModule({ name: 'eta', dependsOn: ['eta'] })).toThrow('module eta depends on itself');
  });

  it('an item another manifest already registered is refused as defined twice', () => {
    const copy = defineModule({
      name: 'copycat',
      permissions: definePermissions([
        { code: 'contract:read', label: { 'zh-CN': '重', en: 'Again' }, scoped: true },
      ]),
    });
    expect(() => loadModules([...modules, copy])).toThrow('permission contract:read defined twice');
  });

  it('the generated Permission union and error-code references match the manifests (npm run gen -w server)', () => {
    expect(readFileSync(path.join(modulesDir, 'permission-codes.ts'), 'utf8')).toBe(
      renderPermissionCodes(modules),
    );
    expect(readFileSync(path.join(modulesDir, 'error-codes.ts'), 'utf8')).toBe(renderErrorCodes(modules));
  });

  it('every code thrown anywhere in src has a zh-CN and an en message; no code is defined twice', () => {
    const thrown = new Set<string>();
    for (const file of sourceFiles('.')) {
      const text = readFileSync(path.join(src, file), 'utf8');
      for (const m of text.matchAll(/(?:appError|AppError)\(\s*'([A-Z0-9_]+)'/g)) thrown.add(m[1]!);
    }
    expect(thrown.size).toBeGreaterThan(60);
    for (const code of thrown) {
      const entry = errorEntry(code);
      expect(entry?.zh, code).toBeTruthy();
      expect(entry?.en, code).toBeTruthy();
    }
    const declared = [...Object.keys(platformErrors), ...modules.flatMap((m) => Object.keys(m.errors))];
    expect(new Set(declared).size).toBe(declared.length);
    expect(registeredErrorCodes().sort()).toEqual([...declared].sort());
  });
});
