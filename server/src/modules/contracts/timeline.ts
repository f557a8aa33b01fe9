import type { Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { CUSTOMER_SUBJECT } from '../customers/index.js';
import type { ContractRow } from './scope.js';

const kindLabel = {
  intent: { 'zh-CN': '意向书', en: 'Letter of intent' },
  main: { 'zh-CN': '合同', en: 'Contract' },
  supplement: { 'zh-CN': '补充协议', en: 'Supplement' },
} as const;

const what = {
  created: { 'zh-CN': '已起草', en: 'drafted' },
  submitted: { 'zh-CN': '已提交审批', en: 'submitted for approval' },
  approved: { 'zh-CN': '审批通过', en: 'approved' },
  rejected: { 'zh-CN': '审批驳回', en: 'rejected' },
  entered: { 'zh-CN': '已录入签约信息', en: 'signing data entered' },
  planReview: {
    'zh-CN': '回款计划超出回款期限，已提交审批',
    en: 'payment plan beyond the collection period sent for approval',
  },
  planApproved: { 'zh-CN': '回款计划审批通过，待复核', en: 'payment plan approved, awaiting verification' },
  planRejected: { 'zh-CN': '回款计划被驳回，待重新录入', en: 'payment plan rejected, to be entered again' },
  signed: { 'zh-CN': '已签订（复核完成）', en: 'signed (entry verified)' },
} as const;

export type ContractEvent = keyof typeof what;

/** CUS-1: what happens to a contract shows on its customer's timeline (kind `contract.<event>`). */
export async function contractTimelineEvent(
  tx: Tx,
  ctx: Ctx,
  contract: Pick<ContractRow, 'id' | 'number' | 'kind' | 'customerId' | 'title' | 'amountFen' | 'deltaFen'>,
  event: ContractEvent,
) {
  const label = kindLabel[contract.kind];
  await addTimelineEvent(tx, ctx, {
    subjectType: CUSTOMER_SUBJECT,
    subjectId: contract.customerId,
    kind: contract.kind === 'supplement' && event === 'signed' ? 'contract.supplement' : `contract.${event}`,
    summary: {
      'zh-CN': `${label['zh-CN']} ${contract.number}「${contract.title}」${what[event]['zh-CN']}`,
      en: `${label.en} ${contract.number} "${contract.title}" ${what[event].en}`,
    },
    refType: 'contract',
    refId: contract.id,
    data: {
      kind: contract.kind,
      amountFen: String(contract.amountFen),
      deltaFen: contract.deltaFen === null ? null : String(contract.deltaFen),
    },
  });
}
