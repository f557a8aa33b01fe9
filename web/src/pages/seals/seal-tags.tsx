import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TSealRequestStatus, TSealStatus } from '../../api/types';

const sealColor: Record<TSealStatus, string> = {
  in_custody: 'success',
  checked_out: 'warning',
  retired: 'default',
};
const requestColor: Record<TSealRequestStatus, string> = {
  draft: 'default',
  reviewing: 'processing',
  approved: 'cyan',
  rejected: 'error',
  checked_out: 'warning',
  returned: 'success',
};

export function SealStatusTag({ status }: { status: TSealStatus }) {
  const { t } = useTranslation();
  return <Tag color={sealColor[status]}>{t(`seals.statuses.${status}`)}</Tag>;
}

export function SealRequestStatusTag({ status }: { status: TSealRequestStatus }) {
  const { t } = useTranslation();
  return <Tag color={requestColor[status]}>{t(`seals.requestStatuses.${status}`)}</Tag>;
}

/** The kinds of seal a company keeps; the register stores the code, the screen shows its name. */
export const SEAL_KINDS = ['company', 'contract', 'finance', 'invoice', 'legal'] as const;

/** A seal's kind in the UI language; a kind typed in before the list existed shows as it was typed. */
export function sealKindLabel(t: TFunction, kind: string): string {
  return (SEAL_KINDS as readonly string[]).includes(kind) ? t(`seals.kinds.${kind}`) : kind;
}
