import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TInquiryChannel, TInquiryStatus } from '../../api/types';

/** CUS-2: how the first contact came in (a Record, so a new channel on the server fails the build here). */
const channelOrder: Record<TInquiryChannel, number> = {
  phone: 1,
  web: 2,
  visit: 3,
  exhibition: 4,
  referral: 5,
  other: 6,
};
export const inquiryChannels = Object.keys(channelOrder) as TInquiryChannel[];

const statusColors: Record<TInquiryStatus, string> = { new: 'blue', lead: 'green', linked: 'purple' };
export const inquiryStatuses = Object.keys(statusColors) as TInquiryStatus[];

export function InquiryStatusTag({ status }: { status: TInquiryStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`inquiries.statuses.${status}`)}</Tag>;
}
