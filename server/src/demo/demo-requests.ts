import type { Db } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import { createGeneralRequest } from '../modules/requests/create-request.js';
import { GENERAL_REQUEST } from '../modules/requests/flow.js';
import { loadActor } from '../platform/access/actor.js';
import { submitForApproval } from '../platform/approvals/transitions.js';
import type { Clock } from '../platform/clock.js';
import { type Ctx, inTx } from '../platform/context.js';
import { userIdByUsername } from './load-demo.js';

const samples = [
  {
    by: 'rep01',
    title: '华东建材展展位费',
    content: '申请参加 4 月华东建材展，展位费及搭建费用。',
    amountFen: '800000',
  },
  { by: 'rep02', title: '重点客户答谢宴', content: '季度重点客户答谢宴，预计 12 人。', amountFen: '1500000' },
];

/**
 * Two general requests submitted by reps, so that a supervisor (sup_east1) finds work in
 * 我的审批 and the to-do badge on a fresh demo. Written through the same use cases as the UI.
 */
export async function loadDemoRequests(db: Db, clock: Clock): Promise<void> {
  loadModules();
  for (const s of samples) {
    const actor = await loadActor(db, await userIdByUsername(db, s.by));
    const ctx: Ctx = { db, clock, actor, requestId: 'demo-load', ip: null, userAgent: null, lang: 'zh-CN' };
    const request = await createGeneralRequest(ctx, {
      title: s.title,
      content: s.content,
      amountFen: s.amountFen,
    });
    await inTx(ctx, (tx) => submitForApproval(tx, ctx, { docType: GENERAL_REQUEST, docId: request.id }));
  }
}
