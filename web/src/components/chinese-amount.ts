/**
 * Q2C-3: an amount in Chinese financial capitals (大写金额) for printed quotes and contracts,
 * e.g. 1 200 000 fen → 壹万贰仟元整, 123 456 fen → 壹仟贰佰叁拾肆元伍角陆分.
 *
 * Rules (as written on cheques and invoices): 拾 is always preceded by its digit (壹拾);
 * one 零 stands for any run of zeros inside the number, none at its end; a zero 万 group
 * between 亿 and the rest is a 零 (壹亿零伍佰元整); whole yuan end in 整; zero jiao before
 * fen is 零 (壹元零伍分); under one yuan there is no 元 (伍角陆分); zero is 零元整; a
 * negative amount starts with 负. Integer arithmetic only (bigint): no float touches money.
 */

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const PLACES = ['', '拾', '佰', '仟'];
const WAN = 10_000n;
const YI = 100_000_000n;

/** 1 … 9999 → 壹仟零伍拾 (inner zeros as one 零, trailing zeros dropped). */
function group(n: bigint): string {
  const digits = n.toString().padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += DIGITS[0];
    zero = false;
    out += DIGITS[d]! + PLACES[3 - i]!;
  }
  return out;
}

/** A whole number > 0 in capitals with 万 and 亿 (万亿 for the largest amounts). */
function whole(n: bigint): string {
  if (n >= YI) {
    const low = n % YI;
    return `${whole(n / YI)}亿${low === 0n ? '' : (low < YI / 10n ? DIGITS[0] : '') + whole(low)}`;
  }
  if (n >= WAN) {
    const low = n % WAN;
    return `${group(n / WAN)}万${low === 0n ? '' : (low < 1000n ? DIGITS[0] : '') + group(low)}`;
  }
  return group(n);
}

function toFen(amount: bigint | string): bigint | null {
  if (typeof amount === 'bigint') return amount;
  const text = amount.trim();
  return /^-?\d{1,18}$/.test(text) ? BigInt(text) : null;
}

/** Fen (bigint, or a string of digits as the API sends it) → 大写金额; not an amount → ''. */
export function chineseAmount(amount: bigint | string): string {
  const fen = toFen(amount);
  if (fen === null) return '';
  if (fen < 0n) return `负${chineseAmount(-fen)}`;
  const yuan = fen / 100n;
  const jiao = Number((fen / 10n) % 10n);
  const cents = Number(fen % 10n);
  if (fen === 0n) return '零元整';
  const small = (jiao ? `${DIGITS[jiao]!}角` : '') + (cents ? `${DIGITS[cents]!}分` : '');
  if (yuan === 0n) return small;
  const head = `${whole(yuan)}元`;
  if (!jiao && !cents) return `${head}整`;
  if (!jiao) return `${head}零${small}`;
  return head + small;
}
