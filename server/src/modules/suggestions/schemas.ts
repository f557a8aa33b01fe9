import { z } from 'zod';
import {
  ZDateTime,
  ZPaging,
  ZUnitRef,
  ZUserRef,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../platform/schemas.js';
import { suggestionCategories, suggestionStatuses } from './tables.js';

export const ZSuggestionCategory = z.enum(suggestionCategories);
export const ZSuggestionStatus = z.enum(suggestionStatuses);

/** OPS-9: what a suggestion says. */
export const ZSuggestionCreate = z.object({
  title: zText(100),
  content: zText(4000),
  category: ZSuggestionCategory,
});
export type TSuggestionCreate = z.output<typeof ZSuggestionCreate>;

/** Adopting: an optional note. */
export const ZSuggestionAdopt = z.object({ note: zOptionalText(1000) });
/** Declining: the reason is required. */
export const ZSuggestionDecline = z.object({ reason: zText(1000) });

export const ZSuggestionRow = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  category: ZSuggestionCategory,
  status: ZSuggestionStatus,
  user: ZUserRef,
  unit: ZUnitRef,
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
  decidedBy: ZUserRef.nullable(),
  decisionNote: z.string().nullable(),
  /** Waiting for the reader's review now. */
  toReview: z.boolean(),
});
export type TSuggestionRow = z.infer<typeof ZSuggestionRow>;

export const ZSuggestion = ZSuggestionRow.extend({
  content: z.string(),
  /** The approval round in progress (for 待办 and the approval panel). */
  requestId: z.uuid().nullable(),
  /** The points the adoption earned the maker (INC-4), as a digit string; null before. */
  points: z.string().nullable(),
  can: z.object({ review: z.boolean() }),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;

/** mine: my own; review: waiting for my review; all: every one in my scope. */
export const ZSuggestionView = z.enum(['mine', 'review', 'all']);

const filters = {
  view: ZSuggestionView.default('all'),
  status: ZSuggestionStatus.optional(),
  category: ZSuggestionCategory.optional(),
  q: z.string().trim().max(100).optional(),
  from: zDate.optional(),
  to: zDate.optional(),
  sort: z.enum(['createdAt', 'number', 'status']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
};
export const ZSuggestionQuery = ZPaging.extend(filters);
export type TSuggestionQuery = z.output<typeof ZSuggestionQuery>;
export const ZSuggestionExportQuery = z.object(filters);
export type TSuggestionExportQuery = z.output<typeof ZSuggestionExportQuery>;
export const ZSuggestionPage = zPage(ZSuggestionRow);
