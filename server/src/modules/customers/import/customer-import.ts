import type { Tx } from '../../../db/client.js';
import { requireActor } from '../../../platform/context.js';
import {
  type DuplicateMatch,
  defineImportKind,
  type RowError,
  type RowOutcome,
} from '../../../platform/imports/kinds.js';
import { readPolicy } from '../../../platform/policies/read.js';
import { countOwnedCustomers, lockOwnerBook, ownedCapFor } from '../capacity.js';
import { maySetCredit } from '../credit.js';
import { normaliseCreditCode } from '../credit-code.js';
import { findDuplicatesOfMany } from '../duplicates-batch.js';
import { insertCustomers } from '../insert-customers.js';
import { nameKey, normalisePhone } from '../name-key.js';
import { lockDuplicateKeys } from '../no-double-claim.js';
import { customerLevels, duplicatesAllowedTypes } from '../policies.js';
import type { TCustomerType } from '../schemas.js';
import { customerImportColumns } from './columns.js';
import { assignableById, assignableByUsername, type ImportOwner } from './owners.js';
import { customerInputFromRow } from './row-input.js';

/** What a customer import keeps between batches: lookups only (see ImportKind). */
interface CustomerImportState {
  /** The owner of rows with a blank owner column (chosen at upload, else the importer); null if no longer assignable. */
  defaultOwner: ImportOwner | null;
  /** username → owner, or null when the importer may not assign to them. */
  owners: Map<string, ImportOwner | null>;
  /** unit → customer.levels in force there. */
  levels: Map<string, string[]>;
  /** owner → customer.ownedCap in force for them. */
  caps: Map<string, number>;
  /** unit → customer.duplicatesAllowedTypes in force there. */
  exemptTypes: Map<string, TCustomerType[]>;
}

export const CUSTOMER_IMPORT_KIND = 'customer';

/**
 * CUS-1 import of the customer file, row by row: the create form's validation, a level from the
 * policy list of the owner's unit, an owner the importer may assign to, the owned cap (a row
 * over it is a bad row). A row duplicating an existing customer, or an earlier row of the same
 * file, is a bad row naming the record and its owner (CUS-1, no 撞单) — unless the policy exempts
 * its customer type: then it is imported and flagged.
 */
export const customerImportKind = defineImportKind<CustomerImportState>({
  kind: CUSTOMER_IMPORT_KIND,
  batchSize: 100,
  columns: customerImportColumns,

  async begin(ctx, run) {
    const actor = requireActor(ctx);
    const ownerId = (run.options as { ownerId?: string }).ownerId ?? actor.id;
    return {
      defaultOwner: await assignableById(ctx.db, actor, ownerId),
      owners: new Map(),
      levels: new Map(),
      caps: new Map(),
      exemptTypes: new Map(),
    };
  },

  async processBatch(tx, ctx, rows, state, run) {
    const actor = requireActor(ctx);
    const at = ctx.clock.now();
    const wanted = [
      ...new Set(
        rows.map((r) => (r.values.owner ?? '').toLowerCase()).filter((u) => u && !state.owners.has(u)),
      ),
    ];
    const found = await assignableByUsername(tx, actor, wanted);
    for (const u of wanted) state.owners.set(u, found.get(u) ?? null);

    type Checked = {
      row: number;
      input: NonNullable<ReturnType<typeof customerInputFromRow>['input']>;
      owner: ImportOwner;
    };
    const outcomes = new Map<number, RowOutcome>();
    const valid: Checked[] = [];
    for (const r of rows) {
      const { input, errors } = customerInputFromRow(r, { maySetCredit: maySetCredit(actor) });
      const rowErrors: RowError[] = [...errors];
      const username = (r.values.owner ?? '').toLowerCase();
      const owner = username ? state.owners.get(username) : state.defaultOwner;
      if (!owner) {
        rowErrors.push({
          field: 'owner',
          reason: username
            ? {
                'zh-CN': `负责人“${r.values.owner}”不存在、已停用或不在您可分配的范围内`,
                en: `Owner "${r.values.owner}" does not exist, is disabled, or is not someone you may assign to`,
              }
            : {
                'zh-CN': '导入时选择的负责人已不可分配',
                en: 'The owner chosen at upload can no longer be assigned',
              },
        });
      } else {
        // The level is checked even when other columns of the row are wrong, so one pass lists them all.
        const level = input?.level ?? (r.values.level ?? '').trim();
        const levels = await levelsFor(tx, state, owner.unitId, at);
        if (level && !levels.includes(level) && !rowErrors.some((e) => e.field === 'level')) {
          rowErrors.push({
            field: 'level',
            reason: {
              'zh-CN': `客户等级须为：${levels.join('、')}`,
              en: `Level must be one of: ${levels.join(', ')}`,
            },
          });
        }
      }
      if (rowErrors.length > 0 || !input || !owner)
        outcomes.set(r.row, { row: r.row, status: 'bad', errors: rowErrors });
      else valid.push({ row: r.row, input, owner });
    }

    // CUS-1 (no 撞单): rows matching an existing customer, or a kept earlier row of this batch,
    // are refused with the record and its owner — unless the policy exempts the row's type.
    const unique: Checked[] = [];
    const flagged = new Map<number, DuplicateMatch[]>();
    await lockDuplicateKeys(tx, valid.map(probeOf));
    const existing = await findDuplicatesOfMany(tx, valid.map(probeOf));
    const batchKeys = new BatchKeys();
    for (const [i, v] of valid.entries()) {
      const found = existing[i] ?? [];
      const earlier = batchKeys.matches(probeOf(v));
      const exempt = (found.length > 0 || earlier.length > 0) && (await exemptType(tx, state, v, at));
      if (!exempt && (found.length > 0 || earlier.length > 0)) {
        outcomes.set(v.row, { row: v.row, status: 'bad', errors: duplicateErrors(found, earlier) });
        continue;
      }
      batchKeys.add(probeOf(v), v.row);
      const matches = found.map((d) => ({ id: d.id, name: d.name, by: [...d.by] }));
      if (matches.length > 0) flagged.set(v.row, matches);
      unique.push(v);
    }

    // CUS-1 owned cap: lock each owner's book (in a fixed order) and count once per batch.
    const ownerIds = [...new Set(unique.map((v) => v.owner.id))].sort();
    const owned = new Map<string, number>();
    for (const id of ownerIds) {
      await lockOwnerBook(tx, id);
      owned.set(id, await countOwnedCustomers(tx, id));
      if (!state.caps.has(id)) state.caps.set(id, await ownedCapFor(tx, id, at));
    }

    const accepted: Checked[] = [];
    for (const v of unique) {
      const n = owned.get(v.owner.id) ?? 0;
      const cap = state.caps.get(v.owner.id) ?? 0;
      if (n + 1 > cap) {
        outcomes.set(v.row, {
          row: v.row,
          status: 'bad',
          errors: [
            {
              field: 'owner',
              reason: {
                'zh-CN': `负责人 ${v.owner.displayName} 的客户数已达上限 ${cap} 个`,
                en: `${v.owner.displayName} has reached the cap of ${cap} customers owned`,
              },
            },
          ],
        });
        continue;
      }
      owned.set(v.owner.id, n + 1);
      accepted.push(v);
    }

    const created = await insertCustomers(
      tx,
      ctx,
      accepted.map((v) => ({
        input: v.input,
        ownerId: v.owner.id,
        unitId: v.owner.unitId,
        origin: { importRunId: run.id, row: v.row },
      })),
      { change: 'import' },
    );
    accepted.forEach((v, i) => {
      outcomes.set(v.row, {
        row: v.row,
        status: 'ok',
        id: created[i]?.id ?? '',
        duplicates: (flagged.get(v.row) ?? []).slice(0, MAX_MATCHES),
      });
    });
    return rows.map(
      (r) =>
        outcomes.get(r.row) ?? { row: r.row, status: 'bad', errors: [{ field: null, reason: unprocessed }] },
    );
  },
});

const MAX_MATCHES = 10;
const unprocessed = { 'zh-CN': '该行未处理', en: 'This row was not processed' };

type Probe = { name: string; creditCode: string | null; phones: (string | null | undefined)[] };

function probeOf(v: {
  input: { name: string; creditCode?: string | null; phone?: string | null; contact?: { phones?: string[] } };
}): Probe {
  return {
    name: v.input.name,
    creditCode: v.input.creditCode ?? null,
    phones: [v.input.phone, ...(v.input.contact?.phones ?? [])],
  };
}

/**
 * The name keys, credit codes and phones of the rows of one batch kept so far: a later row
 * matching one of them duplicates it (rows of earlier batches are in the database already).
 */
class BatchKeys {
  private readonly seen = {
    name: new Map<string, number>(),
    creditCode: new Map<string, number>(),
    phone: new Map<string, number>(),
  };
  private readonly names = new Map<number, string>();

  private keys(p: Probe) {
    return {
      name: [nameKey(p.name)].filter((k) => k !== ''),
      creditCode: p.creditCode ? [normaliseCreditCode(p.creditCode)] : [],
      phone: [...new Set(p.phones.filter((x): x is string => !!x).map(normalisePhone))].filter(
        (x) => x.length >= 5,
      ),
    };
  }

  matches(p: Probe): { row: number; name: string; by: string[] }[] {
    const keys = this.keys(p);
    const by = new Map<number, string[]>();
    for (const kind of ['creditCode', 'phone', 'name'] as const) {
      for (const k of keys[kind]) {
        const row = this.seen[kind].get(k);
        if (row !== undefined && !by.get(row)?.includes(kind)) by.set(row, [...(by.get(row) ?? []), kind]);
      }
    }
    return [...by.entries()].map(([row, kinds]) => ({ row, name: this.names.get(row) ?? '', by: kinds }));
  }

  add(p: Probe, row: number): void {
    const keys = this.keys(p);
    for (const kind of ['creditCode', 'phone', 'name'] as const) {
      for (const k of keys[kind]) if (!this.seen[kind].has(k)) this.seen[kind].set(k, row);
    }
    this.names.set(row, p.name);
  }
}

const byText = {
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'credit code' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  name: { 'zh-CN': '名称', en: 'name' },
} as const;

function matchedBy(by: readonly string[], lang: 'zh-CN' | 'en'): string {
  return by.map((b) => byText[b as keyof typeof byText]?.[lang] ?? b).join(lang === 'zh-CN' ? '、' : ', ');
}

/** CUS-1: why a duplicate row is refused — the existing record, what matched and its owner (or the pool). */
function duplicateErrors(
  found: { name: string; by: readonly string[]; owner: { displayName: string } | null }[],
  earlier: { row: number; name: string; by: string[] }[],
): RowError[] {
  return [
    ...found.slice(0, 3).map((d) => ({
      field: null,
      reason: {
        'zh-CN': `与已有客户「${d.name}」重复（${matchedBy(d.by, 'zh-CN')}相同），${d.owner ? `负责人：${d.owner.displayName}` : '该客户在公海中'}`,
        en: `Duplicates the existing customer "${d.name}" (same ${matchedBy(d.by, 'en')}); ${d.owner ? `owner: ${d.owner.displayName}` : 'it is in the public pool'}`,
      },
    })),
    ...earlier.slice(0, 3).map((e) => ({
      field: null,
      reason: {
        'zh-CN': `与本文件第 ${e.row} 行「${e.name}」重复（${matchedBy(e.by, 'zh-CN')}相同）`,
        en: `Duplicates row ${e.row} of this file, "${e.name}" (same ${matchedBy(e.by, 'en')})`,
      },
    })),
  ];
}

/** Whether the duplicate-exempt types of the owner's unit (policy, cached per run) include the row's type. */
async function exemptType(
  tx: Tx,
  state: CustomerImportState,
  v: { owner: ImportOwner; input: { type: TCustomerType } },
  at: Date,
): Promise<boolean> {
  let types = state.exemptTypes.get(v.owner.unitId);
  if (!types) {
    types = await readPolicy(tx, duplicatesAllowedTypes, at, v.owner.unitId);
    state.exemptTypes.set(v.owner.unitId, types);
  }
  return types.includes(v.input.type);
}

async function levelsFor(tx: Tx, state: CustomerImportState, unitId: string, at: Date): Promise<string[]> {
  let levels = state.levels.get(unitId);
  if (!levels) {
    levels = await readPolicy(tx, customerLevels, at, unitId);
    state.levels.set(unitId, levels);
  }
  return levels;
}
