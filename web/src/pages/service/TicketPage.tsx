import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { MoneyInput } from '../../components/MoneyInput';
import { UserSelect } from '../../components/UserSelect';
import {
  type TTicketStatus,
  useAssignTicket,
  useChangeTicketStatus,
  useStartReturn,
  useTicket,
} from './hooks';
import { OverdueTag, TicketPriorityTag, TicketStatusTag } from './TicketTags';

interface StatusForm {
  resolution?: string;
  note?: string;
  minutes?: number;
}

/** The words of a move to a status (开始处理, 等待客户, 解决, 关闭, 重新打开). */
const actionKey = (from: TTicketStatus, to: TTicketStatus) =>
  from === 'resolved' && to === 'in_progress' ? 'reopen' : to;

/**
 * SVC-1: one ticket — what it is about, its deadline, its history; for whoever works it the
 * status moves (resolving needs the resolution), handing over, and for a return/exchange ticket
 * the return it starts. Usable on a phone.
 */
export function TicketPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { id } = useParams();
  const query = useTicket(id);
  const change = useChangeTicketStatus();
  const assign = useAssignTicket();
  const startReturn = useStartReturn();
  const [moving, setMoving] = useState<TTicketStatus | null>(null);
  const [assigning, setAssigning] = useState(false);
  const [returning, setReturning] = useState(false);
  const ticket = query.data;
  if (query.error) return <ErrorAlert error={query.error} />;
  return (
    <Card title={ticket ? `${ticket.number} ${ticket.title}` : t('service.title')} loading={query.isLoading}>
      {ticket && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <TicketStatusTag status={ticket.status} />
            <TicketPriorityTag priority={ticket.priority} />
            <OverdueTag overdue={ticket.overdue} />
          </Space>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
            <Descriptions.Item label={t('service.fields.customer')}>{ticket.customer.name}</Descriptions.Item>
            <Descriptions.Item label={t('service.fields.type')}>
              {t(`service.types.${ticket.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('service.fields.owner')}>
              {ticket.owner.displayName}（{ticket.unit.name}）
            </Descriptions.Item>
            <Descriptions.Item label={t('service.fields.openedBy')}>
              {ticket.openedBy.displayName} · {formatDateTime(ticket.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('service.fields.dueAt')}>
              {ticket.dueAt ? formatDateTime(ticket.dueAt) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('service.fields.timeSpent')}>
              {t('service.minutes', { count: ticket.timeSpentMinutes })}
            </Descriptions.Item>
            {ticket.resolvedAt && (
              <Descriptions.Item label={t('service.fields.resolvedAt')}>
                {formatDateTime(ticket.resolvedAt)}
              </Descriptions.Item>
            )}
            {ticket.returnId && (
              <Descriptions.Item label={t('service.fields.return')}>
                <Link to={`/returns?id=${ticket.returnId}`}>{t('service.viewReturn')}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          {ticket.description && (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.description}
            </Typography.Paragraph>
          )}
          {ticket.resolution && (
            <Alert
              type="success"
              showIcon
              message={t('service.fields.resolution')}
              description={ticket.resolution}
            />
          )}
          {(ticket.can.next.length > 0 || ticket.can.assign || ticket.can.startReturn) && (
            <Space wrap>
              {ticket.can.next.map((to) => (
                <Button
                  key={to}
                  type={
                    to === 'resolved' || (ticket.status === 'new' && to === 'in_progress')
                      ? 'primary'
                      : 'default'
                  }
                  onClick={() => setMoving(to)}
                  data-testid={`ticket-to-${to}`}
                >
                  {t(`service.actions.${actionKey(ticket.status, to)}`)}
                </Button>
              ))}
              {ticket.can.assign && (
                <Button onClick={() => setAssigning(true)} data-testid="ticket-assign">
                  {t('service.actions.assign')}
                </Button>
              )}
              {ticket.can.startReturn && (
                <Button onClick={() => setReturning(true)} data-testid="ticket-return">
                  {t('service.actions.return')}
                </Button>
              )}
            </Space>
          )}
          <Typography.Title level={5}>{t('service.history')}</Typography.Title>
          <Timeline
            items={ticket.history.map((h) => ({
              key: h.id,
              children: (
                <>
                  <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text>
                  <div>{h.summary[lang]}</div>
                </>
              ),
            }))}
          />
          <FormModal<StatusForm>
            open={moving !== null}
            title={moving ? t(`service.actions.${actionKey(ticket.status, moving)}`) : ''}
            onClose={() => setMoving(null)}
            successMessage={t('service.saved')}
            onSubmit={async (v) => {
              if (!moving) return;
              await change.mutateAsync({
                id: ticket.id,
                body: {
                  status: moving,
                  resolution: v.resolution ?? null,
                  note: v.note ?? null,
                  minutes: v.minutes ?? 0,
                },
              });
            }}
          >
            {moving === 'resolved' && (
              <Form.Item
                name="resolution"
                label={t('service.fields.resolution')}
                rules={[{ required: true }]}
              >
                <Input.TextArea rows={4} maxLength={4000} autoFocus />
              </Form.Item>
            )}
            {moving !== 'resolved' && (
              <Form.Item name="note" label={t('service.fields.note')}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
            )}
            <Form.Item name="minutes" label={t('service.fields.minutes')}>
              <InputNumber min={0} max={10080} precision={0} style={{ width: 160 }} />
            </Form.Item>
          </FormModal>
          <FormModal<{ ownerId: string; note?: string }>
            open={assigning}
            title={t('service.actions.assign')}
            onClose={() => setAssigning(false)}
            successMessage={t('service.saved')}
            onSubmit={(v) => assign.mutateAsync({ id: ticket.id, ownerId: v.ownerId, note: v.note })}
          >
            <Form.Item name="ownerId" label={t('service.fields.owner')} rules={[{ required: true }]}>
              <UserSelect initial={ticket.owner} />
            </Form.Item>
            <Form.Item name="note" label={t('service.fields.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </FormModal>
          <FormModal<{ kind: 'return' | 'exchange'; creditFen?: string | null; reason?: string }>
            open={returning}
            title={t('service.actions.return')}
            onClose={() => setReturning(false)}
            successMessage={t('service.returnStarted')}
            initialValues={{ kind: 'return' }}
            onSubmit={(v) =>
              startReturn.mutateAsync({
                id: ticket.id,
                body: { kind: v.kind, creditFen: v.creditFen ?? '0', reason: v.reason ?? null },
              })
            }
          >
            {!ticket.contractId && <Alert type="warning" showIcon message={t('service.needsContract')} />}
            <Form.Item name="kind" label={t('service.fields.returnKind')} rules={[{ required: true }]}>
              <Select
                options={[
                  { value: 'return', label: t('service.returnKinds.return') },
                  { value: 'exchange', label: t('service.returnKinds.exchange') },
                ]}
              />
            </Form.Item>
            <Form.Item name="creditFen" label={t('service.fields.credit')}>
              <MoneyInput />
            </Form.Item>
            <Form.Item name="reason" label={t('service.fields.reason')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </FormModal>
        </Space>
      )}
    </Card>
  );
}
