/**
 * INC-1: the commission of one person and period, as a pure function of the target, the plan
 * (method, tiers, cap) and the period's basis records in order (date, then number). No database,
 * no clock: the statement use case reads the records and stores what this returns.
 *
 * - marginal (分段累进): the records fill the attainment line in order; each record is sliced at
 *   the tier boundaries (target × fromBp / 10000) and each slice earns its own tier's rate. A
 *   negative record (a reversal netting off in the same period) unwinds from the top.
 * - retroactive (全额累进): every record earns the rate of the tier the period's total reached.
 * - no target in force: every record earns the first tier's rate (the statement says so).
 * - a record with its own rate (a product category's rate) earns that rate and still counts
 *   toward the attainment.
 *
 * Rounding: amounts are computed exactly in fen × 1/10000 and each line is the difference of the
 * rounded running totals (round half up, away from zero), so the lines always add up to the
 * rounded exact commission and splitting the same money into other records never changes it.
 */
export type CommissionMethod = 'marginal' | 'retroactive';

export interface Tier {
  /** Attainment (basis points of target) from which the tier applies: 0, 5000, 10000 … */
  fromBp: number;
  /** Rate in basis points: 500 = 5%. */
  rateBp: number;
}

export interface BasisRecord {
  key: string;
  amountFen: bigint;
  /** A rate of its own (product category, signed basis), outside the tiers. */
  rateBp?: number | null;
}

export interface CalcLine {
  key: string;
  basisFen: bigint;
  /** The tier index the slice fell in; null for a record at its own rate. */
  tierIndex: number | null;
  rateBp: number;
  amountFen: bigint;
}

export interface CalcInput {
  targetFen: bigint | null;
  method: CommissionMethod;
  tiers: readonly Tier[];
  capFen?: bigint | null;
  records: readonly BasisRecord[];
}

export interface CalcResult {
  lines: CalcLine[];
  /** Negative or zero: what the cap takes off the lines' sum. */
  capAdjustFen: bigint;
  basisFen: bigint;
  /** Basis over target in basis points (floor); null without a target. */
  attainmentBp: number | null;
  /** The tier the period's total reached. */
  reachedTier: number;
  commissionFen: bigint;
}

const SCALE = 10_000n;

/** round half up (away from zero) of n / SCALE. */
export function roundScaled(n: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (a + SCALE / 2n) / SCALE;
  return neg ? -q : q;
}

/** round half up (away from zero) of basis × rateBp / 10000, in fen. */
export const lineAmount = (basisFen: bigint, rateBp: number) => roundScaled(basisFen * BigInt(rateBp));

/** The tier boundaries in fen for a target (tier i starts at bounds[i]; tier 0 from −∞). */
export function tierBounds(targetFen: bigint, tiers: readonly Tier[]): bigint[] {
  return tiers.map((t) => (targetFen * BigInt(t.fromBp)) / SCALE);
}

/** The index of the tier a total falls in. */
export function tierOf(totalFen: bigint, bounds: readonly bigint[]): number {
  let idx = 0;
  for (let i = 1; i < bounds.length; i++) if (totalFen >= bounds[i]!) idx = i;
  return idx;
}

/** The slices of the interval [lo, hi) (lo < hi) across the tiers: [tier, length]. */
function slicesOf(lo: bigint, hi: bigint, bounds: readonly bigint[]): [number, bigint][] {
  const out: [number, bigint][] = [];
  for (let i = 0; i < bounds.length; i++) {
    const start = i === 0 ? lo : bounds[i]! > lo ? bounds[i]! : lo;
    const end = i + 1 < bounds.length ? (bounds[i + 1]! < hi ? bounds[i + 1]! : hi) : hi;
    if (i > 0 && bounds[i]! >= hi) break;
    if (end > start) out.push([i, end - start]);
  }
  return out;
}

/** Lines at exact amounts (scaled), before rounding. */
interface RawLine extends Omit<CalcLine, 'amountFen'> {
  exact: bigint;
}

function marginalLines(records: readonly BasisRecord[], tiers: readonly Tier[], bounds: bigint[]) {
  const out: RawLine[] = [];
  let pos = 0n;
  for (const r of records) {
    const next = pos + r.amountFen;
    if (r.rateBp != null) {
      out.push({
        key: r.key,
        basisFen: r.amountFen,
        tierIndex: null,
        rateBp: r.rateBp,
        exact: r.amountFen * BigInt(r.rateBp),
      });
    } else if (r.amountFen > 0n) {
      for (const [i, len] of slicesOf(pos, next, bounds)) {
        out.push({
          key: r.key,
          basisFen: len,
          tierIndex: i,
          rateBp: tiers[i]!.rateBp,
          exact: len * BigInt(tiers[i]!.rateBp),
        });
      }
    } else if (r.amountFen < 0n) {
      // A reversal in the same period unwinds from the top: highest slice first.
      for (const [i, len] of slicesOf(next, pos, bounds).reverse()) {
        out.push({
          key: r.key,
          basisFen: -len,
          tierIndex: i,
          rateBp: tiers[i]!.rateBp,
          exact: -len * BigInt(tiers[i]!.rateBp),
        });
      }
    }
    pos = next;
  }
  return out;
}

/** Rounds the running total so the lines add up to the rounded exact sum. */
export function roundLines<T extends { exact: bigint }>(
  raw: readonly T[],
): (Omit<T, 'exact'> & { amountFen: bigint })[] {
  let cum = 0n;
  let paid = 0n;
  return raw.map(({ exact, ...rest }) => {
    cum += exact;
    const upTo = roundScaled(cum);
    const amountFen = upTo - paid;
    paid = upTo;
    return { ...rest, amountFen };
  });
}

/** INC-1: the commission and its lines (see the file's head). */
export function calcCommission(input: CalcInput): CalcResult {
  if (input.tiers.length === 0) throw new Error('a plan has at least one tier');
  const basisFen = input.records.reduce((s, r) => s + r.amountFen, 0n);
  const target = input.targetFen != null && input.targetFen > 0n ? input.targetFen : null;
  let raw: RawLine[];
  let reachedTier = 0;
  if (target === null) {
    const rate = input.tiers[0]!.rateBp;
    raw = input.records
      .filter((r) => r.amountFen !== 0n)
      .map((r) => {
        const rateBp = r.rateBp ?? rate;
        return {
          key: r.key,
          basisFen: r.amountFen,
          tierIndex: r.rateBp != null ? null : 0,
          rateBp,
          exact: r.amountFen * BigInt(rateBp),
        };
      });
  } else {
    const bounds = tierBounds(target, input.tiers);
    reachedTier = tierOf(basisFen, bounds);
    if (input.method === 'marginal') raw = marginalLines(input.records, input.tiers, bounds);
    else {
      const rate = input.tiers[reachedTier]!.rateBp;
      raw = input.records
        .filter((r) => r.amountFen !== 0n)
        .map((r) => {
          const own = r.rateBp != null;
          const rateBp = own ? r.rateBp! : rate;
          return {
            key: r.key,
            basisFen: r.amountFen,
            tierIndex: own ? null : reachedTier,
            rateBp,
            exact: r.amountFen * BigInt(rateBp),
          };
        });
    }
  }
  const lines = roundLines(raw);
  const sum = lines.reduce((s, l) => s + l.amountFen, 0n);
  const cap = input.capFen ?? null;
  const capAdjustFen = cap !== null && sum > cap ? cap - sum : 0n;
  return {
    lines,
    capAdjustFen,
    basisFen,
    attainmentBp: target === null ? null : Number((basisFen * SCALE) / target),
    reachedTier,
    commissionFen: sum + capAdjustFen,
  };
}

export interface EarnedSlice {
  basisFen: bigint;
  tierIndex: number | null;
  rateBp: number;
}

/**
 * INC-1: money reversed after its statement: the reversed amount is taken back at the rates the
 * original's lines earned, highest rate first (the slice earned last goes first). Lines of
 * negative amounts; what exceeds the original's lines takes nothing.
 */
export function clawbackSlices(
  reversedFen: bigint,
  earned: readonly EarnedSlice[],
): (EarnedSlice & { amountFen: bigint })[] {
  let left = reversedFen < 0n ? -reversedFen : reversedFen;
  const raw: (EarnedSlice & { exact: bigint })[] = [];
  const order = [...earned].filter((e) => e.basisFen > 0n).sort((a, b) => b.rateBp - a.rateBp);
  for (const e of order) {
    if (left <= 0n) break;
    const take = e.basisFen < left ? e.basisFen : left;
    raw.push({ basisFen: -take, tierIndex: e.tierIndex, rateBp: e.rateBp, exact: -take * BigInt(e.rateBp) });
    left -= take;
  }
  return roundLines(raw);
}
