import {
  CarOutlined,
  ClockCircleOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  EditOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  ImportOutlined,
  MailOutlined,
  MoneyCollectOutlined,
  PaperClipOutlined,
  PhoneOutlined,
  RollbackOutlined,
  ShoppingCartOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
  UserAddOutlined,
  WechatOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

/** What a timeline event looks like, from its `area.event` kind (and a follow-up's channel). */
export type TimelineLook =
  | 'phone'
  | 'visit'
  | 'wechat'
  | 'email'
  | 'meeting'
  | 'service'
  | 'created'
  | 'imported'
  | 'updated'
  | 'contact'
  | 'attachment'
  | 'ownership'
  | 'team'
  | 'opportunity'
  | 'inquiry'
  | 'quote'
  | 'contract'
  | 'order'
  | 'return'
  | 'payment'
  | 'other';

const channels = new Set(['phone', 'visit', 'wechat', 'email', 'meeting', 'service']);

/** Picks the look for an event; unknown kinds (other modules add their own) fall back to "other". */
export function timelineLook(kind: string, data: Record<string, unknown> | null): TimelineLook {
  const [area = '', event = ''] = kind.split('.');
  const given = data?.followUpKind ?? data?.kind;
  const channel = typeof given === 'string' ? given : '';
  if (area === 'service' || area === 'service_ticket' || event === 'service') return 'service';
  if (area === 'followup' || area === 'follow_up' || area === 'followUp')
    return channels.has(channel) ? (channel as TimelineLook) : 'phone';
  if (area === 'customer' || area === 'lead') {
    if (event === 'created' || event === 'converted') return 'created';
    if (event === 'imported') return 'imported';
    return 'updated';
  }
  // VIS-4/CUS-8: a visit checked in at, or made (with its outcome).
  if (area === 'visit') return 'visit';
  if (area === 'contact') return 'contact';
  if (area === 'attachment' || area === 'file') return 'attachment';
  if (area === 'ownership' || area === 'pool') return 'ownership';
  if (area === 'collaborator' || area === 'team') return 'team';
  if (area === 'opportunity') return 'opportunity';
  if (area === 'inquiry') return 'inquiry';
  // Q2C-4: an order intent belongs with the quotes.
  if (area === 'quote' || area === 'order_intent') return 'quote';
  if (area === 'contract') return 'contract';
  if (area === 'order') return 'order';
  if (area === 'return') return 'return';
  // AR-6/AR-8: dunning outcomes and write-offs are collection events.
  if (area === 'payment' || area === 'receivable' || area === 'dunning' || area === 'writeoff')
    return 'payment';
  return 'other';
}

const icons: Record<TimelineLook, ReactNode> = {
  phone: <PhoneOutlined />,
  visit: <CarOutlined />,
  wechat: <WechatOutlined />,
  email: <MailOutlined />,
  meeting: <TeamOutlined />,
  service: <CustomerServiceOutlined />,
  created: <UserAddOutlined />,
  imported: <ImportOutlined />,
  updated: <EditOutlined />,
  contact: <ContactsOutlined />,
  attachment: <PaperClipOutlined />,
  ownership: <SwapOutlined />,
  team: <TeamOutlined />,
  opportunity: <FundOutlined />,
  inquiry: <SolutionOutlined />,
  quote: <FileTextOutlined />,
  contract: <FileProtectOutlined />,
  order: <ShoppingCartOutlined />,
  return: <RollbackOutlined />,
  payment: <MoneyCollectOutlined />,
  other: <ClockCircleOutlined />,
};

const colors: Partial<Record<TimelineLook, string>> = {
  phone: 'blue',
  visit: 'blue',
  wechat: 'blue',
  email: 'blue',
  meeting: 'blue',
  service: 'green',
  created: 'green',
  ownership: 'orange',
  opportunity: 'purple',
  contract: 'purple',
  order: 'cyan',
  return: 'orange',
  payment: 'green',
};

export const timelineIcon = (look: TimelineLook) => icons[look];
export const timelineColor = (look: TimelineLook) => colors[look] ?? 'gray';
