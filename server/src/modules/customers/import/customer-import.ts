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
import { findDuplicatesOfMany } from '../duplicates-batch.js';
import { insertCustomers } from '../insert-customers.js';
import { nameKey } from '../name-key.js';
import { customerLevels } from '../policies.js';
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
}

export const CUSTOMER_IMPORT_KIND = 'customer';

/**
 * CUS-1 import of the customer file, row by row: the create form's validation, a level from the
 * policy list of the owner's unit, an owner the importer may assign to, the owned cap (a row
 * over it is a bad row). Duplicates of existing customers — or of earlier rows of the same file,
 * already written — are imported and flagged, never dropped.
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

    // CUS-1 owned cap: lock each owner's book (in a fixed order) and count once per batch.
    const ownerIds = [...new Set(valid.map((v) => v.owner.id))].sort();
    const owned = new Map<string, number>();
    for (const id of ownerIds) {
      await lockOwnerBook(tx, id);
      owned.set(id, await countOwnedCustomers(tx, id));
      if (!state.caps.has(id)) state.caps.set(id, await ownedCapFor(tx, id, at));
    }

    const accepted: Checked[] = [];
    for (const v of valid) {
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

    const probes = accepted.map((v) => ({
      name: v.input.name,
      creditCode: v.input.creditCode ?? null,
      phones: [v.input.phone, ...(v.input.contact?.phones ?? [])],
    }));
    const existing = await findDuplicatesOfMany(tx, probes);
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
    const earlier = withinBatchDuplicates(probes, accepted, created);
    accepted.forEach((v, i) => {
      const matches = [
        ...(existing[i] ?? []).map((d) => ({ id: d.id, name: d.name, by: [...d.by] })),
        ...(earlier[i] ?? []),
      ];
      outcomes.set(v.row, {
        row: v.row,
        status: 'ok',
        id: created[i]?.id ?? '',
        duplicates: matches.slice(0, MAX_MATCHES),
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

/**
 * Earlier rows of the same batch that a row looks like (same name key, credit code or phone);
 * rows of earlier batches are already in the database and found there.
 */
function withinBatchDuplicates(
  probes: { name: string; creditCode: string | null; phones: (string | null | undefined)[] }[],
  accepted: { input: { name: string } }[],
  created: { id: string }[],
): DuplicateMatch[][] {
  const seen = {
    name: new Map<string, number[]>(),
    creditCode: new Map<string, number[]>(),
    phone: new Map<string, number[]>(),
  };
  return probes.map((p, i) => {
    const keys = {
      name: [nameKey(p.name)].filter((k) => k !== ''),
      creditCode: p.creditCode ? [p.creditCode] : [],
      phone: [...new Set(p.phones.filter((x): x is string => !!x && x.length >= 5))],
    };
    const by = new Map<number, Set<string>>();
    for (const kind of ['creditCode', 'phone', 'name'] as const) {
      for (const k of keys[kind]) {
        for (const j of seen[kind].get(k) ?? []) by.set(j, (by.get(j) ?? new Set()).add(kind));
        seen[kind].set(k, [...(seen[kind].get(k) ?? []), i]);
      }
    }
    return [...by.entries()].map(([j, kinds]) => ({
      id: created[j]?.id ?? '',
      name: accepted[j]?.input.name ?? '',
      by: [...kinds],
    }));
  });
}

async function levelsFor(tx: Tx, state: CustomerImportState, unitId: string, at: Date): Promise<string[]> {
  let levels = state.levels.get(unitId);
  if (!levels) {
    levels = await readPolicy(tx, customerLevels, at, unitId);
    state.levels.set(unitId, levels);
  }
  return levels;
}
