import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFenText } from '../../components/format';
import { enumLabel } from '../../i18n/labels';
import { rateText, type TStatement } from './hooks';

/**
 * INC-1 "为什么是这个数": how the statement's number was reached, in words — the basis policy,
 * the target, the method over the tiers, the cap, the clawbacks and carried amounts, the rule for
 * a missing target — from what the statement stored when it was generated.
 */
export function WhyThisNumber({ s }: { s: TStatement }) {
  const { t } = useTranslation();
  const w = s.why;
  const tiers = w.tiers.map((x) => `${rateText(x.fromBp)} → ${rateText(x.rateBp)}`).join('；');
  const sum = (kind: string) =>
    s.lines.filter((l) => l.kind === kind).reduce((acc, l) => acc + BigInt(l.amountFen), 0n);
  const clawed = sum('clawback');
  const earned = sum('commission');
  const points = [
    t('commission.why.basis', { basis: enumLabel(t, 'basis', w.basis) }),
    w.noTarget
      ? t('commission.why.noTarget', { rate: rateText(w.tiers[0]?.rateBp) })
      : t('commission.why.target', {
          target: formatFenText(s.targetFen),
          basis: formatFenText(s.basisFen),
          attainment: `${((s.attainmentBp ?? 0) / 100).toFixed(1)}%`,
        }),
    t(`commission.why.${w.method}`, { tiers }),
    t('commission.why.earned', { amount: formatFenText(earned.toString()) }),
    ...(w.capFen ? [t('commission.why.cap', { cap: formatFenText(w.capFen) })] : []),
    ...(clawed !== 0n ? [t('commission.why.clawback', { amount: formatFenText(clawed.toString()) })] : []),
    ...(w.carriedFen ? [t('commission.why.carried', { amount: formatFenText(w.carriedFen) })] : []),
    ...(w.trueUp !== 'none' ? [t('commission.why.trueUp', { kind: enumLabel(t, 'trueUp', w.trueUp) })] : []),
    ...(w.categoryRates.length > 0 ? [t('commission.categoryHelp')] : []),
    t('commission.why.rounding'),
    t('commission.why.total', { amount: formatFenText(s.commissionFen) }),
  ];
  return (
    <Alert
      type="info"
      showIcon
      data-testid="why-this-number"
      message={t('commission.why.title')}
      description={
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {points.map((p) => (
            <li key={p}>
              <Typography.Text>{p}</Typography.Text>
            </li>
          ))}
        </ol>
      }
    />
  );
}
