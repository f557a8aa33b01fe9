import { or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { readPolicy } from '../../platform/policies/read.js';
import { riskLevelBands } from './policies.js';
import { type riskLevels, risks } from './tables.js';

export const RISK_ENTITY = 'risk';
export const RISK_REVIEW_KIND = 'risk.review';
export type RiskRow = typeof risks.$inferSelect;
export type RiskLevel = (typeof riskLevels)[number];
export type LevelBands = { medium: number; high: number; critical: number };

/** Web path of a risk. */
export const riskLink = (id: string) => `/risks/${id}`;

/** RISK-1/ORG-5: who reads a risk — its owner, or risk:read's scope over its owner and unit. */
export function riskReadable(actor: Actor): SQL {
  return or(
    sql`${risks.ownerId} = ${actor.id}`,
    scopeCondition(actor, 'risk:read', { owner: risks.ownerId, unit: risks.unitId }),
  )!;
}

/** RISK-1/ORG-5: who changes a risk — risk:manage's scope over its owner and unit. */
export function riskManageable(actor: Actor): SQL {
  return scopeCondition(actor, 'risk:manage', { owner: risks.ownerId, unit: risks.unitId });
}

/** The score (likelihood × impact) as SQL. */
export const scoreSql = sql<number>`(${risks.likelihood} * ${risks.impact})`;

/** The level of the score under the bands in force, as SQL (filters and the heat map). */
export function levelSql(b: LevelBands): SQL<RiskLevel> {
  return sql<RiskLevel>`(case when ${scoreSql} >= ${b.critical} then 'critical'
    when ${scoreSql} >= ${b.high} then 'high' when ${scoreSql} >= ${b.medium} then 'medium' else 'low' end)`;
}

/** The level of a score under the bands. */
export function levelOf(score: number, b: LevelBands): RiskLevel {
  if (score >= b.critical) return 'critical';
  if (score >= b.high) return 'high';
  if (score >= b.medium) return 'medium';
  return 'low';
}

export const readBands = (db: DbOrTx, at: Date): Promise<LevelBands> => readPolicy(db, riskLevelBands, at);
