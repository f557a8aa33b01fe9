import { z } from 'zod';
import { ZDateTime, ZPaging, ZUnitRef, ZUserRef, zDate, zPage, zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';
import { manualRules, proposableRules } from './policies.js';
import { pointAwardRequests } from './tables.js';

/** Points as text (a bigint on the ledger). */
const ZPoints = z.string();

/** The record behind an entry: its type, id, the words that name it and where it opens. */
export const ZPointsRef = z.object({
  type: z.string(),
  id: z.string(),
  label: z.string().nullable(),
  link: z.string().nullable(),
});
export type TPointsRef = z.infer<typeof ZPointsRef>;

/** INC-5: one lot — what an award left, when it expires, what earned it. */
export const ZPointsLot = z.object({
  id: z.uuid(),
  kind: z.string(),
  amount: ZPoints,
  remaining: ZPoints,
  at: ZDateTime,
  expiresAt: ZDateTime.nullable(),
  expired: z.boolean(),
  ref: ZPointsRef.nullable(),
});
export type TPointsLot = z.infer<typeof ZPointsLot>;

export const ZPointsSummaryQuery = z.object({
  /** Whose points: default the reader's own; another person's in points:read scope. */
  userId: z.uuid().optional(),
  /** The balance as of this day's end (company time zone). */
  asOf: zDate.optional(),
});
export type TPointsSummaryQuery = z.output<typeof ZPointsSummaryQuery>;

/** INC-5: a person's points now: the live balance, what expires soon, the lots. */
export const ZPointsSummary = z.object({
  person: ZUserRef.extend({ unit: ZUnitRef }),
  balance: ZPoints,
  asOf: z.object({ date: z.string(), balance: ZPoints }).nullable(),
  expiringSoon: z.object({ days: z.number().int(), points: ZPoints, firstOn: ZDateTime.nullable() }),
  lots: z.array(ZPointsLot),
  /** The reader may propose extra points for this person. */
  canPropose: z.boolean(),
});
export type TPointsSummary = z.infer<typeof ZPointsSummary>;

export const ZPointsHistoryQuery = ZPaging.extend({ userId: z.uuid().optional() });
export type TPointsHistoryQuery = z.output<typeof ZPointsHistoryQuery>;

/** INC-5/"why this number": one entry of a person's points, with the figures and policies behind it. */
export const ZPointsEntry = z.object({
  id: z.uuid(),
  at: ZDateTime,
  amount: ZPoints,
  kind: z.string(),
  expiresAt: ZDateTime.nullable(),
  reversesId: z.uuid().nullable(),
  ref: ZPointsRef.nullable(),
  why: z.record(z.string(), z.unknown()).nullable(),
  by: z.string().nullable(),
});
export type TPointsEntry = z.infer<typeof ZPointsEntry>;
export const ZPointsHistory = zPage(ZPointsEntry);

export const ZManualRule = z.enum(manualRules);

/** INC-4: a manual award as proposed: whom, which rule, how many points (default the rule's), why. */
export const ZAwardRequestCreate = z.object({
  userId: z.uuid(),
  rule: z.enum(proposableRules),
  points: z.number().int().min(1).max(1_000_000).optional(),
  reason: zText(1000),
});
export type TAwardRequestCreate = z.output<typeof ZAwardRequestCreate>;

export const ZAwardRequestStatus = z.enum(pointAwardRequests.status.enumValues);

export const ZAwardRequest = z.object({
  id: z.uuid(),
  person: ZUserRef,
  rule: ZManualRule,
  points: z.number().int(),
  reason: z.string(),
  proposer: ZUserRef,
  status: ZAwardRequestStatus,
  createdAt: ZDateTime,
  decidedAt: ZDateTime.nullable(),
});
export type TAwardRequest = z.infer<typeof ZAwardRequest>;

export const ZAwardRequestQuery = ZPaging.extend({
  userId: z.uuid().optional(),
  status: ZAwardRequestStatus.optional(),
});
export type TAwardRequestQuery = z.output<typeof ZAwardRequestQuery>;
export const ZAwardRequestPage = zPage(ZAwardRequest);

/** A month (2026-03), quarter (2026-Q1) or year (2026). */
export const ZBoardPeriod = z
  .string()
  .regex(/^20\d\d(-(0[1-9]|1[0-2])|-Q[1-4])?$/, { error: vmsg('period') });

export const ZPointsBoardQuery = ZPaging.extend({
  period: ZBoardPeriod.optional(),
  /** A unit and everything below it; default the company. */
  unitId: z.uuid().optional(),
  sort: z.enum(['balance', 'earned', 'redeemed', 'expired', 'name']).default('balance'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TPointsBoardQuery = z.output<typeof ZPointsBoardQuery>;

const ZBoardFigures = z.object({
  balance: ZPoints,
  earned: ZPoints,
  redeemed: ZPoints,
  expired: ZPoints,
});

export const ZPointsBoardRow = ZBoardFigures.extend({ person: ZUserRef, unit: ZUnitRef });
export type TPointsBoardRow = z.infer<typeof ZPointsBoardRow>;

/** INC-6: the points board — per person, per unit and the total, for a period. */
export const ZPointsBoard = zPage(ZPointsBoardRow).extend({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  units: z.array(ZBoardFigures.extend({ unit: ZUnitRef, people: z.number().int() })),
  totals: ZBoardFigures.extend({ people: z.number().int() }),
  canPropose: z.boolean(),
});
export type TPointsBoard = z.infer<typeof ZPointsBoard>;
export type TPointsHistory = z.infer<typeof ZPointsHistory>;
