import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../i18n/labels';
import type { TStanding } from './hooks';

const colours: Record<TStanding, string> = {
  ahead: 'green',
  on_track: 'blue',
  behind: 'red',
  no_target: 'default',
};

/** PLAN-6: ahead / on track / behind against the pace, or no target. */
export function StandingTag({ standing }: { standing: TStanding }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[standing]} data-testid={`standing-${standing}`}>
      {enumLabel(t, 'standing', standing)}
    </Tag>
  );
}
