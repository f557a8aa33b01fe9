import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useProposeSanction, useSanctions } from '../../api/hooks/discipline';
import { useCan } from '../../api/hooks/me';
import type { ApiResponse } from '../../api/routes';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { formatFenText, yuanInputToFenText } from '../../components/format';
import { UserSelect } from '../../components/UserSelect';
import { enumLabel } from '../../i18n/labels';

type TSanction = ApiResponse<'GET /api/sanctions/{id}'>;
const kinds = ['warning', 'fine', 'demotion', 'dismissal'] as const;

interface Values {
  userId: string;
  kind: (typeof kinds)[number];
  reasons: string;
  fineYuan?: string;
}

/** PEN-4: a superior proposes a sanction with reasons; it goes for approval up the chain. */
function ProposeModal({
  open,
  onClose,
  userId,
  violationId,
}: {
  open: boolean;
  onClose: () => void;
  userId?: string;
  violationId?: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const propose = useProposeSanction();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      form={form}
      title={t('discipline.sanction.propose')}
      successMessage={t('discipline.sanction.done')}
      testId="sanction-form"
      initialValues={{ kind: violationId ? 'dismissal' : 'warning', ...(userId ? { userId } : {}) }}
      onSubmit={(v) =>
        propose.mutateAsync({
          userId: v.userId,
          kind: v.kind,
          reasons: v.reasons,
          fineFen: v.kind === 'fine' ? (yuanInputToFenText(v.fineYuan) ?? null) : null,
          violationIds: violationId ? [violationId] : [],
        })
      }
    >
      <Form.Item
        name="userId"
        label={t('discipline.fields.person')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <UserSelect autoFocus />
      </Form.Item>
      <Form.Item name="kind" label={t('discipline.fields.kind')}>
        <Select options={kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))} />
      </Form.Item>
      {kind === 'fine' && (
        <Form.Item
          name="fineYuan"
          label={t('discipline.fields.fineYuan')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      )}
      <Form.Item
        name="reasons"
        label={t('discipline.fields.reasons')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** 处分 (PEN-4): sanctions with their approval status; superiors propose. */
export function SanctionsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useSanctions({ ...paging, whose: 'all' });
  const [proposing, setProposing] = useState(params.has('propose'));
  return (
    <Card
      title={t('discipline.nav.sanctions')}
      extra={
        can('sanction:propose') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setProposing(true)}
            data-testid="sanction-propose"
          >
            {t('discipline.sanction.propose')}
          </Button>
        )
      }
    >
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <Table<TSanction>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: t('discipline.emptySanctions') }}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          {
            key: 'at',
            title: t('discipline.fields.proposedAt'),
            render: (_, s) => formatDateTime(s.createdAt),
          },
          { key: 'person', title: t('discipline.fields.person'), render: (_, s) => s.person.displayName },
          { key: 'kind', title: t('discipline.fields.kind'), render: (_, s) => enumLabel(t, 'kind', s.kind) },
          {
            key: 'fine',
            title: t('discipline.fields.fine'),
            align: 'right',
            render: (_, s) => formatFenText(s.fineFen),
          },
          { key: 'reasons', title: t('discipline.fields.reasons'), render: (_, s) => s.reasons },
          {
            key: 'by',
            title: t('discipline.fields.proposedBy'),
            render: (_, s) => s.proposedBy?.displayName ?? '',
          },
          {
            key: 'status',
            title: t('discipline.fields.status'),
            render: (_, s) => t(`discipline.sanctionStatus.${s.status}`),
          },
        ]}
      />
      <ProposeModal
        open={proposing}
        onClose={() => {
          setProposing(false);
          setParams({});
        }}
        userId={params.get('propose') ?? undefined}
        violationId={params.get('violation') ?? undefined}
      />
    </Card>
  );
}
