import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  TCustomerLifecycle,
  TCustomerSource,
  TCustomerType,
  TFollowUpKind,
  TGender,
} from '../../api/types';

/** CUS-3: customer kinds, with a colour each (a Record, so a new kind on the server fails the build here). */
const typeColors: Record<TCustomerType, string> = {
  existing: 'green',
  target: 'blue',
  potential: 'cyan',
  peer: 'purple',
  distributor: 'gold',
  agent: 'orange',
};
export const customerTypes = Object.keys(typeColors) as TCustomerType[];

/** CUS-4: where the customer came from. */
const sourceOrder: Record<TCustomerSource, number> = {
  phone: 1,
  web: 2,
  visit: 3,
  exhibition: 4,
  referral: 5,
  inquiry: 6,
  other: 7,
};
export const customerSources = Object.keys(sourceOrder) as TCustomerSource[];

/** CUS-8: how a follow-up happened; service (CUS-5) is logged on its own. */
const followUpKindOrder: Record<Exclude<TFollowUpKind, 'service'>, number> = {
  phone: 1,
  visit: 2,
  wechat: 3,
  email: 4,
  meeting: 5,
};
export const followUpKinds = Object.keys(followUpKindOrder) as Exclude<TFollowUpKind, 'service'>[];

const genderOrder: Record<TGender, number> = { male: 1, female: 2, unknown: 3 };
export const genders = Object.keys(genderOrder) as TGender[];

export function CustomerTypeTag({ type }: { type: TCustomerType }) {
  const { t } = useTranslation();
  return <Tag color={typeColors[type]}>{t(`customers.types.${type}`)}</Tag>;
}

/** Levels come from a policy (A/B/C …, most valuable first): the first ones stand out. */
export function LevelTag({ level, levels }: { level: string; levels?: string[] }) {
  const rank = levels?.indexOf(level) ?? -1;
  const color = rank === 0 ? 'red' : rank === 1 ? 'volcano' : rank === 2 ? 'gold' : 'default';
  return (
    <Tag color={color} data-testid="customer-level">
      {level}
    </Tag>
  );
}

export function LifecycleTag({ lifecycle }: { lifecycle: TCustomerLifecycle }) {
  const { t } = useTranslation();
  return (
    <Tag color={lifecycle === 'customer' ? 'green' : 'default'}>{t(`customers.lifecycles.${lifecycle}`)}</Tag>
  );
}
