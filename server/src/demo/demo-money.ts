import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { createContract } from '../modules/contracts/create-contract.js';
import { enterContract } from '../modules/contracts/enter-contract.js';
import { contractScans } from '../modules/contracts/scans.js';
import { CONTRACT } from '../modules/contracts/scope.js';
import { submitContract } from '../modules/contracts/submit-contract.js';
import { contracts } from '../modules/contracts/tables.js';
import { verifyContract } from '../modules/contracts/verify-contract.js';
import { customers } from '../modules/customers/tables.js';
import { loadModules } from '../modules/index.js';
import { acceptOrder } from '../modules/orders/accept-order.js';
import { createOrder } from '../modules/orders/create-order.js';
import { createReturn } from '../modules/orders/create-return.js';
import { deliverOrder } from '../modules/orders/deliver-order.js';
import { recordShipment } from '../modules/orders/record-shipment.js';
import { RETURN_DOC } from '../modules/orders/scope.js';
import { setDeliveryDocument } from '../modules/orders/set-delivery-document.js';
import { submitReturn } from '../modules/orders/submit-return.js';
import { deliveryDocumentKinds } from '../modules/orders/tables.js';
import { products } from '../modules/products/tables.js';
import { createQuote } from '../modules/quotes/create-quote.js';
import { acceptQuote, declineQuote } from '../modules/quotes/decide-quote.js';
import { QUOTE_DOC } from '../modules/quotes/scope.js';
import { sendQuote } from '../modules/quotes/send-quote.js';
import { submitQuote } from '../modules/quotes/submit-quote.js';
import { confirmPayment } from '../modules/receivables/confirm-payment.js';
import { recordInvoice } from '../modules/receivables/invoices.js';
import { paymentFiles } from '../modules/receivables/payment-attachments.js';
import { recordPayment } from '../modules/receivables/record-payment.js';
import type { Clock } from '../platform/clock.js';
import { addLocalDays } from '../platform/deadlines/calendar.js';
import { addAttachment } from '../platform/files/attachments.js';
import {
  type DealSpec,
  deals,
  type LineSpec,
  openQuotes,
  type PaymentSpec,
  type QuoteSpec,
} from './demo-money-deals.js';
import { DemoTimeline } from './demo-money-kit.js';

const SOUTH_REPS = new Set(['rep07', 'rep08', 'rep09', 'rep10', 'rep11', 'rep12']);
const assistantOf = (owner: string) => (SOUTH_REPS.has(owner) ? 'assistant_south' : 'assistant_east');
const fen = (yuan: number) => String(BigInt(Math.round(yuan * 100)));
const pdf = (what: string) => ({
  fileName: `${what}.pdf`,
  mimeType: 'application/pdf',
  content: Buffer.from(`%PDF-1.4\n% 销管示范 ${what}\n%%EOF\n`),
});

interface Catalogue {
  product(code: string): { id: string; name: string; unit: string; listPriceFen: bigint };
  customer(name: string): string;
}

async function catalogue(db: Db): Promise<Catalogue> {
  const rows = await db.select().from(products);
  const byCode = new Map(rows.map((p) => [p.code, p]));
  const names = [...new Set([...deals, ...openQuotes].map((d) => d.customer))];
  const found = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(inArray(customers.name, names));
  const byName = new Map(found.map((c) => [c.name, c.id]));
  return {
    product(code) {
      const p = byCode.get(code);
      if (!p) throw new Error(`demo product ${code} missing`);
      return p;
    },
    customer(name) {
      const id = byName.get(name);
      if (!id) throw new Error(`demo customer ${name} missing`);
      return id;
    },
  };
}

function quoteLines(cat: Catalogue, lines: LineSpec[]) {
  return lines.map(([code, quantity, pct]) => {
    const p = cat.product(code);
    const unitPriceFen = pct ? String((p.listPriceFen * BigInt(100 - pct)) / 100n) : undefined;
    return { productId: p.id, quantity, ...(unitPriceFen ? { unitPriceFen } : {}) };
  });
}

/** Q2C-3: a quote by its owner, taken as far as `stage`; returns its id. */
function bookQuote(
  tl: DemoTimeline,
  cat: Catalogue,
  q: Pick<QuoteSpec, 'owner' | 'customer' | 'lines' | 'remark'> & { stage: QuoteSpec['stage'] | 'accepted' },
  daysAgo: number,
  done: (quoteId: string) => void = () => {},
) {
  let id = '';
  tl.at(daysAgo, 0, async () => {
    const rep = await tl.ctx(q.owner);
    const quote = await createQuote(rep, {
      customerId: cat.customer(q.customer),
      remark: q.remark ?? null,
      lines: quoteLines(cat, q.lines),
    });
    id = quote.id;
    if (q.stage === 'draft') return;
    tl.later(60);
    await submitQuote(rep, id);
    if (q.stage === 'reviewing') return;
    await tl.approveAll(QUOTE_DOC, id);
    if (q.stage === 'approved') return;
    tl.later(120);
    await sendQuote(rep, id);
    if (q.stage === 'sent') return;
  });
  if (q.stage === 'declined' || q.stage === 'accepted') {
    tl.at(daysAgo - 5, 0, async () => {
      const rep = await tl.ctx(q.owner);
      if (q.stage === 'declined') await declineQuote(rep, id);
      else {
        await acceptQuote(rep, id);
        done(id);
      }
    });
  }
}

/** One deal: (quote →) contract → approval → scan, entry, verification → order, money. */
function bookDeal(tl: DemoTimeline, cat: Catalogue, d: DealSpec, n: number) {
  const S = d.signedDaysAgo;
  const stage = d.stage ?? 'signed';
  const signed = stage === 'signed';
  const state = { quoteId: null as string | null, contractId: '', orderId: '' };
  if (d.viaQuote) bookQuote(tl, cat, { ...d, stage: 'accepted' }, S + 11, (id) => (state.quoteId = id));

  // Drafted a few days before signing (a pending one: on its day).
  tl.at(signed ? S + 4 : S, 0, async () => {
    const rep = await tl.ctx(d.owner);
    const c = await createContract(rep, {
      kind: 'main',
      title: d.title,
      ...(state.quoteId
        ? { quoteId: state.quoteId }
        : { customerId: cat.customer(d.customer), amountFen: fen(d.yuan ?? 0) }),
      paymentTerms: d.split ? '按约定分期付款' : '签订后 30 日内付清',
    });
    state.contractId = c.id;
    if (stage === 'draft') return;
    tl.later(60);
    await submitContract(rep, c.id);
    if (stage === 'reviewing') return;
    await tl.approveAll(CONTRACT, c.id);
    if (stage === 'approved') return;
    if (!signed) await enter(tl, d, state.contractId);
  });
  if (!signed) return;
  tl.at(S, 0, () => enter(tl, d, state.contractId));
  tl.at(S, 3, async () => {
    await verifyContract(await tl.ctx('finance'), state.contractId);
  });

  if (d.order) bookOrder(tl, cat, d, state);
  for (const p of d.payments ?? []) bookPayment(tl, cat, d, p, state);
  for (const [i, inv] of (d.invoices ?? []).entries()) {
    tl.at(inv.daysAgo, 2, async () => {
      await recordInvoice(await tl.ctx('finance'), {
        contractId: state.contractId,
        fapiaoNo: `3100${String(n).padStart(2, '0')}${String(i + 1).padStart(2, '0')}`,
        kind: inv.kind,
        amountFen: fen(inv.yuan),
        issuedOn: tl.today(),
        remark: null,
      });
    });
  }
  if (d.supplement) bookSupplement(tl, d, state);
  if (d.returned) {
    const r = d.returned;
    tl.at(r.daysAgo, 0, async () => {
      const rep = await tl.ctx(d.owner);
      const ret = await createReturn(rep, {
        kind: 'return',
        contractId: state.contractId,
        orderId: state.orderId || null,
        reason: r.reason,
        creditFen: fen(r.creditYuan),
      });
      tl.later(30);
      await submitReturn(rep, ret.id);
      await tl.approveAll(RETURN_DOC, ret.id);
    });
  }
}

/** Q2C-7: the assistant files the signed scan and enters the signing date (and the agreed split). */
async function enter(tl: DemoTimeline, d: DealSpec, contractId: string) {
  const assistant = await tl.ctx(assistantOf(d.owner));
  await addAttachment(assistant, contractScans, contractId, pdf('合同签字盖章扫描件'));
  const signedOn = tl.today();
  let instalments: { dueDate: string; amountFen: string }[] | undefined;
  if (d.split) {
    const [c] = await tl.db
      .select({ amountFen: contracts.amountFen })
      .from(contracts)
      .where(eq(contracts.id, contractId));
    const total = c!.amountFen;
    let left = total;
    instalments = d.split.map(([days, pct], i) => {
      const amount = i === d.split!.length - 1 ? left : (total * BigInt(pct)) / 100n;
      left -= amount;
      return { dueDate: addLocalDays(signedOn, days), amountFen: String(amount) };
    });
  }
  const entered = await enterContract(assistant, contractId, {
    signedOn,
    ...(instalments ? { instalments } : {}),
  });
  // AR-1: a split beyond the collection period was agreed by the manager and finance first.
  if (entered.status === 'plan_review') await tl.approveAll('signing_plan', contractId);
}

/** Q2C-10: the order runs through production, shipment(s), delivery, documents and acceptance. */
function bookOrder(
  tl: DemoTimeline,
  cat: Catalogue,
  d: DealSpec,
  state: { contractId: string; orderId: string },
) {
  const S = d.signedDaysAgo;
  const goal = d.order!;
  const steps = ['production', 'partially_shipped', 'shipped', 'delivered', 'accepted'];
  const reach = (s: string) => steps.indexOf(goal) >= steps.indexOf(s);
  const lineIds: { id: string; quantity: number }[] = [];
  tl.at(S - 1, 0, async () => {
    const rep = await tl.ctx(d.owner);
    const order = await createOrder(rep, {
      contractId: state.contractId,
      expectedShipDate: addLocalDays(tl.today(), 10),
      remark: null,
      lines: d.lines.map(([code, quantity]) => {
        const p = cat.product(code);
        return { productId: p.id, productName: p.name, unit: p.unit, quantity };
      }),
    });
    state.orderId = order.id;
    for (const l of order.lines) lineIds.push({ id: l.id, quantity: l.quantity });
  });
  if (reach('partially_shipped')) {
    tl.at(S - 8, 0, async () => {
      const rep = await tl.ctx(d.owner);
      const partial = !reach('shipped');
      await recordShipment(rep, state.orderId, {
        shippedOn: tl.today(),
        carrier: '德邦物流',
        trackingNo: `DB${state.orderId.slice(0, 8).toUpperCase()}`,
        note: partial ? '首批发货，余货待生产完成' : null,
        lines: lineIds
          .map((l, i) => ({
            orderLineId: l.id,
            quantity: partial ? (i === 0 ? Math.max(1, Math.floor(l.quantity / 2)) : 0) : l.quantity,
          }))
          .filter((l) => l.quantity > 0),
      });
    });
  }
  if (reach('delivered')) {
    tl.at(S - 11, 0, async () => {
      const rep = await tl.ctx(d.owner);
      await deliverOrder(rep, state.orderId);
      const kinds = reach('accepted') ? deliveryDocumentKinds : deliveryDocumentKinds.slice(0, 2);
      for (const kind of kinds) await setDeliveryDocument(rep, state.orderId, kind, true);
    });
  }
  if (reach('accepted')) {
    tl.at(S - 13, 0, async () => {
      await acceptOrder(await tl.ctx(d.owner), state.orderId);
    });
  }
}

/** AR-2/AR-4: the rep records the money (with the bank slip); finance confirms it a day later. */
function bookPayment(
  tl: DemoTimeline,
  cat: Catalogue,
  d: DealSpec,
  p: PaymentSpec,
  state: { contractId: string },
) {
  let paymentId = '';
  tl.at(p.daysAgo, 1, async () => {
    const rep = await tl.ctx(d.owner);
    const payment = await recordPayment(rep, {
      customerId: cat.customer(d.customer),
      contractId: state.contractId,
      method: p.method,
      amountFen: fen(p.yuan),
      receivedOn: tl.today(),
      payer: d.customer,
      voucherNo: p.method === 'cash' ? null : `HD${tl.today().replaceAll('-', '')}${p.yuan}`,
      remark: null,
    });
    paymentId = payment.id;
    if (p.method === 'bank_transfer') {
      await addAttachment(rep, paymentFiles, paymentId, {
        ...pdf('银行回单'),
        fields: { purpose: 'remittance_slip' },
      });
    }
  });
  if (p.confirmed) {
    tl.at(p.daysAgo - 1, 2, async () => {
      await confirmPayment(await tl.ctx('finance'), paymentId);
    });
  }
}

/** Q2C-8: a supplementary agreement adds to the signed contract (one more instalment, AR-1). */
function bookSupplement(tl: DemoTimeline, d: DealSpec, state: { contractId: string }) {
  const s = d.supplement!;
  let id = '';
  tl.at(s.daysAgo, 0, async () => {
    const rep = await tl.ctx(d.owner);
    const c = await createContract(rep, {
      kind: 'supplement',
      mainContractId: state.contractId,
      deltaFen: fen(s.deltaYuan),
      title: s.title,
      remark: null,
    });
    id = c.id;
    tl.later(60);
    await submitContract(rep, id);
    await tl.approveAll(CONTRACT, id);
  });
  tl.at(s.daysAgo - 1, 0, () => enter(tl, { ...d, split: undefined }, id));
  tl.at(s.daysAgo - 1, 3, async () => {
    await verifyContract(await tl.ctx('finance'), id);
  });
}

/**
 * The money loop of the demo company (Q2C, AR): quotes in every state, contracts from draft to
 * signed with their plans, orders from production to acceptance, payments confirmed and pending,
 * invoices, one supplement and one return, for six reps in both regions, over about five months.
 * Everything goes through the use cases with the acting demo user (audit, timeline, notices,
 * approvals included). Needs the demo customers and products; does nothing if contracts exist.
 */
export async function loadDemoMoney(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const [any] = await db.select({ id: contracts.id }).from(contracts).limit(1);
  if (any) return;
  // The deals need the demo customers (loaded on a new installation only, not in tests).
  const [customer] = await db.select({ id: customers.id }).from(customers).limit(1);
  if (!customer) return;
  const cat = await catalogue(db);
  const tl = await DemoTimeline.start(db, clock);
  for (const [i, d] of deals.entries()) bookDeal(tl, cat, d, i + 1);
  for (const q of openQuotes) bookQuote(tl, cat, q, q.daysAgo);
  await tl.run();
}
