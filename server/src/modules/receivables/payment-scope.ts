import type { SQL } from 'drizzle-orm';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import type { Permission } from '../permission-codes.js';
import { payments } from './tables.js';

/** ORG-5 on payments: the permission's scope on the payment's owner (the contract's rep) and unit. */
export function paymentScope(actor: Actor, permission: Permission = 'payment:read'): SQL {
  return scopeCondition(actor, permission, { owner: payments.ownerId, unit: payments.unitId });
}

/** Files of a payment are kept under this subject type. */
export const PAYMENT_SUBJECT = 'payment';
