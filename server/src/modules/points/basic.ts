import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import type { Ctx } from '../../platform/context.js';
import { on } from '../../platform/events/domain-events.js';
import {
  balanceOf,
  EXPIRY_KIND,
  expireLots,
  isLedgerError,
  reverseEntry,
  spend,
} from '../../platform/ledger/ledger.js';
import { ledgerEntries, ledgerLotConsumptions } from '../../platform/ledger/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { contractSigned } from '../contracts/index.js';
import { type ConfirmedPayment, paymentConfirmed, paymentReversed } from '../receivables/index.js';
import { awardPoints, POINTS_ACCOUNT } from './award.js';
import { basicBasis, basicRatio } from './policies.js';

/**
 * INC-3: basic points of a sale — floor(amount in yuan × ratio), in integers only: the ratio's
 * decimal text is read as a whole number over a power of ten, the amount is in fen.
 */
export function basicPointsOf(amountFen: bigint, ratio: string): bigint {
  if (amountFen <= 0n) return 0n;
  const [whole = '0', frac = ''] = ratio.trim().split('.');
  const numerator = BigInt(`${whole}${frac}`);
  const denominator = 10n ** BigInt(frac.length) * 100n;
  return (amountFen * numerator) / denominator;
}

async function award(
  tx: Tx,
  ctx: Ctx,
  sale: { userId: string; amountFen: bigint; refType: 'payment' | 'contract'; refId: string; number: string },
  basis: 'collected' | 'signed',
) {
  const now = ctx.clock.now();
  if ((await readPolicy(tx, basicBasis, now)) !== basis) return;
  const ratio = await readPolicy(tx, basicRatio, now);
  await awardPoints(tx, ctx, {
    userId: sale.userId,
    rule: 'basic',
    points: basicPointsOf(sale.amountFen, ratio),
    eventKey: `basic:${sale.refType}:${sale.refId}`,
    refType: sale.refType,
    refId: sale.refId,
    memo: {
      basis,
      basisPolicy: basicBasis.id,
      ratio,
      ratioPolicy: basicRatio.id,
      amountFen: sale.amountFen.toString(),
      number: sale.number,
    },
  });
}

/** INC-3 (basis `collected`): a confirmed payment earns its owner the basic points, once per payment. */
export function awardBasicForPayment(tx: Tx, ctx: Ctx, payment: ConfirmedPayment): Promise<void> {
  return award(
    tx,
    ctx,
    {
      userId: payment.ownerId,
      amountFen: payment.amountFen,
      refType: 'payment',
      refId: payment.id,
      number: payment.number,
    },
    'collected',
  );
}

/** INC-3 (basis `collected`): finance confirmed a payment — its owner earns the basic points. */
export const basicOnPaymentConfirmed = on(paymentConfirmed, (tx, ctx, { payment }) =>
  awardBasicForPayment(tx, ctx, payment),
);

/**
 * INC-3 (basis `signed`): a contract signed earns its owner basic points on its amount; a
 * supplement on what it adds (a supplement that reduces the contract earns nothing). A letter of
 * intent earns nothing.
 */
export const basicOnContractSigned = on(contractSigned, async (tx, ctx, { contract }) => {
  const amountFen =
    contract.kind === 'main'
      ? contract.amountFen
      : contract.kind === 'supplement'
        ? (contract.deltaFen ?? 0n)
        : 0n;
  if (amountFen <= 0n) return;
  await award(
    tx,
    ctx,
    { userId: contract.ownerId, amountFen, refType: 'contract', refId: contract.id, number: contract.number },
    'signed',
  );
});

/**
 * INC-3/AR-4: a reversed payment takes back the basic points it earned (the ledger reversal of
 * that award, less what of it already expired). Rule when the person already spent them and the
 * live balance is short: take what the live balance allows — never a negative balance — and
 * record the shortfall (the points that could not be taken back) in the entry's memo and the
 * audit row.
 */
export const basicOnPaymentReversed = on(paymentReversed, async (tx, ctx, { payment }) => {
  const [awarded] = await tx
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.account, POINTS_ACCOUNT),
        eq(ledgerEntries.idempotencyKey, `basic:payment:${payment.id}`),
      ),
    );
  if (!awarded) return;
  try {
    await reverseEntry(tx, ctx, awarded.id, 'basic_reversed');
    return;
  } catch (e) {
    if (!isLedgerError(e, 'INSUFFICIENT_BALANCE')) throw e;
  }
  const now = ctx.clock.now();
  await expireLots(tx, ctx, { account: POINTS_ACCOUNT, holderId: awarded.holderId, at: now });
  const live = await balanceOf(tx, POINTS_ACCOUNT, awarded.holderId, { asOf: now });
  const [lapsed] = await queryRows<{ total: string }>(
    tx,
    sql`select coalesce(sum(c.amount), 0)::text as total from ${ledgerLotConsumptions} c
        join ${ledgerEntries} e on e.id = c.entry_id
        where c.lot_id = ${awarded.id} and e.kind = ${EXPIRY_KIND}`,
  );
  const owed = awarded.amount - BigInt(lapsed?.total ?? '0');
  const taken = live < owed ? live : owed;
  const figures = {
    paymentNumber: payment.number,
    awarded: owed.toString(),
    takenBack: taken.toString(),
    shortfall: (owed - taken).toString(),
  };
  await spend(tx, ctx, {
    account: POINTS_ACCOUNT,
    holderId: awarded.holderId,
    amount: taken,
    kind: 'basic_reversed',
    refType: 'payment',
    refId: payment.id,
    idempotencyKey: `basic:payment-reversed:${payment.id}`,
    memo: figures,
  });
  await audit(tx, ctx, {
    entity: 'ledger_entry',
    entityId: awarded.id,
    action: 'points.takeBackShort',
    after: figures,
  });
});
