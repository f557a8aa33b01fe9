import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAnswerAppeal, useAppealPage, useAppealTargets, useCreateAppeal } from '../../api/hooks/tasks';
import type { TAppeal, TAppealCreate, TAppealListQuery } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';

type Box = NonNullable<TAppealListQuery['box']>;
type Filters = Pick<TAppealListQuery, 'status'>;

function AppealCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const targets = useAppealTargets(open);
  const create = useCreateAppeal();
  return (
    <FormModal<TAppealCreate>
      open={open}
      title={t('tasks.appeals.create')}
      onClose={onClose}
      testId="appeal-create-form"
      codeFields={{ APPEAL_NOT_SUPERIOR: 'toUserId' }}
      onSubmit={(body) => create.mutateAsync(body)}
    >
      <Form.Item
        name="toUserId"
        label={t('tasks.appeals.to')}
        extra={t('tasks.appeals.toHint')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          loading={targets.isPending}
          options={targets.data?.map((u, i) => ({
            value: u.id,
            label: `${u.displayName} (${u.username}) · ${t('tasks.appeals.level', { n: i + 1 })}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('tasks.appeals.content')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}

function AppealAnswerModal({ appeal, onClose }: { appeal: TAppeal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const answer = useAnswerAppeal();
  return (
    <FormModal<{ response: string }>
      open={appeal !== null}
      title={t('tasks.appeals.answer')}
      onClose={onClose}
      testId="appeal-answer-form"
      onSubmit={(body) => answer.mutateAsync({ id: appeal?.id ?? '', body })}
    >
      {appeal && (
        <Form.Item label={t('tasks.appeals.content')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{appeal.content}</span>
        </Form.Item>
      )}
      <Form.Item
        name="response"
        label={t('tasks.appeals.response')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={5} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

function AppealTable({ box, onAnswer }: { box: Box; onAnswer: (a: TAppeal) => void }) {
  const { t } = useTranslation();
  const table = useServerTable<Filters>({ order: 'desc' });
  const page = useAppealPage({ ...table.params, box });
  return (
    <PagedTable<TAppeal, Filters, string>
      query={page}
      table={table}
      data-testid={`appeal-table-${box}`}
      expandable={{
        expandedRowRender: (r) => (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            <strong>{t('tasks.appeals.content')}：</strong>
            {r.content}
            {r.response && (
              <>
                <br />
                <strong>{t('tasks.appeals.response')}：</strong>
                {r.response}
              </>
            )}
          </Typography.Paragraph>
        ),
      }}
      columns={[
        { key: 'createdAt', title: t('common.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
        box === 'mine'
          ? { key: 'to', title: t('tasks.appeals.to'), render: (_, r) => r.to.displayName }
          : { key: 'from', title: t('tasks.appeals.appellant'), render: (_, r) => r.appellant.displayName },
        {
          key: 'content',
          title: t('tasks.appeals.content'),
          render: (_, r) => (
            <Typography.Text ellipsis={{ tooltip: r.content }} style={{ maxWidth: 360 }}>
              {r.content}
            </Typography.Text>
          ),
        },
        {
          key: 'status',
          title: t('tasks.fields.status'),
          render: (_, r) => (
            <Tag color={r.status === 'open' ? 'orange' : 'green'}>
              {t(`tasks.appeals.statuses.${r.status}`)}
            </Tag>
          ),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, r) =>
            r.actions.answer ? (
              <Button size="small" type="link" onClick={() => onAnswer(r)}>
                {t('tasks.appeals.answer')}
              </Button>
            ) : null,
        },
      ]}
    />
  );
}

/** 申诉 (ORG-3): to anyone above me, at any level; the person appealed to answers. */
export function AppealsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const box: Box = params.get('box') === 'tome' ? 'tome' : 'mine';
  const [creating, setCreating] = useState(false);
  const [answering, setAnswering] = useState<TAppeal | null>(null);
  return (
    <Card
      title={t('tasks.appeals.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="appeal-create"
        >
          {t('tasks.appeals.create')}
        </Button>
      }
    >
      <Tabs
        activeKey={box}
        onChange={(key) => setParams({ box: key })}
        destroyOnHidden
        items={(['mine', 'tome'] as const).map((b) => ({
          key: b,
          label: t(`tasks.appeals.boxes.${b}`),
          children: <AppealTable box={b} onAnswer={setAnswering} />,
        }))}
      />
      <AppealCreateModal open={creating} onClose={() => setCreating(false)} />
      <AppealAnswerModal appeal={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
