#!/usr/bin/env node
// Module boundaries (ARCHITECTURE.md, "Module boundaries"), checked by `npm run lint`:
//   1. a module imports another module only through that module's index.ts (one exception:
//      a module's tables.ts names the tables its foreign keys reference in their tables.ts);
//   2. no import cycle between modules (a test file's imports are not edges: a test may reach a
//      module that depends on its own).
// The graph is built from every .ts file under <root>/<module>/ (default server/src/modules).
// Usage: node scripts/check-modules.mjs [root]. Exit code 1 on a violation.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The server's own TypeScript reads the imports (static, `export … from`, dynamic import()).
const ts = createRequire(path.join(repo, 'server', 'package.json'))('typescript');

function tsFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules') out.push(...tsFiles(p));
    else if (e.isFile() && e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The module of a path (its first folder under root), or null outside every module. */
function moduleOf(root, file) {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : null;
}

/** The file an import specifier names (`./x.js` → x.ts; a folder → its index.ts). */
function resolveTarget(from, spec) {
  const abs = path.resolve(path.dirname(from), spec);
  if (abs.endsWith('.js')) return `${abs.slice(0, -3)}.ts`;
  if (abs.endsWith('.ts')) return abs;
  return path.join(abs, 'index.ts');
}

/**
 * Whether `file` of one module may import `target` of another: the other module's index.ts;
 * or, from a module's tables.ts, the other module's tables.ts (foreign keys; through index.ts
 * the schema would load every module's code, and the database client, which loads the schema,
 * would close an import cycle through all of them).
 */
function allowed(root, file, from, target, to) {
  const inTarget = path.relative(path.join(root, to), target);
  if (inTarget === 'index.ts') return true;
  return path.relative(path.join(root, from), file) === 'tables.ts' && inTarget === 'tables.ts';
}

/** Strongly connected components of a directed graph (Tarjan). */
function components(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** The shortest cycle through `start` inside `members`: start → … → start. */
function cycleThrough(graph, members, start) {
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of [...(graph.get(v) ?? [])].sort()) {
      if (!members.has(w)) continue;
      if (w === start) {
        const cycle = [];
        for (let u = v; u !== null; u = prev.get(u)) cycle.unshift(u);
        return [...cycle, start];
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** Cycles that together pass through every module of a strongly connected component. */
function cyclesIn(graph, scc) {
  const members = new Set(scc);
  const covered = new Set();
  const out = [];
  for (const m of scc) {
    if (covered.has(m)) continue;
    const cycle = cycleThrough(graph, members, m);
    for (const c of cycle) covered.add(c);
    out.push(cycle);
  }
  return out;
}

/**
 * Checks the modules under root: the imports of another module's internal files and the cycles
 * between modules.
 */
export function checkModules(root) {
  const graph = new Map();
  const deepImports = [];
  for (const file of tsFiles(root)) {
    const from = moduleOf(root, file);
    if (!from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    for (const { fileName: spec } of importedFiles) {
      if (!spec.startsWith('.')) continue;
      const target = resolveTarget(file, spec);
      const to = moduleOf(root, target);
      if (!to || to === from) continue;
      // A test may reach a module that depends on its own (signing a contract creates the
      // receivables' plan): that is not a dependency of the module's code, so no cycle edge.
      if (!file.endsWith('.test.ts')) graph.get(from).add(to);
      if (!allowed(root, file, from, target, to))
        deepImports.push({ file: path.relative(root, file), spec, module: to });
    }
  }
  const sccs = components(graph).filter((scc) => scc.length > 1);
  const cycles = sccs.flatMap((scc) => cyclesIn(graph, scc));
  return { modules: [...graph.keys()].sort(), deepImports, cycles };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(repo, 'server', 'src', 'modules'));
  const { modules, deepImports, cycles } = checkModules(root);
  for (const d of deepImports)
    console.error(
      `${d.file}: imports '${d.spec}', a file of module ${d.module} other than its index.ts; import ${d.module}/index.js`,
    );
  for (const c of cycles) console.error(`import cycle between modules: ${c.join(' → ')}`);
  if (deepImports.length > 0 || cycles.length > 0) process.exit(1);
  console.log(`module boundaries: ${modules.length} modules, each imported through its index.ts, no cycle`);
}
