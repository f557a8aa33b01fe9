import type { Tx } from '../../db/client.js';
import type { Ctx } from '../context.js';
import type { Localized } from '../i18n/lang.js';
import type { Rung } from './due-items.js';
import type { LinkBuilder } from './links.js';
import type { dueItems } from './tables.js';

export type DueItemRow = typeof dueItems.$inferSelect;

/** What an action or a notice builder is told when a rung fires. */
export interface RungFiring {
  item: DueItemRow;
  rung: Rung;
  /** The business time the rung fires at. */
  now: Date;
  /** The company time zone. */
  tz: string;
}

/**
 * Something a rung does besides telling people (e.g. AR-8: the contract goes to legal review).
 * It runs in the rung's transaction, exactly once per item; what it returns is kept in the
 * rung's audit row.
 */
export type DueItemAction = (tx: Tx, ctx: Ctx, firing: RungFiring) => Promise<unknown>;

/** A notice a kind words itself (null: the engine's usual wording). */
export interface KindNotice {
  title: Localized;
  body?: Localized;
  link?: string;
}

export interface DueItemKind {
  /** The due item's `kind`. */
  kind: string;
  label: Localized;
  /** Where an item of this kind leads in the web app (to-do list, notices). */
  link?: LinkBuilder;
  /** Actions a rung of this kind may name, by name. */
  actions?: Record<string, DueItemAction>;
  /** Words a notice of one rung to one person; null falls back to the engine's wording. */
  notice?(
    tx: Tx,
    firing: RungFiring & { event: string; toOwner: boolean; ownerName: string },
  ): Promise<KindNotice | null>;
  /**
   * Whether the item is still due when a rung's time comes (e.g. the debt was paid meanwhile);
   * false closes the item instead of firing.
   */
  stillDue?(tx: Tx, item: DueItemRow): Promise<boolean>;
}

const kinds = new Map<string, DueItemKind>();

/** A due item kind: its label, link and rung actions; its module lists it in the manifest. */
export function defineDueItemKind(def: DueItemKind): DueItemKind {
  return def;
}

/** Called by the module kernel for each manifest's due item kinds. */
export function registerDueItemKind(def: DueItemKind): void {
  if (kinds.has(def.kind)) throw new Error(`due item kind ${def.kind} defined twice`);
  kinds.set(def.kind, def);
}

export function dueItemKind(kind: string): DueItemKind | undefined {
  return kinds.get(kind);
}

/** Refuses a ladder naming an action its kind does not declare (a programming error). */
export function assertRungActions(kind: string, ladder: Rung[]): void {
  for (const rung of ladder) {
    if (rung.action && !kinds.get(kind)?.actions?.[rung.action]) {
      throw new Error(`due item kind ${kind} has no action ${rung.action}`);
    }
  }
}
