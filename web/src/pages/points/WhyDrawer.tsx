import { Descriptions, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/company-time';
import { formatFenText } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import type { TPointsEntry } from './hooks';
import { kindText, refTypeText } from './words';

/** The memo fields a person reads, in order, with how each value is shown. */
const fields: { key: string; show?: 'money' | 'date' | 'policy' | 'validity' }[] = [
  { key: 'basis' },
  { key: 'amountFen', show: 'money' },
  { key: 'ratio' },
  { key: 'ratioPolicy', show: 'policy' },
  { key: 'period' },
  { key: 'actual', show: 'money' },
  { key: 'target', show: 'money' },
  { key: 'completionPct' },
  { key: 'satisfactionPct' },
  { key: 'threshold' },
  { key: 'policy', show: 'policy' },
  { key: 'policyPoints' },
  { key: 'points' },
  { key: 'reason' },
  { key: 'validity', show: 'validity' },
  { key: 'expiresAt', show: 'date' },
  { key: 'awarded' },
  { key: 'takenBack' },
  { key: 'shortfall' },
];

/**
 * INC-5/"why this number": an entry of a person's points — what moved them, the record behind it
 * and the figures and company policies (with their values then) the award used.
 */
export function WhyDrawer({ entry, onClose }: { entry: TPointsEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const why = entry?.why ?? {};
  const shown = (key: string, show: (typeof fields)[number]['show'], value: unknown): string => {
    if (show === 'money') return formatFenText(String(value));
    if (show === 'date') return formatDateTime(String(value));
    if (show === 'policy')
      return t(`points.policies.${String(value).replace(/^points\./, '')}`, {
        defaultValue: t('points.why.policy'),
      });
    if (show === 'validity') {
      const v = value as { months?: number };
      return t('points.why.months', { count: v.months ?? 0 });
    }
    if (key === 'basis') return t(`points.basis.${String(value)}`);
    if (key === 'completionPct' || key === 'satisfactionPct' || key === 'threshold')
      return `${String(value)}%`;
    return String(value);
  };
  return (
    <Drawer
      open={entry !== null}
      onClose={onClose}
      title={t('points.why.title')}
      size={phone ? '100%' : 'large'}
      data-testid="points-why"
    >
      {entry && (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('points.fields.kind')}>{kindText(t, entry.kind)}</Descriptions.Item>
          <Descriptions.Item label={t('points.fields.amount')}>
            <Typography.Text strong data-testid="points-why-amount">
              {BigInt(entry.amount) > 0n ? `+${entry.amount}` : entry.amount}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('points.fields.at')}>{formatDateTime(entry.at)}</Descriptions.Item>
          {entry.expiresAt && (
            <Descriptions.Item label={t('points.fields.expiresAt')}>
              {formatDateTime(entry.expiresAt)}
            </Descriptions.Item>
          )}
          {entry.ref && (
            <Descriptions.Item label={t('points.fields.ref')}>
              {entry.ref.link ? (
                <Link to={entry.ref.link} data-testid="points-why-ref">
                  {refTypeText(t, entry.ref.type)} {entry.ref.label ?? ''}
                </Link>
              ) : (
                `${refTypeText(t, entry.ref.type)} ${entry.ref.label ?? ''}`
              )}
            </Descriptions.Item>
          )}
          {entry.by && <Descriptions.Item label={t('points.fields.by')}>{entry.by}</Descriptions.Item>}
          {fields
            .filter((f) => why[f.key] !== undefined && why[f.key] !== null)
            .map((f) => (
              <Descriptions.Item key={f.key} label={t(`points.why.${f.key}`)}>
                {shown(f.key, f.show, why[f.key])}
              </Descriptions.Item>
            ))}
        </Descriptions>
      )}
    </Drawer>
  );
}
