import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { type documentBorrows, documents } from './tables.js';

export const DOCUMENT_ENTITY = 'document';
export const BORROW_ENTITY = 'document_borrow';
/** The approval document types of a loan: one chain policy per confidentiality (DOC-3). */
export const BORROW_DOC = 'document_borrow';
export const CONFIDENTIAL_BORROW_DOC = 'document_borrow_confidential';
export const borrowDocTypes = [BORROW_DOC, CONFIDENTIAL_BORROW_DOC] as const;
/** Files: a document's versions and a loan's signature. */
export const VERSION_FILES = { subjectType: DOCUMENT_ENTITY, purpose: 'version' } as const;
export const SIGNATURE_FILES = { subjectType: BORROW_ENTITY, purpose: 'signature' } as const;

export type DocumentRow = typeof documents.$inferSelect;
export type BorrowRow = typeof documentBorrows.$inferSelect;

export const documentLink = (id: string) => `/documents/${id}`;

const scoped = (actor: Actor, permission: 'document:read' | 'document:manage' | 'document:lend') =>
  scopeCondition(actor, permission, { owner: documents.keeperId, unit: documents.unitId });

/** DOC-1/ORG-5: the keeper, or document:manage in scope (the unit's document room). */
export function documentManaged(actor: Actor): SQL {
  return or(eq(documents.keeperId, actor.id), scoped(actor, 'document:manage'))!;
}

/** DOC-2: a loan of the document to the actor that is signed and not returned. */
export const lentTo = (actor: Actor): SQL => sql`exists (select 1 from document_borrows b
  where b.document_id = ${documents.id} and b.borrower_id = ${actor.id} and b.status = 'lent')`;

/**
 * DOC-3/ORG-5: who may open a document and its files — public ones every holder of document:read
 * (the route checks it); restricted ones document:read's scope over the keeper and the unit;
 * confidential ones only the keeper, document:manage in scope and a borrower holding a signed,
 * unreturned loan. The keeper, the room and a borrower read any level.
 */
export function documentReadable(actor: Actor): SQL {
  return or(
    eq(documents.confidentiality, 'public'),
    and(eq(documents.confidentiality, 'restricted'), scoped(actor, 'document:read')),
    documentManaged(actor),
    lentTo(actor),
  )!;
}

/** DOC-2: who decides loans of a document: document:lend in scope (the chain names the person). */
export function documentLendable(actor: Actor): SQL {
  return or(eq(documents.keeperId, actor.id), scoped(actor, 'document:lend'))!;
}
