import { CopyOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/hooks/me';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { SearchForm } from '../../components/SearchForm';
import { UserSelect } from '../../components/UserSelect';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import {
  praiseEvidenceFileUrl,
  praiseEvidenceUploadUrl,
  type TPraise,
  type TSurveyQuery,
  type TSurveyRow,
  type TSurveySent,
  useCustomerOptions,
  usePraiseEvidence,
  usePraisePage,
  useRecordPraise,
  useResendSurvey,
  useSendSurvey,
  useSurveyPage,
} from './hooks';

type SurveyFilters = Pick<TSurveyQuery, 'status' | 'source' | 'q'>;
const statuses = ['sent', 'answered', 'expired'] as const;
const sources = ['ticket', 'delivery', 'schedule', 'manual'] as const;

function CustomerPicker(props: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const options = useCustomerOptions(q);
  return (
    <Select
      {...props}
      showSearch
      filterOption={false}
      onSearch={setQ}
      loading={options.isFetching}
      placeholder={t('satisfaction.fields.customer')}
      options={(options.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      data-testid="satisfaction-customer"
    />
  );
}

/** The link of a survey just sent: shown once, to copy (the customer may also get it by mail). */
function LinkModal({ sent, onClose }: { sent: TSurveySent | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={sent !== null}
      title={t('satisfaction.link.title')}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      {sent && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('satisfaction.link.once')} />
          <Typography.Paragraph
            copyable={{ icon: <CopyOutlined /> }}
            data-testid="satisfaction-link"
            style={{ wordBreak: 'break-all' }}
          >
            {sent.link}
          </Typography.Paragraph>
          <Typography.Text type="secondary">
            {sent.mailedTo
              ? t('satisfaction.link.mailed', { to: sent.mailedTo })
              : t('satisfaction.link.notMailed')}
          </Typography.Text>
        </Space>
      )}
    </Modal>
  );
}

function SurveyTable({ canSend, canExport }: { canSend: boolean; canExport: boolean }) {
  const { t } = useTranslation();
  const table = useServerTable<SurveyFilters, 'sentAt' | 'answeredAt'>({ order: 'desc' });
  const page = useSurveyPage({ ...table.params, ...table.filters });
  const send = useSendSurvey();
  const resend = useResendSurvey();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<TSurveySent | null>(null);
  return (
    <>
      <SearchForm<SurveyFilters> onSearch={(v) => table.setFilters(v)}>
        <Form.Item name="q">
          <Input placeholder={t('satisfaction.fields.customer')} allowClear style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            placeholder={t('satisfaction.fields.status')}
            style={{ width: 120 }}
            options={statuses.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
          />
        </Form.Item>
        <Form.Item name="source">
          <Select
            allowClear
            placeholder={t('satisfaction.fields.source')}
            style={{ width: 130 }}
            options={sources.map((s) => ({ value: s, label: enumLabel(t, 'source', s) }))}
          />
        </Form.Item>
      </SearchForm>
      <Space style={{ marginBottom: 12 }} wrap>
        {canSend && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            onClick={() => setSending(true)}
            data-testid="survey-send"
          >
            {t('satisfaction.send')}
          </Button>
        )}
        {canExport && <ExportButton path="/api/surveys/export" query={table.filters} />}
      </Space>
      <PagedTable<TSurveyRow, SurveyFilters, 'sentAt' | 'answeredAt'>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid="survey-table"
        columns={[
          { key: 'customer', title: t('satisfaction.fields.customer'), render: (_, r) => r.customer.name },
          { key: 'rep', title: t('satisfaction.fields.rep'), render: (_, r) => r.rep.displayName },
          {
            key: 'source',
            title: t('satisfaction.fields.source'),
            render: (_, r) => enumLabel(t, 'source', r.source),
          },
          {
            key: 'status',
            title: t('satisfaction.fields.status'),
            render: (_, r) => (
              <Tag color={r.status === 'answered' ? 'green' : r.status === 'expired' ? 'default' : 'blue'}>
                {enumLabel(t, 'status', r.status)}
              </Tag>
            ),
          },
          {
            key: 'score',
            title: t('satisfaction.fields.score'),
            render: (_, r) =>
              r.score === null ? (
                '—'
              ) : (
                <Tag color={r.satisfied ? 'green' : 'orange'}>{r.score.toFixed(1)}</Tag>
              ),
          },
          {
            key: 'sentAt',
            title: t('satisfaction.fields.sentAt'),
            sorter: true,
            render: (_, r) => formatDateTime(r.sentAt),
          },
          {
            key: 'answeredAt',
            title: t('satisfaction.fields.answeredAt'),
            sorter: true,
            render: (_, r) => (r.answeredAt ? formatDateTime(r.answeredAt) : '—'),
          },
          ...(canSend
            ? [
                {
                  key: 'actions',
                  title: '',
                  render: (_: unknown, r: TSurveyRow) =>
                    r.status !== 'answered' && (
                      <Button size="small" onClick={() => resend.mutate(r.id, { onSuccess: setSent })}>
                        {t('satisfaction.resend')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ customerId: string }>
        open={sending}
        title={t('satisfaction.send')}
        onClose={() => setSending(false)}
        onSubmit={async (v) => setSent(await send.mutateAsync(v.customerId))}
        testId="survey-send-form"
      >
        <Form.Item
          name="customerId"
          label={t('satisfaction.fields.customer')}
          rules={[{ required: true, message: t('satisfaction.required') }]}
        >
          <CustomerPicker />
        </Form.Item>
      </FormModal>
      <LinkModal sent={sent} onClose={() => setSent(null)} />
    </>
  );
}

/** SVC-3: one praise record and its evidence; those who may record it add files. */
function PraiseDrawer({
  praise,
  canAdd,
  onClose,
}: {
  praise: TPraise | null;
  canAdd: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const files = usePraiseEvidence(praise?.id);
  return (
    <Drawer
      open={praise !== null}
      onClose={onClose}
      title={t('satisfaction.praise.detail')}
      width={520}
      data-testid="praise-drawer"
    >
      {praise && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('satisfaction.praise.user')}>
              {praise.user.displayName}
            </Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.fields.customer')}>
              {praise.customer.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.praise.day')}>{praise.day}</Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.praise.kind')}>
              {enumLabel(t, 'kind', praise.kind)}
            </Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.praise.description')}>
              {praise.description}
            </Descriptions.Item>
            <Descriptions.Item label={t('satisfaction.praise.points')}>
              {praise.points ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <AttachmentsPanel
            files={files.data}
            loading={files.isFetching}
            error={files.error}
            onRetry={() => void files.refetch()}
            fileUrl={(f) => praiseEvidenceFileUrl(praise.id, f.id)}
            size="small"
            texts={{
              empty: t('satisfaction.evidence.empty'),
              fileName: t('satisfaction.evidence.fileName'),
              uploadedBy: t('satisfaction.evidence.uploadedBy'),
              uploadedAt: t('satisfaction.evidence.uploadedAt'),
            }}
            upload={
              canAdd
                ? {
                    action: praiseEvidenceUploadUrl(praise.id),
                    label: t('satisfaction.evidence.upload'),
                    uploaded: (name) => t('satisfaction.evidence.uploaded', { name }),
                    failed: t('satisfaction.evidence.failed'),
                    onUploaded: () => files.refetch(),
                    testId: 'praise-evidence-upload',
                  }
                : undefined
            }
          />
        </>
      )}
    </Drawer>
  );
}

type PraiseForm = {
  customerId: string;
  userId: string;
  day: { format: (f: string) => string };
  kind: 'praise' | 'award';
  description: string;
};

function PraiseTable({ canRecord }: { canRecord: boolean }) {
  const { t } = useTranslation();
  const table = useServerTable<Record<string, never>, 'day' | 'createdAt'>({ order: 'desc' });
  const page = usePraisePage({ ...table.params });
  const record = useRecordPraise();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<TPraise | null>(null);
  return (
    <>
      <PraiseDrawer praise={shown} canAdd={canRecord} onClose={() => setShown(null)} />
      {canRecord && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="praise-create"
          >
            {t('satisfaction.praise.create')}
          </Button>
        </Space>
      )}
      <PagedTable<TPraise, Record<string, never>, 'day' | 'createdAt'>
        query={page}
        table={table}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        data-testid="praise-table"
        columns={[
          { key: 'day', title: t('satisfaction.praise.day'), sorter: true, render: (_, r) => r.day },
          {
            key: 'kind',
            title: t('satisfaction.praise.kind'),
            render: (_, r) => enumLabel(t, 'kind', r.kind),
          },
          {
            key: 'user',
            title: t('satisfaction.praise.user'),
            render: (_, r) => (
              <Typography.Link onClick={() => setShown(r)}>{r.user.displayName}</Typography.Link>
            ),
          },
          { key: 'customer', title: t('satisfaction.fields.customer'), render: (_, r) => r.customer.name },
          {
            key: 'description',
            title: t('satisfaction.praise.description'),
            render: (_, r) => (
              <Typography.Text ellipsis style={{ maxWidth: 280 }}>
                {r.description}
              </Typography.Text>
            ),
          },
          { key: 'points', title: t('satisfaction.praise.points'), render: (_, r) => r.points ?? '—' },
        ]}
      />
      <FormModal<PraiseForm>
        open={open}
        title={t('satisfaction.praise.create')}
        onClose={() => setOpen(false)}
        initialValues={{ kind: 'praise' }}
        onSubmit={(v) => record.mutateAsync({ ...v, day: v.day.format('YYYY-MM-DD') })}
        testId="praise-form"
      >
        <Form.Item
          name="customerId"
          label={t('satisfaction.fields.customer')}
          rules={[{ required: true, message: t('satisfaction.required') }]}
        >
          <CustomerPicker />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('satisfaction.praise.user')}
          rules={[{ required: true, message: t('satisfaction.required') }]}
        >
          <UserSelect />
        </Form.Item>
        <Form.Item
          name="day"
          label={t('satisfaction.praise.day')}
          rules={[{ required: true, message: t('satisfaction.required') }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="kind" label={t('satisfaction.praise.kind')}>
          <Select
            options={(['praise', 'award'] as const).map((k) => ({
              value: k,
              label: enumLabel(t, 'kind', k),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('satisfaction.praise.description')}
          rules={[{ required: true, message: t('satisfaction.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** SVC-2/SVC-3: satisfaction surveys (send, a new link, results, export) and customer praise. */
export function SatisfactionPage() {
  const { t } = useTranslation();
  const perms = useMe().data?.permissions ?? {};
  const [params, setParams] = useSearchParams();
  const tabs = [
    ...('survey:read' in perms ? ['surveys'] : []),
    ...('praise:read' in perms ? ['praise'] : []),
  ];
  const tab = params.get('tab') ?? tabs[0] ?? 'surveys';
  return (
    <Card title={t('satisfaction.title')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k })}
        items={tabs.map((k) => ({
          key: k,
          label: t(`satisfaction.tabs.${k}`),
          children:
            k === 'surveys' ? (
              <SurveyTable canSend={'survey:send' in perms} canExport={'survey:export' in perms} />
            ) : (
              <PraiseTable canRecord={'praise:record' in perms} />
            ),
        }))}
      />
    </Card>
  );
}
