import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';

const creditFields = ['creditLimitFen', 'creditRating'] as const;
type CreditField = (typeof creditFields)[number];

/**
 * CUS-9: a customer's credit limit and rating are a risk control, set by those who hold
 * customer:credit (finance, the director, the GM) — not by the rep who sells to the customer.
 */
export function maySetCredit(actor: Actor): boolean {
  return actor.permissions['customer:credit'] !== undefined;
}

/** Refuses, on the fields concerned, credit values from someone without customer:credit. */
export function assertMaySetCredit(actor: Actor, touched: Partial<Record<CreditField, unknown>>): void {
  if (maySetCredit(actor)) return;
  const fields = creditFields.filter((f) => touched[f] !== undefined && touched[f] !== null);
  if (fields.length === 0) return;
  const message = {
    'zh-CN': '信用额度和信用评级由财务或销售总监设定',
    en: 'Credit limit and rating are set by finance or the sales director',
  };
  throw appError('CREDIT_NOT_PERMITTED', Object.fromEntries(fields.map((f) => [f, message])));
}
