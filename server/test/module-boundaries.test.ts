import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Module boundaries (ARCHITECTURE.md): a module writes only its own tables; another module's
 * rows change through a use case of their owner. And the lint script that checks the imports
 * between modules (scripts/check-modules.mjs) fails on a deep import and on a cycle.
 */
const modulesDir = path.resolve(import.meta.dirname, '../src/modules');
const repoDir = path.resolve(import.meta.dirname, '../..');
const script = path.join(repoDir, 'scripts/check-modules.mjs');

const moduleNames = readdirSync(modulesDir).filter((m) => statSync(path.join(modulesDir, m)).isDirectory());

/** Tests and their kits arrange other modules' rows directly as fixtures; the rule is for the modules' code. */
const isTestCode = (file: string) => /(\.test|test-kit)\.ts$/.test(file);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

interface Owners {
  /** exported name of a table object → owning module */
  byExport: Map<string, string>;
  /** SQL name of a table → owning module */
  bySqlName: Map<string, string>;
}

/** The owner of a table is the module whose tables.ts defines it. */
async function tableOwners(): Promise<Owners> {
  const byExport = new Map<string, string>();
  const bySqlName = new Map<string, string>();
  for (const m of moduleNames) {
    const file = path.join(modulesDir, m, 'tables.ts');
    try {
      statSync(file);
    } catch {
      continue;
    }
    const exported: Record<string, unknown> = await import(file);
    for (const [name, value] of Object.entries(exported)) {
      if (!is(value, PgTable)) continue;
      byExport.set(name, m);
      bySqlName.set(getTableName(value), m);
    }
  }
  return { byExport, bySqlName };
}

const sqlWrite =
  /\b(?:insert\s+into|update|delete\s+from)\s+"?([a-z_][a-z0-9_]*)"?(\s+(?:as\s+)?(?!set\b)[a-z_]\w*)?(\s+set\b)?/gi;
const sqlWriteBefore = /\b(?:insert\s+into|update|delete\s+from)\s*"?$/i;

/**
 * The writes in one file of `module` to tables another module owns: Drizzle's
 * `.insert(t)` / `.update(t)` / `.delete(t)` (the table object, by its imported name) and raw
 * SQL `insert into` / `update … set` / `delete from` (the table's name, or `${t}`).
 */
function foreignWrites(module: string, file: string, source: string, owners: Owners): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  // Local names of imported bindings → the exported names they stand for.
  const imported = new Map<string, string>();
  for (const st of sf.statements) {
    const bindings = ts.isImportDeclaration(st) ? st.importClause?.namedBindings : undefined;
    if (bindings && ts.isNamedImports(bindings))
      for (const el of bindings.elements) imported.set(el.name.text, (el.propertyName ?? el.name).text);
  }
  const ownerOf = (local: string) => {
    const owner = owners.byExport.get(imported.get(local) ?? local);
    return owner && owner !== module ? owner : null;
  };
  const found: string[] = [];
  const at = (node: ts.Node) =>
    `${path.relative(modulesDir, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const checkSqlText = (node: ts.Node, text: string) => {
    for (const m of text.matchAll(sqlWrite)) {
      const table = m[1]!.toLowerCase();
      const isUpdate = /^update/i.test(m[0]);
      if (isUpdate && !m[3]) continue; // "update" in prose; an UPDATE statement has SET
      const owner = owners.bySqlName.get(table);
      if (owner && owner !== module) found.push(`${at(node)} writes ${table} (owned by ${owner})`);
    }
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['insert', 'update', 'delete'].includes(node.expression.name.text)
    ) {
      const arg = node.arguments[0];
      const owner = arg && ts.isIdentifier(arg) ? ownerOf(arg.text) : null;
      if (owner)
        found.push(`${at(node)} ${node.expression.name.text}s ${arg!.getText()} (owned by ${owner})`);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) checkSqlText(node, node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      checkSqlText(node, parts.join(' ? '));
      node.templateSpans.forEach((span, i) => {
        const owner = ts.isIdentifier(span.expression) ? ownerOf(span.expression.text) : null;
        if (owner && sqlWriteBefore.test(parts[i]!))
          found.push(`${at(span)} writes table ${span.expression.getText()} (owned by ${owner})`);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('module boundaries', async () => {
  const owners = await tableOwners();

  it("every table has an owner, and tables are read from the owner's tables.ts", () => {
    expect(owners.bySqlName.get('customers')).toBe('customers');
    expect(owners.bySqlName.get('contracts')).toBe('contracts');
    expect(owners.byExport.get('instalments')).toBe('receivables');
    expect(owners.bySqlName.size).toBeGreaterThan(30);
  });

  it("no module writes a table another module owns (the owner's use case writes it and its audit row)", () => {
    const found = moduleNames.flatMap((m) =>
      tsFiles(path.join(modulesDir, m))
        .filter((f) => !isTestCode(f))
        .flatMap((f) => foreignWrites(m, f, readFileSync(f, 'utf8'), owners)),
    );
    expect(found).toEqual([]);
  });

  it('the write check sees Drizzle writes (also under another name) and raw SQL writes', () => {
    const file = path.join(modulesDir, 'collection', 'planted.ts');
    const source = `
      import { contracts as c } from '../contracts/index.js';
      import { customers } from '../customers/index.js';
      import { dunningRuns } from './tables.js';
      export async function f(tx, sql) {
        await tx.update(c).set({ legalStatus: 'closed' });
        await tx.insert(customers).values({});
        await tx.delete(dunningRuns);
        await tx.select().from(customers).for('update');
        await tx.execute(sql\`update contracts set legal_status = 'closed'\`);
        await tx.execute(sql\`insert into "customers" (name) values ('x')\`);
        await tx.execute(sql\`delete from \${customers} where id = \${1}\`);
        const prose = 'update customers when they change; insert into dunning_runs';
      }`;
    expect(foreignWrites('collection', file, source, owners).map((w) => w.replace(/^\S+ /, ''))).toEqual([
      'updates c (owned by contracts)',
      'inserts customers (owned by customers)',
      'writes contracts (owned by contracts)',
      'writes customers (owned by customers)',
      'writes table customers (owned by customers)',
    ]);
  });
});

describe('lint: scripts/check-modules.mjs', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** A modules folder with the given files; returns the script's exit code and output. */
  function check(files: Record<string, string>) {
    const root = mkdtempSync(path.join(tmpdir(), 'xg-modules-'));
    dirs.push(root);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), content);
    }
    const run = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  }

  it('passes a tree whose modules import each other through index.ts', () => {
    const r = check({
      'a/index.ts': "export { run } from './run.js';\n",
      'a/run.ts':
        "import { b } from '../b/index.js';\nimport { t } from './tables.js';\nexport const run = () => [b, t];\n",
      'a/tables.ts': "import { bt } from '../b/tables.js';\nexport const t = () => bt;\n",
      'a/deep/nested.ts':
        "import { b } from '../../b/index.js';\nimport { run } from '../run.js';\nexport const n = [b, run];\n",
      'b/index.ts': "export { b } from './b.js';\nexport { bt } from './tables.js';\n",
      'b/b.ts': 'export const b = 1;\n',
      'b/tables.ts': 'export const bt = 1;\n',
      'index.ts': "import './a/index.js';\n",
    });
    expect(r.out).toContain('module boundaries: 2 modules');
    expect(r.status).toBe(0);
  });

  it("fails on an import of another module's tables.ts or internal file (also from a nested folder)", () => {
    const r = check({
      'a/index.ts': 'export {};\n',
      'a/run.ts': "import { bt } from '../b/tables.js';\nexport const x = bt;\n",
      'a/deep/nested.ts':
        "export { b } from '../../b/b.js';\nexport const lazy = () => import('../../b/b.js');\n",
      'b/index.ts': 'export {};\n',
      'b/b.ts': 'export const b = 1;\n',
      'b/tables.ts': 'export const bt = 1;\n',
    });
    expect(r.status).toBe(1);
    expect(r.out).toContain("a/run.ts: imports '../b/tables.js', a file of module b other than its index.ts");
    expect(r.out).toContain("a/deep/nested.ts: imports '../../b/b.js'");
  });

  it('fails on an import cycle between modules and prints it', () => {
    const r = check({
      'a/index.ts': "export { a } from './a.js';\n",
      'a/a.ts': "import { b } from '../b/index.js';\nexport const a = () => b;\n",
      'b/index.ts': "export { b } from './b.js';\n",
      'b/b.ts': "import { c } from '../c/index.js';\nexport const b = () => c;\n",
      'c/index.ts': "import type { A } from '../a/index.js';\nexport const c = 1;\nexport type C = A;\n",
    });
    expect(r.status).toBe(1);
    expect(r.out).toContain('import cycle between modules: a → b → c → a');
  });

  it('refuses a cycle between two modules; a test reaching a downstream module adds no cycle', () => {
    const pair = {
      'contracts/index.ts': "export { sign } from './sign.js';\n",
      'contracts/sign.ts':
        "import { plan } from '../receivables/index.js';\nexport const sign = () => plan;\n",
      'receivables/index.ts': "export { plan } from './plan.js';\n",
      'receivables/plan.ts':
        "import { sign } from '../contracts/index.js';\nexport const plan = () => sign;\n",
    };
    const cycle = check(pair);
    expect(cycle.status).toBe(1);
    expect(cycle.out).toContain('import cycle between modules: contracts → receivables → contracts');
    const viaTest = check({
      ...pair,
      'contracts/sign.ts': 'export const sign = () => 1;\n',
      'contracts/sign.test.ts': "import { plan } from '../receivables/index.js';\nexport const t = plan;\n",
    });
    expect(viaTest.out).not.toContain('import cycle');
    expect(viaTest.status).toBe(0);
  });

  it('passes on this repository', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(`${run.stdout}${run.stderr}`).toContain('no cycle');
    expect(run.status).toBe(0);
  });
});
