import { and, asc, eq, gte, ilike, inArray, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { containsPattern } from '../../db/like.js';
import type { Actor } from '../../platform/context.js';
import { listFiles } from '../../platform/files/files.js';
import { listPage } from '../../platform/lists/list-page.js';
import { userRefs } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull } from '../../platform/schemas.js';
import { customers } from '../customers/index.js';
import { effectiveAmountFen } from './effective-amount.js';
import type {
  TContract,
  TContractActions,
  TContractItem,
  TCreditCheck,
  TPlannedInstalment,
  ZContractListQuery,
} from './schemas.js';
import {
  CONTRACT_SUBJECT,
  type ContractRow,
  contractInScope,
  contractReadScope,
  contractScope,
  SIGNED_SCAN,
} from './scope.js';
import { contracts } from './tables.js';

const mains = alias(contracts, 'main_contracts');

const columns = {
  id: contracts.id,
  number: contracts.number,
  kind: contracts.kind,
  status: contracts.status,
  title: contracts.title,
  customerId: customers.id,
  customerName: customers.name,
  mainId: mains.id,
  mainNumber: mains.number,
  amountFen: contracts.amountFen,
  deltaFen: contracts.deltaFen,
  signedOn: contracts.signedOn,
  ownerId: users.id,
  ownerUsername: users.username,
  ownerName: users.displayName,
  unitId: units.id,
  unitName: units.name,
  createdAt: contracts.createdAt,
  updatedAt: contracts.updatedAt,
};

type ItemRow = {
  id: string;
  number: string;
  kind: TContractItem['kind'];
  status: TContractItem['status'];
  title: string;
  customerId: string;
  customerName: string;
  mainId: string | null;
  mainNumber: string | null;
  amountFen: bigint;
  deltaFen: bigint | null;
  signedOn: string | null;
  ownerId: string;
  ownerUsername: string;
  ownerName: string;
  unitId: string;
  unitName: string;
  createdAt: Date;
  updatedAt: Date;
};

function selectItems(db: DbOrTx) {
  return db
    .select(columns)
    .from(contracts)
    .innerJoin(customers, eq(customers.id, contracts.customerId))
    .innerJoin(users, eq(users.id, contracts.ownerId))
    .innerJoin(units, eq(units.id, contracts.unitId))
    .leftJoin(mains, eq(mains.id, contracts.mainContractId));
}

function toItem(r: ItemRow): TContractItem {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    status: r.status,
    title: r.title,
    customer: { id: r.customerId, name: r.customerName },
    mainContract: r.mainId && r.mainNumber ? { id: r.mainId, number: r.mainNumber } : null,
    amountFen: String(r.amountFen),
    deltaFen: r.deltaFen === null ? null : String(r.deltaFen),
    signedOn: r.signedOn,
    owner: { id: r.ownerId, username: r.ownerUsername, displayName: r.ownerName },
    unit: { id: r.unitId, name: r.unitName },
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** Q2C-5: contracts in the actor's scope, paged, sorted and filtered. */
export function listContracts(db: DbOrTx, actor: Actor, q: z.output<typeof ZContractListQuery>) {
  const pattern = q.q ? containsPattern(q.q) : null;
  return listPage({
    db,
    rows: selectItems(db).$dynamic(),
    count: db
      .select()
      .from(contracts)
      .innerJoin(customers, eq(customers.id, contracts.customerId))
      .$dynamic(),
    scope: contractReadScope(actor),
    filters: [
      q.kind ? eq(contracts.kind, q.kind) : undefined,
      q.status ? eq(contracts.status, q.status) : undefined,
      q.customerId ? eq(contracts.customerId, q.customerId) : undefined,
      q.ownerId ? eq(contracts.ownerId, q.ownerId) : undefined,
      q.mainContractId ? eq(contracts.mainContractId, q.mainContractId) : undefined,
      q.signedFrom ? gte(contracts.signedOn, q.signedFrom) : undefined,
      q.signedTo ? lte(contracts.signedOn, q.signedTo) : undefined,
      pattern
        ? or(
            ilike(contracts.number, pattern),
            ilike(contracts.title, pattern),
            ilike(customers.name, pattern),
          )
        : undefined,
    ],
    sort: {
      keys: {
        updatedAt: contracts.updatedAt,
        amountFen: contracts.amountFen,
        signedOn: { nullsLast: contracts.signedOn },
        number: contracts.number,
      },
      default: 'updatedAt',
      tieBreaker: contracts.id,
    },
    query: q,
    toItems: (rows) => rows.map((r) => toItem(r as ItemRow)),
  });
}

/** Which scoped contract permissions the actor holds over this contract. */
async function heldOver(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select({
      write: sql<boolean>`(${contractScope(actor, 'contract:write')})`.mapWith(Boolean),
      enter: sql<boolean>`(${contractScope(actor, 'contract:enter')})`.mapWith(Boolean),
      verify: sql<boolean>`(${contractScope(actor, 'contract:verify')})`.mapWith(Boolean),
    })
    .from(contracts)
    .where(eq(contracts.id, id));
  return row ?? { write: false, enter: false, verify: false };
}

/** Q2C-6 … Q2C-8: what the actor may do with the contract in its status now. */
export async function contractActions(db: DbOrTx, actor: Actor, c: ContractRow): Promise<TContractActions> {
  const held = await heldOver(db, actor, c.id);
  const open = c.status === 'draft' || c.status === 'rejected';
  return {
    edit: open && held.write,
    submit: open && c.ownerId === actor.id,
    uploadScan: (c.status === 'approved' || c.status === 'entered') && held.enter,
    removeScan: c.status === 'approved' && held.enter,
    enter: c.status === 'approved' && held.enter,
    verify: c.status === 'entered' && held.verify && c.enteredBy !== actor.id,
    returnEntry: c.status === 'entered' && held.verify,
    createSupplement: c.kind === 'main' && c.status === 'signed' && held.write,
  };
}

/** One contract in the actor's scope (404 otherwise) with its supplements, scans and signing data. */
export async function getContract(db: DbOrTx, actor: Actor, id: string): Promise<TContract> {
  const c = await contractInScope(db, actor, id);
  const [itemRow] = await selectItems(db).where(eq(contracts.id, c.id));
  const supplements =
    c.kind === 'main'
      ? await selectItems(db)
          .where(and(eq(contracts.mainContractId, c.id), contractReadScope(actor)))
          // Created at the same moment (one clock tick): the number, drawn in sequence, decides.
          .orderBy(asc(contracts.createdAt), asc(contracts.number))
      : [];
  const people = await userRefs(db, [c.enteredBy, c.verifiedBy]);
  const scans = await listFiles(db, { subjectType: CONTRACT_SUBJECT, subjectId: c.id, purpose: SIGNED_SCAN });
  return {
    ...toItem(itemRow as ItemRow),
    quoteId: c.quoteId,
    startDate: c.startDate,
    endDate: c.endDate,
    paymentTerms: c.paymentTerms,
    remark: c.remark,
    effectiveAmountFen: String(await effectiveAmountFen(db, c)),
    creditCheck: (c.creditCheck as TCreditCheck | null) ?? null,
    plannedInstalments: (c.plannedInstalments as TPlannedInstalment[] | null) ?? null,
    enteredAt: isoOrNull(c.enteredAt),
    enteredBy: c.enteredBy ? (people.get(c.enteredBy) ?? null) : null,
    verifiedAt: isoOrNull(c.verifiedAt),
    verifiedBy: c.verifiedBy ? (people.get(c.verifiedBy) ?? null) : null,
    signedAt: isoOrNull(c.signedAt),
    supplements: supplements.map((r) => toItem(r as ItemRow)),
    scans,
    actions: await contractActions(db, actor, c),
  };
}

/** Contracts by id (for other modules' lists), only those the actor may read. */
export async function contractRefs(db: DbOrTx, actor: Actor, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; number: string; title: string }>();
  const rows = await db
    .select({ id: contracts.id, number: contracts.number, title: contracts.title })
    .from(contracts)
    .where(and(inArray(contracts.id, ids), contractReadScope(actor)));
  return new Map(rows.map((r) => [r.id, r]));
}
