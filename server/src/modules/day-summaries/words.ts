import type { Localized } from '../../platform/i18n/lang.js';
import type { SummaryContent } from './tables.js';

const orderStatus: Record<string, Localized> = {
  production: { 'zh-CN': '生产中', en: 'in production' },
  partially_shipped: { 'zh-CN': '部分发货', en: 'partially shipped' },
  shipped: { 'zh-CN': '已发货', en: 'shipped' },
  delivered: { 'zh-CN': '已送达', en: 'delivered' },
  accepted: { 'zh-CN': '已验收', en: 'accepted' },
};

/** OPS-3: the summary as the mail's text, in one language. */
function text(c: SummaryContent, remarks: string, lang: 'zh-CN' | 'en'): string {
  const zh = lang === 'zh-CN';
  const lines: string[] = [];
  if (remarks) lines.push(zh ? '助理说明：' : 'Assistant’s remarks:', remarks, '');
  lines.push(zh ? `一、当天订单（${c.orders.length}）` : `1. Orders of the day (${c.orders.length})`);
  if (c.orders.length === 0) lines.push(zh ? '  无' : '  none');
  for (const o of c.orders) {
    lines.push(`  ${o.number}  ${o.customer}  ${o.owner}  ${orderStatus[o.status]?.[lang] ?? ''}`);
  }
  lines.push('', zh ? '二、意见与问题' : '2. Opinions and problems');
  const said = c.logs.filter((l) => !l.missing && (l.customerOpinions || l.problems));
  if (said.length === 0) lines.push(zh ? '  无' : '  none');
  for (const l of said) {
    if (l.customerOpinions)
      lines.push(`  ${l.name}（${zh ? '客户意见' : 'customers'}）：${l.customerOpinions}`);
    if (l.problems) lines.push(`  ${l.name}（${zh ? '问题' : 'problems'}）：${l.problems}`);
  }
  lines.push('', zh ? '三、工作日志' : '3. Work logs');
  for (const l of c.logs) {
    if (l.missing) lines.push(`  ${l.name}（${l.unit}）：${zh ? '未提交' : 'not submitted'}`);
    else
      lines.push(
        `  ${l.name}（${l.unit}）：${l.done}${l.tomorrowPlan ? ` / ${zh ? '明日' : 'tomorrow'}：${l.tomorrowPlan}` : ''}`,
      );
  }
  return lines.join('\n');
}

/** OPS-3: the summary in both languages (each recipient reads theirs). */
export function summaryText(c: SummaryContent, remarks: string): Localized {
  return { 'zh-CN': text(c, remarks, 'zh-CN'), en: text(c, remarks, 'en') };
}
