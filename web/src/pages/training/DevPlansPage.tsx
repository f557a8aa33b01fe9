import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { formatDate, formatDateTime } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { PagedTable } from '../../components/PagedTable';
import { useServerTable } from '../../components/use-server-table';
import { enumLabel } from '../../i18n/labels';
import { DevPlanModal } from './DevPlanModal';
import { type TDevPlan, useDevPlanList, useReviewDevPlan } from './hooks';

/** OPS-8: the superior's review of a plan, with a comment. */
function ReviewModal({ plan, onClose }: { plan: TDevPlan | null; onClose: () => void }) {
  const { t } = useTranslation();
  const review = useReviewDevPlan();
  return (
    <FormModal<{ comment: string }>
      open={plan !== null}
      onClose={onClose}
      title={t('devPlans.review')}
      okText={t('devPlans.review')}
      onSubmit={(v) => review.mutateAsync({ id: plan!.id, comment: v.comment })}
    >
      <Form.Item
        name="comment"
        label={t('devPlans.comment')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

/** OPS-8 (个人发展计划): plans per person and year — goals, actions with due dates, the superior's review. */
export function DevPlansPage() {
  const { t } = useTranslation();
  const can = useCan();
  const table = useServerTable<Record<string, never>, 'year'>({ order: 'desc' });
  const list = useDevPlanList(table.params);
  const [editing, setEditing] = useState<{ plan: TDevPlan | null } | null>(null);
  const [reviewing, setReviewing] = useState<TDevPlan | null>(null);
  const columns: ColumnsType<TDevPlan> = [
    {
      title: t('devPlans.person'),
      key: 'person',
      render: (_, p) => `${p.user.displayName} · ${p.unit.name}`,
    },
    { title: t('devPlans.year'), key: 'year', sorter: true, render: (_, p) => p.year },
    {
      title: t('devPlans.goals'),
      key: 'goals',
      render: (_, p) => (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, maxWidth: 360 }}>
          {p.goals}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('devPlans.status'),
      key: 'status',
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Tag color={p.status === 'reviewed' ? 'success' : 'default'}>
            {enumLabel(t, 'status', p.status)}
          </Tag>
          {p.reviewedBy && (
            <Typography.Text type="secondary">
              {p.reviewedBy.displayName} · {formatDateTime(p.reviewedAt)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        p.canWrite && (
          <Space>
            <Button size="small" type="link" onClick={() => setEditing({ plan: p })}>
              {t('common.edit')}
            </Button>
            {p.status !== 'reviewed' && (
              <Button size="small" type="link" onClick={() => setReviewing(p)}>
                {t('devPlans.review')}
              </Button>
            )}
          </Space>
        ),
    },
  ];
  return (
    <Card
      title={t('devPlans.title')}
      extra={
        can('dev_plan:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ plan: null })}>
            {t('devPlans.write')}
          </Button>
        )
      }
    >
      <PagedTable<TDevPlan, Record<string, never>, 'year'>
        query={list}
        table={table}
        columns={columns}
        locale={{ emptyText: t('devPlans.empty') }}
        expandable={{
          expandedRowRender: (p) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <List
                size="small"
                header={t('devPlans.actions')}
                dataSource={p.actions}
                renderItem={(a) => (
                  <List.Item>
                    {a.action} · {t('devPlans.dueOn')} {formatDate(a.dueOn)}
                  </List.Item>
                )}
              />
              {p.reviewComment && (
                <Typography.Text>
                  {t('devPlans.comment')}：{p.reviewComment}
                </Typography.Text>
              )}
            </Space>
          ),
        }}
        data-testid="dev-plans-table"
      />
      <DevPlanModal open={editing !== null} plan={editing?.plan ?? null} onClose={() => setEditing(null)} />
      <ReviewModal plan={reviewing} onClose={() => setReviewing(null)} />
    </Card>
  );
}
