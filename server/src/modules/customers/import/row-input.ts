import type { z } from 'zod';
import { splitList, yuanToFen } from '../../../platform/imports/cells.js';
import type { ImportRow } from '../../../platform/imports/columns.js';
import type { RowError } from '../../../platform/imports/kinds.js';
import { issueLocalized } from '../../../platform/validation-issues.js';
import { type CustomerCreateInput, ZCustomerCreate } from '../schemas.js';
import { customerSourceFrom, customerTypeFrom, sourceChoices, typeChoices } from './columns.js';

/** The column a field of ZCustomerCreate comes from. */
const columnOf: Record<string, string> = {
  creditLimitFen: 'creditLimit',
  'contact.name': 'contactName',
  'contact.phones': 'contactPhone',
  'contact.title': 'contactTitle',
  'contact.email': 'contactEmail',
  contact: 'contactName',
};

function fieldOf(path: PropertyKey[]): string {
  const [first, second] = path.map(String);
  if (first === 'contact') return columnOf[second ? `contact.${second}` : 'contact'] ?? 'contactName';
  return columnOf[first ?? ''] ?? first ?? 'name';
}

const blankToUndefined = (v: string) => (v === '' ? undefined : v);

/**
 * One spreadsheet row as a customer to create, validated by the same schema as the create form
 * (credit-code checksum, phone, e-mail, lengths); type and source also by their Chinese or
 * English labels; the credit limit typed in yuan becomes fen exactly. Returns the input, or the
 * row's errors by column.
 */
export function customerInputFromRow(
  row: ImportRow,
  opts: { maySetCredit: boolean },
): { input: Omit<CustomerCreateInput, 'ownerId'>; errors: [] } | { input: null; errors: RowError[] } {
  const v = row.values;
  const errors: RowError[] = [];
  const type = v.type ? customerTypeFrom(v.type) : 'potential';
  if (!type) {
    errors.push({
      field: 'type',
      reason: { 'zh-CN': `类型须为：${typeChoices['zh-CN']}`, en: `Type must be one of: ${typeChoices.en}` },
    });
  }
  const source = v.source ? customerSourceFrom(v.source) : 'other';
  if (!source) {
    errors.push({
      field: 'source',
      reason: {
        'zh-CN': `来源须为：${sourceChoices['zh-CN']}`,
        en: `Source must be one of: ${sourceChoices.en}`,
      },
    });
  }
  const creditLimitFen = yuanToFen(v.creditLimit ?? '');
  if (creditLimitFen === undefined) {
    errors.push({
      field: 'creditLimit',
      reason: {
        'zh-CN': '信用额度须为以元为单位的金额，最多两位小数（如 50000 或 12345.60）',
        en: 'Credit limit must be an amount in yuan with at most two decimals (e.g. 50000 or 12345.60)',
      },
    });
  }
  // CUS-9: credit limit and rating come only from someone who may set them.
  if (!opts.maySetCredit) {
    for (const field of ['creditLimit', 'creditRating'] as const) {
      if (v[field]) {
        errors.push({
          field,
          reason: {
            'zh-CN': '信用额度和信用评级由财务或销售总监设定，请留空',
            en: 'Credit limit and rating are set by finance or the sales director; leave them blank',
          },
        });
      }
    }
  }
  const contactGiven = [v.contactName, v.contactPhone, v.contactTitle, v.contactEmail].some((c) => c);
  const candidate = {
    name: v.name ?? '',
    creditCode: blankToUndefined(v.creditCode ?? ''),
    industry: blankToUndefined(v.industry ?? ''),
    type: type ?? 'potential',
    level: v.level ?? '',
    source: source ?? 'other',
    phone: blankToUndefined(v.phone ?? ''),
    address: blankToUndefined(v.address ?? ''),
    website: blankToUndefined(v.website ?? ''),
    creditLimitFen: creditLimitFen ?? undefined,
    creditRating: blankToUndefined(v.creditRating ?? ''),
    tags: splitList(v.tags ?? ''),
    ...(contactGiven
      ? {
          contact: {
            name: v.contactName ?? '',
            phones: splitList(v.contactPhone ?? ''),
            title: blankToUndefined(v.contactTitle ?? ''),
            email: blankToUndefined(v.contactEmail ?? ''),
          },
        }
      : {}),
  } satisfies z.input<typeof ZCustomerCreate>;
  const parsed = ZCustomerCreate.safeParse(candidate);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      if (seen.has(field)) continue;
      seen.add(field);
      errors.push({ field, reason: issueLocalized(issue) });
    }
  }
  if (errors.length > 0 || !parsed.success) return { input: null, errors };
  const { ownerId: _ownerId, ...input } = parsed.data;
  return { input, errors: [] };
}
