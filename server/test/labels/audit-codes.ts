import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The audit trail's actions and entity types, read from the server's code (audit actions are
 * written where the write happens, not declared): every `action:` and `entity:` a source file
 * gives, as a literal, a literal in a conditional, a `…_SUBJECT` constant, or a template whose
 * placeholder a rule below expands. A template no rule knows is reported, so it cannot hide.
 */

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

export interface AuditCodes {
  actions: Set<string>;
  entities: Set<string>;
  /** Templated or variable actions no rule here covers, with their file. */
  unexpanded: string[];
}

const LITERAL = /'([a-z][\w.-]*)'/g;
/** `action: <expression>` up to the end of the expression (a comma, brace or line end). */
const ACTION = /\baction:\s*([^,\n]+)/g;
const ENTITY = /\bentity:\s*([^,}\n]+)/g;
const TEMPLATE = /`([^`]*\$\{[^`]*)`/g;
const CONSTANT = /export const (\w+) = '([\w.-]+)';/g;

/** Templates of audit actions and the values their placeholder takes. */
type Expansion = (ctx: {
  enums: Map<string, Set<string>>;
  exports: Set<string>;
  accounts: Set<string>;
}) => string[];
const EXPANSIONS: Record<string, Expansion> = {
  'customer.${opts.change}': ({ enums }) => [...(enums.get('change') ?? [])].map((v) => `customer.${v}`),
  'customer.${r.change}': ({ enums }) => [...(enums.get('change') ?? [])].map((v) => `customer.${v}`),
  'instalments.${origin}': ({ enums }) => [...(enums.get('origin') ?? [])].map((v) => `instalments.${v}`),
  'contract.plan.${outcome}': () => ['submitted', 'approved', 'rejected'].map((o) => `contract.plan.${o}`),
  '${spec.entity}.export': ({ exports }) => [...exports].map((e) => `${e}.export`),
  'ledger.${input.account}.post': ({ accounts }) => [...accounts].map((a) => `ledger.${a}.post`),
  'ledger.${account}.expire': ({ accounts }) => [...accounts].map((a) => `ledger.${a}.expire`),
  'ledger.${account}.reverse': ({ accounts }) => [...accounts].map((a) => `ledger.${a}.reverse`),
};

/**
 * Actions handed over in a variable: the values it holds, or null where every caller passes a
 * literal `action: '…'` (which the scan finds at the caller).
 */
const INDIRECT: Record<string, string[] | null> = {
  'change.action': null,
  'change.kind': ['set', 'advance'],
  action: null,
  // A due item's rung action (deadline engine), not an audit action.
  'rung.action': [],
};

/** Reads the code; `enums` are the API's enum values by property name (for templated actions). */
export function collectAuditCodes(enums: Map<string, Set<string>>): AuditCodes {
  const files = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const constants = new Map<string, string>();
  for (const { text } of files) for (const m of text.matchAll(CONSTANT)) constants.set(m[1]!, m[2]!);

  const actions = new Set<string>();
  const entities = new Set<string>();
  const exports = new Set<string>();
  const accounts = new Set<string>();
  const templates: { template: string; file: string }[] = [];
  const unresolved: string[] = [];
  for (const { file, text } of files) {
    const writesAudit =
      /\baudit(Many)?\(/.test(text) || /recordCustomerChange|setContractLegalStatus/.test(text);
    const exportsList = /(?<!function )\bexportList\b\s*[<(]/.test(text);
    for (const m of text.matchAll(ACTION)) {
      const expr = m[1]!.trim();
      for (const t of expr.matchAll(TEMPLATE)) templates.push({ template: t[1]!, file });
      if (/^(string|entry\.action)\b/.test(expr)) continue; // a type, or the engine's own pass-through
      // In `cond ? 'a' : 'b'` the condition's literals are not actions.
      const outcomes = expr.includes('?') ? expr.slice(expr.indexOf('?')) : expr;
      const literals = [...outcomes.matchAll(LITERAL)].map((l) => l[1]!);
      // Where the file writes audit rows every action counts; elsewhere (a caller handing an
      // action to a helper) the dotted ones (`area.verb`), not rung actions and the like.
      for (const l of literals) if (writesAudit || l.includes('.')) actions.add(l);
      if (writesAudit && literals.length === 0 && !TEMPLATE.test(expr)) {
        const passed = INDIRECT[expr];
        if (passed) for (const a of passed) actions.add(a);
        else if (passed === undefined) unresolved.push(`action: ${expr} (${path.relative(SRC, file)})`);
      }
      TEMPLATE.lastIndex = 0;
    }
    for (const m of text.matchAll(/\bconst action = `([^`]*)`/g)) templates.push({ template: m[1]!, file });
    for (const m of text.matchAll(/^\s*`(ledger\.[^`]*)`,?$/gm)) templates.push({ template: m[1]!, file });
    for (const m of text.matchAll(/\baccount:\s*([A-Z_]+)\b/g)) {
      const value = constants.get(m[1]!);
      if (value) accounts.add(value);
    }
    if (!writesAudit && !exportsList) continue;
    for (const m of text.matchAll(ENTITY)) {
      const expr = m[1]!.trim();
      const named = constants.get(expr);
      if (named) entities.add(named);
      for (const l of expr.matchAll(LITERAL)) {
        entities.add(l[1]!);
        if (exportsList) exports.add(l[1]!);
      }
    }
  }
  const unexpanded: string[] = [...unresolved];
  for (const { template, file } of templates) {
    const expand = EXPANSIONS[template];
    if (!expand) unexpanded.push(`${template} (${path.relative(SRC, file)})`);
    else for (const a of expand({ enums, exports, accounts })) actions.add(a);
  }
  return { actions, entities, unexpanded };
}
