import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { companyToday } from '../../platform/deadlines/company-date.js';
import { appError } from '../../platform/errors.js';
import { files } from '../../platform/files/tables.js';
import { listPage } from '../../platform/lists/list-page.js';
import { joinedUserRef } from '../../platform/org/refs.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { contracts } from '../contracts/index.js';
import { customers } from '../customers/index.js';
import { borrowRowsOf } from './borrow-queries.js';
import type { TDocument, TDocumentExportQuery, TDocumentQuery, TDocumentRow } from './schemas.js';
import { type DocumentRow, documentManaged, documentReadable } from './scope.js';
import { documents, documentVersions } from './tables.js';

const keeper = alias(users, 'keeper');

/** DOC-4: active, not long-term, its last day of keeping before today (company calendar). */
export const dueForReviewSql = (today: string): SQL =>
  sql`(${documents.status} = 'active' and ${documents.retainUntil} is not null and ${documents.retainUntil} < ${today}::date)`;

/**
 * DOC-2/DOC-3: the catalogue lines the actor sees — every document they may open, and the
 * catalogue line (number, category, level, keeper; nothing more, and no title of a confidential
 * one) of the others, so a document can be asked for; opening one still needs the level or a
 * signed loan.
 */
function selectDocuments(db: DbOrTx, actor: Actor, today: string) {
  return db
    .select({
      d: documents,
      unitName: units.name,
      keeperUsername: keeper.username,
      keeperName: keeper.displayName,
      readable: sql<boolean>`(${documentReadable(actor)})`,
      dueForReview: sql<boolean>`(${dueForReviewSql(today)})`,
    })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .innerJoin(keeper, eq(keeper.id, documents.keeperId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectDocuments>['where']>>[number];

const toRow = ({ d, ...x }: Row): TDocumentRow => ({
  id: d.id,
  number: d.number,
  title: x.readable === true || d.confidentiality !== 'confidential' ? d.title : null,
  category: d.category,
  retentionClass: d.retentionClass,
  retainUntil: d.retainUntil,
  confidentiality: d.confidentiality,
  status: d.status,
  unit: { id: d.unitId, name: x.unitName },
  keeper: { id: d.keeperId, username: x.keeperUsername, displayName: x.keeperName },
  versionCount: d.versionCount,
  readable: x.readable === true,
  dueForReview: x.dueForReview === true,
  createdAt: iso(d.createdAt),
});

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function viewScope(actor: Actor, view: TDocumentQuery['view'], today: string): SQL {
  if (view === 'mine') return eq(documents.keeperId, actor.id);
  if (view === 'review') return and(documentManaged(actor), dueForReviewSql(today))!;
  return sql`true`;
}

/** A confidential title matches a search only for those who may open the document (DOC-3). */
const titleMatches = (actor: Actor, text: string): SQL =>
  and(
    ilike(documents.title, `%${escapeLike(text)}%`),
    or(sql`${documents.confidentiality} <> 'confidential'`, documentReadable(actor)),
  )!;

const filtersOf = (actor: Actor, q: Omit<TDocumentQuery, 'page' | 'pageSize'>) => [
  q.category ? eq(documents.category, q.category) : undefined,
  q.confidentiality ? eq(documents.confidentiality, q.confidentiality) : undefined,
  q.retentionClass ? eq(documents.retentionClass, q.retentionClass) : undefined,
  q.status ? eq(documents.status, q.status) : undefined,
  q.unitId ? eq(documents.unitId, q.unitId) : undefined,
  q.q ? or(titleMatches(actor, q.q), ilike(documents.number, `%${escapeLike(q.q)}%`)) : undefined,
];

const sortKeys = {
  number: documents.number,
  createdAt: documents.createdAt,
  retainUntil: documents.retainUntil,
  title: documents.title,
};

/** DOC-1/DOC-2: the catalogue, paged, filtered and sorted in SQL. */
export async function listDocuments(ctx: Ctx, q: TDocumentQuery) {
  const actor = requireActor(ctx);
  const today = await companyToday(ctx.db, ctx.clock.now());
  return listPage({
    db: ctx.db,
    rows: selectDocuments(ctx.db, actor, today).$dynamic(),
    count: ctx.db.select().from(documents).$dynamic(),
    scope: viewScope(actor, q.view, today),
    filters: filtersOf(actor, q),
    sort: { keys: sortKeys, default: 'number', order: 'desc', tieBreaker: documents.id },
    query: q,
    toItems: async (rows) => rows.map(toRow),
  });
}

/** The catalogue's rows for an export: the list's view and filters, without paging. */
export async function documentRowsFor(ctx: Ctx, q: TDocumentExportQuery, limit: number) {
  const actor = requireActor(ctx);
  const today = await companyToday(ctx.db, ctx.clock.now());
  const rows = await selectDocuments(ctx.db, actor, today)
    .where(and(viewScope(actor, q.view, today), ...filtersOf(actor, q)))
    .orderBy(q.order === 'asc' ? asc(sortKeys[q.sort]) : desc(sortKeys[q.sort]), documents.id)
    .limit(limit);
  return rows.map(toRow);
}

/** DOC-3: the document when the actor may open it (else 404), optionally locked. */
export async function readableDocument(
  db: DbOrTx,
  actor: Actor,
  id: string,
  opts: { lock?: boolean; manage?: boolean } = {},
): Promise<DocumentRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const q = db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), opts.manage ? documentManaged(actor) : documentReadable(actor)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** DOC-1: a document's versions, newest first, with their files' facts. */
async function versionsOf(db: DbOrTx, documentId: string) {
  const rows = await db
    .select({
      v: documentVersions,
      fileName: files.fileName,
      mimeType: files.mimeType,
      sizeBytes: files.sizeBytes,
      byUsername: users.username,
      byName: users.displayName,
    })
    .from(documentVersions)
    .innerJoin(files, eq(files.id, documentVersions.fileId))
    .leftJoin(users, eq(users.id, documentVersions.createdBy))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.version));
  return rows.map((r) => ({
    version: r.v.version,
    fileId: r.v.fileId,
    fileName: r.fileName,
    mimeType: r.mimeType,
    sizeBytes: r.sizeBytes,
    note: r.v.note,
    createdAt: iso(r.v.createdAt),
    createdBy: joinedUserRef(r.v.createdBy, r.byUsername, r.byName),
  }));
}

/** DOC-1 … DOC-4: one document the actor may open (404 otherwise), with versions and loans. */
export async function documentDetail(db: DbOrTx, ctx: Ctx, id: string): Promise<TDocument> {
  const actor = requireActor(ctx);
  const today = await companyToday(db, ctx.clock.now());
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectDocuments(db, actor, today).where(
    and(eq(documents.id, id), documentReadable(actor)),
  );
  if (!row) throw appError('NOT_FOUND');
  const d = row.d;
  const [managed] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.id, id), documentManaged(actor)));
  const people = [d.reviewedBy, d.disposedBy].filter((x): x is string => !!x);
  const named = people.length
    ? await db
        .select({ id: users.id, username: users.username, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, people))
    : [];
  const ref = (uid: string | null) => named.find((u) => u.id === uid) ?? null;
  const [customer] = d.customerId
    ? await db
        .select({ id: customers.id, name: customers.name })
        .from(customers)
        .where(eq(customers.id, d.customerId))
    : [];
  const [contract] = d.contractId
    ? await db
        .select({ id: contracts.id, number: contracts.number })
        .from(contracts)
        .where(eq(contracts.id, d.contractId))
    : [];
  const borrows = await borrowRowsOf(
    db,
    actor,
    today,
    and(eq(sql`b.document_id`, id), managed ? sql`true` : sql`b.borrower_id = ${actor.id}`)!,
  );
  return {
    ...toRow(row),
    description: d.description,
    customer: customer ?? null,
    contract: contract ?? null,
    reviewedAt: isoOrNull(d.reviewedAt),
    reviewedBy: ref(d.reviewedBy),
    reviewNote: d.reviewNote,
    disposedAt: isoOrNull(d.disposedAt),
    disposedBy: ref(d.disposedBy),
    disposalReason: d.disposalReason,
    versions: await versionsOf(db, id),
    borrows,
    can: {
      manage: !!managed && d.status === 'active',
      borrow: !managed && d.status === 'active' && !!actor.permissions['document:borrow'],
    },
  };
}
