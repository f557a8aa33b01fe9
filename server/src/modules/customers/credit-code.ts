/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S,
 * V, Z); the last is a check character over the first 17 with fixed weights, modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normaliseCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

export function isValidCreditCode(raw: string): boolean {
  const code = normaliseCreditCode(raw);
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(code.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET.charAt(check) === code.charAt(17);
}
