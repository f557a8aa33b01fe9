import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  evidenceFileUrl,
  evidenceUploadUrl,
  type TViolationQuery,
  useRecordViolation,
  useViolation,
  useViolationEvidence,
  useViolations,
} from '../../api/hooks/discipline';
import { useCan } from '../../api/hooks/me';
import type { ApiBody } from '../../api/routes';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { FormModal } from '../../components/FormModal';
import { UserSelect } from '../../components/UserSelect';
import { enumLabel } from '../../i18n/labels';
import { DecideModal, fineText, type TViolation, ViolationFacts, ViolationStatusTag } from './ViolationParts';

const categories = [
  'false_advertising',
  'kickback',
  'leaking_customer_info',
  'fabricated_deal',
  'tampered_record',
  'competing_business',
  'refusing_customer',
  'seal_misuse',
  'lateness',
  'absence_half_day',
  'absence_day',
  'other',
] as const;
const statuses = ['recorded', 'appealed', 'upheld', 'cancelled'] as const;

/** PEN-2: a supervisor or above records a violation (the fine comes from the fine table). */
function RecordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApiBody<'POST /api/violations'> & { at?: Dayjs }>();
  const category = Form.useWatch('category', form);
  const source = Form.useWatch('source', form);
  const record = useRecordViolation();
  return (
    <FormModal
      open={open}
      onClose={onClose}
      form={form}
      title={t('discipline.record.title')}
      successMessage={t('discipline.record.done')}
      testId="violation-record-form"
      initialValues={{ source: 'manual', at: dayjs() }}
      onSubmit={({ at, ...v }) =>
        record.mutateAsync({ ...v, occurredAt: (at ?? null)?.toISOString() ?? new Date().toISOString() })
      }
    >
      <Form.Item
        name="userId"
        label={t('discipline.fields.person')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect autoFocus data-testid="violation-person" />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('discipline.fields.category')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          data-testid="violation-category"
          options={categories.map((c) => ({ value: c, label: enumLabel(t, 'category', c) }))}
        />
      </Form.Item>
      {category === 'lateness' && (
        <Form.Item
          name="minutesLate"
          label={t('discipline.fields.minutesLate')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={1} max={1440} />
        </Form.Item>
      )}
      <Form.Item
        name="at"
        label={t('discipline.fields.occurredAt')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DatePicker showTime format="YYYY-MM-DD HH:mm" data-testid="violation-at" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('discipline.fields.description')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="violation-description" />
      </Form.Item>
      <Form.Item name="source" label={t('discipline.fields.source')}>
        <Select
          options={(['manual', 'complaint'] as const).map((s) => ({
            value: s,
            label: enumLabel(t, 'source', s),
          }))}
        />
      </Form.Item>
      {source === 'complaint' && (
        <Form.Item
          name="sourceRef"
          label={t('discipline.fields.complaintRef')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      )}
      <p style={{ color: '#888' }}>{t('discipline.record.fineHint')}</p>
    </FormModal>
  );
}

/** PEN-2: the evidence of a violation; those who may record it for the person add files. */
function Evidence({ id, canAdd }: { id: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const files = useViolationEvidence(id);
  return (
    <div style={{ marginTop: 12 }}>
      <AttachmentsPanel
        files={files.data}
        loading={files.isFetching}
        error={files.error}
        onRetry={() => void files.refetch()}
        fileUrl={(f) => evidenceFileUrl(id, f.id)}
        size="small"
        texts={{
          empty: t('discipline.evidence.empty'),
          fileName: t('discipline.evidence.fileName'),
          uploadedBy: t('discipline.evidence.uploadedBy'),
          uploadedAt: t('discipline.evidence.uploadedAt'),
        }}
        upload={
          canAdd
            ? {
                action: evidenceUploadUrl(id),
                label: t('discipline.evidence.upload'),
                uploaded: (name) => t('discipline.evidence.uploaded', { name }),
                failed: t('discipline.evidence.failed'),
                onUploaded: () => files.refetch(),
                testId: 'violation-evidence-upload',
              }
            : undefined
        }
      />
    </div>
  );
}

function ViolationDrawer({ id, onClose }: { id: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const v = useViolation(id);
  const [deciding, setDeciding] = useState<{ v: TViolation; mode: 'decide' | 'cancel' } | null>(null);
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      title={t('discipline.detail')}
      width={480}
      data-testid="violation-drawer"
    >
      <ErrorAlert error={v.error} onRetry={() => void v.refetch()} />
      {v.data && (
        <>
          <ViolationFacts v={v.data} t={t} />
          <Evidence id={v.data.id} canAdd={v.data.canCancel} />
          <Space style={{ marginTop: 12 }}>
            {v.data.canDecide && (
              <Button
                type="primary"
                onClick={() => setDeciding({ v: v.data!, mode: 'decide' })}
                data-testid="violation-decide"
              >
                {t('discipline.decide.title')}
              </Button>
            )}
            {v.data.canCancel && (
              <Button
                danger
                onClick={() => setDeciding({ v: v.data!, mode: 'cancel' })}
                data-testid="violation-cancel"
              >
                {t('discipline.cancel.title')}
              </Button>
            )}
          </Space>
        </>
      )}
      <DecideModal
        v={deciding?.v ?? null}
        mode={deciding?.mode ?? 'decide'}
        onClose={() => setDeciding(null)}
      />
    </Drawer>
  );
}

/** 违规登记 (PEN-1/PEN-2): the register with filters, the record form, the detail, the month's fines export. */
export function ViolationsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<TViolationQuery>({ page: 1, pageSize: 20, whose: 'all' });
  const [month, setMonth] = useState<string>(new Date().toISOString().slice(0, 7));
  const [recording, setRecording] = useState(false);
  const list = useViolations(query);
  const openId = params.get('id') ?? undefined;
  const set = (patch: Partial<TViolationQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));
  return (
    <Card title={t('discipline.nav.violations')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <UserSelect
          allowClear
          style={{ width: 200 }}
          placeholder={t('discipline.fields.person')}
          onChange={(v) => set({ userId: v ?? undefined })}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('discipline.fields.category')}
          options={categories.map((c) => ({ value: c, label: enumLabel(t, 'category', c) }))}
          onChange={(v) => set({ category: v ?? undefined })}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('discipline.fields.status')}
          options={statuses.map((s) => ({ value: s, label: enumLabel(t, 'status', s) }))}
          onChange={(v) => set({ status: v ?? undefined })}
        />
        <DatePicker
          picker="month"
          placeholder={t('discipline.fields.month')}
          onChange={(d) => {
            const m = d ? d.format('YYYY-MM') : undefined;
            if (m) setMonth(m);
            set({ month: m });
          }}
        />
        {can('violation:record') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="violation-record"
          >
            {t('discipline.record.title')}
          </Button>
        )}
        {can('violation:export') && (
          <span data-testid="fines-export">
            <ExportButton path="/api/violations/fines-export" query={{ month }} />
          </span>
        )}
      </Space>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<TViolation>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: t('discipline.empty') }}
        scroll={{ x: 'max-content' }}
        onRow={(v) => ({ onClick: () => setParams({ id: v.id }), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: list.data?.total,
          onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
        }}
        columns={[
          {
            key: 'at',
            title: t('discipline.fields.occurredAt'),
            render: (_, v) => formatDateTime(v.occurredAt),
          },
          { key: 'person', title: t('discipline.fields.person'), render: (_, v) => v.person.displayName },
          {
            key: 'category',
            title: t('discipline.fields.category'),
            render: (_, v) => enumLabel(t, 'category', v.category),
          },
          { key: 'fine', title: t('discipline.fields.fine'), align: 'right', render: (_, v) => fineText(v) },
          {
            key: 'source',
            title: t('discipline.fields.source'),
            render: (_, v) => enumLabel(t, 'source', v.source),
          },
          {
            key: 'status',
            title: t('discipline.fields.status'),
            render: (_, v) => <ViolationStatusTag status={v.status} />,
          },
        ]}
      />
      <RecordModal open={recording} onClose={() => setRecording(false)} />
      <ViolationDrawer id={openId} onClose={() => setParams({})} />
    </Card>
  );
}
