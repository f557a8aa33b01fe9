import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { superiorChainSql } from './tree.js';

/**
 * Who a rule names, relative to a subject user (the submitter of a document, the owner of a
 * due item) and optionally the record's unit. The one place the organisation answers "who is
 * told" and "who decides": approval steps and deadline rungs both resolve through it.
 */
export type PeopleRule =
  /** The subject user themself (a deadline's owner). */
  | { kind: 'owner' }
  /** The subject's direct superior. */
  | { kind: 'superior' }
  /** N levels up the subject's chain (1 = direct superior). */
  | { kind: 'levelsUp'; levels: number }
  /** The nearest active holder of a role up the subject's chain (ORG-3), e.g. `sales_manager`. */
  | { kind: 'nearestRole'; role: string }
  /** Every active holder of a role in the company (finance, gm), by username. */
  | { kind: 'role'; role: string }
  /** Every active holder of a role in the record's region (the nearest `region` unit at or above its unit). */
  | { kind: 'regionRole'; role: string };

export const peopleRuleKinds = [
  'owner',
  'superior',
  'levelsUp',
  'nearestRole',
  'role',
  'regionRole',
] as const;
export type PeopleRuleKind = (typeof peopleRuleKinds)[number];

/** Why a rule found nobody. */
export type NoMatchReason =
  /** Superior / N levels up: there is no active person at that level. */
  | 'no_active_at_level'
  /** Nearest role holder: nobody active up the chain holds the role. */
  | 'no_role_holder_up_chain'
  /** Fixed role: no active holder in the company. */
  | 'no_active_role_holder'
  /** Fixed role: the only active holders are excluded (nobody approves their own submission). */
  | 'only_holder_is_submitter'
  /** Regional role: the record has no region, or nobody active in it holds the role. */
  | 'no_role_holder_in_region';

export interface PeopleSubject {
  /** The user the chain starts from. */
  userId: string;
  /** The record's unit, for `regionRole`. */
  unitId?: string | null;
}

export interface ChainMember {
  id: string;
  /** 1 = the direct superior. */
  depth: number;
  active: boolean;
  roles: string[];
}

export interface Resolution {
  /** The people the rule names, in a stable order; empty when nobody matched. */
  userIds: string[];
  /** Chain depth of the first person named (0 = the subject), null when not in the subject's chain. */
  depth: number | null;
  /** Why nobody matched; null when someone did. */
  reason: NoMatchReason | null;
}

/** Active holders of a role, by username. */
export async function activeRoleHolders(db: DbOrTx, role: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select u.id from users u
      where u.status = 'active'
        and exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
          where ur.user_id = u.id and r.code = ${role})
      order by u.username`,
  );
  return rows.map((r) => r.id);
}

/** Active holders of a role whose unit lies in the region of a unit (the nearest `region` at or above it), by username. */
export async function regionRoleHolders(db: DbOrTx, unitId: string, role: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive up as (
        select id, parent_id, kind, 0 as depth from units where id = ${unitId}
        union all
        select u.id, u.parent_id, u.kind, up.depth + 1 from units u join up on u.id = up.parent_id
        where up.depth < 20
      ),
      region as (select id from up where kind = 'region' order by depth limit 1),
      tree as (
        select id from region
        union all
        select c.id from units c join tree on c.parent_id = tree.id
      )
      select u.id from users u
      where u.status = 'active' and u.unit_id in (select id from tree)
        and exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
          where ur.user_id = u.id and r.code = ${role})
      order by u.username`,
  );
  return rows.map((r) => r.id);
}

/** The subject's superiors, nearest first, with status and role codes. */
export async function chainOf(db: DbOrTx, userId: string): Promise<ChainMember[]> {
  const rows = await queryRows<{ id: string; depth: number; status: string; roles: string | null }>(
    db,
    sql`
    select up.id, up.depth, u.status,
      (select string_agg(r.code, ',') from user_roles ur join roles r on r.id = ur.role_id
        where ur.user_id = up.id) as roles
    from ${superiorChainSql(userId)} up join users u on u.id = up.id
    order by up.depth`,
  );
  return rows.map((r) => ({
    id: r.id,
    depth: Number(r.depth),
    active: r.status === 'active',
    roles: r.roles ? r.roles.split(',') : [],
  }));
}

const none = (reason: NoMatchReason): Resolution => ({ userIds: [], depth: null, reason });

/**
 * Resolves rules for one subject; the superior chain is read once and shared by every rule
 * (an approval flow resolves all its steps against one submitter).
 */
export class PeopleResolver {
  private chainRows: Promise<ChainMember[]> | null = null;

  constructor(
    private readonly db: DbOrTx,
    readonly subject: PeopleSubject,
  ) {}

  chain(): Promise<ChainMember[]> {
    this.chainRows ??= chainOf(this.db, this.subject.userId);
    return this.chainRows;
  }

  /** The nearest active person above a chain depth (0 = above the subject), or null at the top. */
  async nextActiveAbove(depth: number): Promise<ChainMember | null> {
    return (await this.chain()).find((m) => m.active && m.depth > depth) ?? null;
  }

  /**
   * Who the rule names. Inactive people are never named. `excluding` leaves a person out of a
   * role's holders (the submitter of an approval); chain rules never name the subject anyway.
   */
  async resolve(rule: PeopleRule, opts: { excluding?: string } = {}): Promise<Resolution> {
    switch (rule.kind) {
      case 'owner':
        return { userIds: [this.subject.userId], depth: 0, reason: null };
      case 'superior':
      case 'levelsUp': {
        const levels = rule.kind === 'superior' ? 1 : Math.max(1, Math.trunc(rule.levels));
        const member = (await this.chain()).find((m) => m.depth === levels);
        return member?.active
          ? { userIds: [member.id], depth: member.depth, reason: null }
          : none('no_active_at_level');
      }
      case 'nearestRole': {
        const member = (await this.chain()).find((m) => m.active && m.roles.includes(rule.role));
        return member
          ? { userIds: [member.id], depth: member.depth, reason: null }
          : none('no_role_holder_up_chain');
      }
      case 'role':
      case 'regionRole': {
        const holders =
          rule.kind === 'role'
            ? await activeRoleHolders(this.db, rule.role)
            : this.subject.unitId
              ? await regionRoleHolders(this.db, this.subject.unitId, rule.role)
              : [];
        const others = holders.filter((id) => id !== opts.excluding);
        if (others.length === 0) {
          if (holders.length > 0) return none('only_holder_is_submitter');
          return none(rule.kind === 'role' ? 'no_active_role_holder' : 'no_role_holder_in_region');
        }
        const chain = await this.chain();
        return {
          userIds: others,
          depth: chain.find((m) => m.id === others[0])?.depth ?? null,
          reason: null,
        };
      }
    }
  }
}

/** One rule for one subject (see PeopleResolver). */
export function resolvePeople(
  db: DbOrTx,
  rule: PeopleRule,
  subject: PeopleSubject,
  opts: { excluding?: string } = {},
): Promise<Resolution> {
  return new PeopleResolver(db, subject).resolve(rule, opts);
}
