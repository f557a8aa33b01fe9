import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { allMetrics, figureText } from './figures';
import { type TMetric, type TTargetSheet, useCreateSet, useCurrentSheet, useSheet } from './hooks';
import { SheetView } from './SheetView';

/**
 * PLAN-2: starting a split — the first version, or (once one is in force) a change as a new
 * version with its reason, prefilled with what is in force.
 */
function CreateButton({ sheet }: { sheet: TTargetSheet }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSet();
  const [form] = Form.useForm<{ changeReason: string }>();
  const [asking, setAsking] = useState(false);
  const { run } = useAction({ form });
  const change = sheet.versions.length > 0;
  const start = async (changeReason: string | null) => {
    let created: TTargetSheet | undefined;
    const ok = await run(async () => {
      created = await create.mutateAsync({
        unitId: sheet.unit.id,
        year: sheet.year,
        metric: sheet.metric,
        ...(sheet.category ? { category: sheet.category } : {}),
        changeReason,
      });
    }, t('targets.done.created'));
    if (ok) {
      setAsking(false);
      if (created?.set && window.location.pathname.startsWith('/targets/sets/')) {
        navigate(`/targets/sets/${created.set.id}`);
      }
    }
  };
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        loading={create.isPending}
        onClick={() => (change ? setAsking(true) : void start(null))}
        data-testid="set-create"
      >
        {change ? t('targets.actions.change') : t('targets.actions.create')}
      </Button>
      <Modal
        open={asking}
        title={t('targets.actions.change')}
        onCancel={() => setAsking(false)}
        onOk={() => void form.validateFields().then((v) => start(v.changeReason.trim()))}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="changeReason"
            label={t('targets.fields.changeReason')}
            rules={[{ required: true, whitespace: true, message: t('targets.changeReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="change-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The page around a sheet: title, the unit's own target, the way back to the tree, creation. */
function SheetPage({ sheet }: { sheet: TTargetSheet }) {
  const { t } = useTranslation();
  const metric = enumLabel(t, 'targetMetric', sheet.metric);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space orientation="vertical" size={0}>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="sheet-title">
              {t('targets.sheetTitle', { unit: sheet.unit.name, year: sheet.year, metric })}
            </Typography.Title>
            <Typography.Text type="secondary">
              {sheet.parent.year === null
                ? t('targets.parentMissing')
                : t('targets.parentTarget', { value: figureText(sheet.parent.year, sheet.money) })}
            </Typography.Text>
            <Link to={`/targets?year=${sheet.year}&metric=${sheet.metric}`}>{t('targets.backToTree')}</Link>
          </Space>
          {sheet.canCreate && <CreateButton sheet={sheet} />}
        </Space>
        {sheet.set === null && !sheet.canCreate && (
          <Alert
            type="info"
            showIcon
            style={{ marginTop: 12 }}
            title={sheet.parent.year === null ? t('targets.hints.noParent') : t('targets.hints.noSplit')}
          />
        )}
      </Card>
      <SheetView sheet={sheet} />
    </Space>
  );
}

/** PLAN-3: the decomposition screen of a unit, year and metric (`/targets/:unitId/:year/:metric`). */
export function TargetSetPage() {
  const { t } = useTranslation();
  const { unitId = '', year = '', metric = '' } = useParams();
  const valid = /^\d{4}$/.test(year) && (allMetrics as string[]).includes(metric);
  const sheet = useCurrentSheet({
    unitId,
    year: Number(year),
    metric: (valid ? metric : 'signed_amount') as TMetric,
  });
  if (!valid) return <Alert type="error" showIcon title={t('error.notFoundPage')} />;
  return (
    <>
      <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />
      {sheet.isPending ? <Skeleton active /> : sheet.data ? <SheetPage sheet={sheet.data} /> : null}
    </>
  );
}

/** PLAN-2: one version of a split (`/targets/sets/:id`) — where an approver or the history leads. */
export function TargetSetVersionPage() {
  const { id = '' } = useParams();
  const sheet = useSheet(id);
  return (
    <>
      <ErrorAlert error={sheet.error} onRetry={() => void sheet.refetch()} />
      {sheet.isPending ? <Skeleton active /> : sheet.data ? <SheetPage key={id} sheet={sheet.data} /> : null}
    </>
  );
}
