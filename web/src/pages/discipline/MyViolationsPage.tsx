import { Button, Card, Empty, List, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSanctions, useViolations } from '../../api/hooks/discipline';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { AppealModal, fineText, type TViolation, ViolationStatusTag } from './ViolationParts';

/** 我的违规 (PEN-2/PEN-4/ORG-3): the person's violations and sanctions, phone-friendly, with the appeal. */
export function MyViolationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useViolations({ page, pageSize: 20, whose: 'mine' });
  const sanctions = useSanctions({ page: 1, pageSize: 50, whose: 'mine' });
  const [appealing, setAppealing] = useState<TViolation | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="my-violations">
      <Card title={t('discipline.nav.mine')} size="small">
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        {list.isLoading ? (
          <Spin />
        ) : (
          <List<TViolation>
            dataSource={list.data?.items}
            locale={{ emptyText: <Empty description={t('discipline.emptyMine')} /> }}
            pagination={
              (list.data?.total ?? 0) > 20
                ? { current: page, pageSize: 20, total: list.data?.total, onChange: setPage, simple: true }
                : false
            }
            renderItem={(v) => (
              <List.Item data-testid="my-violation" style={{ display: 'block' }}>
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text strong>{enumLabel(t, 'category', v.category)}</Typography.Text>
                  <ViolationStatusTag status={v.status} />
                </Space>
                <div>{formatDateTime(v.occurredAt)}</div>
                <Typography.Paragraph style={{ marginBottom: 4 }}>{v.description}</Typography.Paragraph>
                <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                  <span>
                    {t('discipline.fields.fine')}：{fineText(v)}
                  </span>
                  {v.canAppeal && (
                    <Button size="small" onClick={() => setAppealing(v)} data-testid="violation-appeal">
                      {t('discipline.appeal.title')}
                    </Button>
                  )}
                </Space>
                {v.appealReason && (
                  <Typography.Text type="secondary">
                    {t('discipline.fields.appeal')}：{v.appealTo?.displayName} · {v.appealReason}
                  </Typography.Text>
                )}
                {v.decisionReason && (
                  <div>
                    <Typography.Text type="secondary">
                      {t('discipline.fields.decision')}：{v.decisionReason}
                    </Typography.Text>
                  </div>
                )}
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card title={t('discipline.nav.mySanctions')} size="small">
        <ErrorAlert error={sanctions.error} onRetry={() => void sanctions.refetch()} />
        <List
          loading={sanctions.isLoading}
          dataSource={sanctions.data?.items}
          locale={{ emptyText: <Empty description={t('discipline.emptySanctions')} /> }}
          renderItem={(s) => (
            <List.Item style={{ display: 'block' }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text strong>{enumLabel(t, 'kind', s.kind)}</Typography.Text>
                <span>{t(`discipline.sanctionStatus.${s.status}`)}</span>
              </Space>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{s.reasons}</Typography.Paragraph>
            </List.Item>
          )}
        />
      </Card>
      <AppealModal v={appealing} onClose={() => setAppealing(null)} />
    </Space>
  );
}
