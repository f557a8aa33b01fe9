import { Button, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { useAction } from '../../components/use-action';
import { useRedemptions, useWithdrawRedemption } from './hooks';
import { RedemptionStatusTag } from './RewardStatusTag';

/** INC-6: my redemptions, newest first, with where each stands; one still waiting may be withdrawn. */
export function MyRedemptions() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useRedemptions({ mine: 'true', page, pageSize: 10 });
  const withdraw = useWithdrawRedemption();
  const action = useAction();
  return (
    <>
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      <List
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('rewards.mine.empty') }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          size: 'small',
          hideOnSinglePage: true,
        }}
        data-testid="my-redemptions"
        renderItem={(r) => (
          <List.Item
            data-testid="redemption-row"
            actions={
              r.canWithdraw
                ? [
                    <Popconfirm
                      key="withdraw"
                      title={t('rewards.mine.withdrawConfirm')}
                      onConfirm={() =>
                        action.run(() => withdraw.mutateAsync(r.id), t('rewards.mine.withdrawn'))
                      }
                      okText={t('rewards.mine.withdraw')}
                      cancelText={t('common.cancel')}
                    >
                      <Button size="small" data-testid="redemption-withdraw">
                        {t('rewards.mine.withdraw')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Link to={`/rewards/redemptions/${r.id}`}>
                    {r.item.name} × {r.quantity}
                  </Link>
                  <RedemptionStatusTag status={r.status} />
                </Space>
              }
              description={
                <Space wrap size={[12, 0]}>
                  <Typography.Text>{t('rewards.points', { n: r.points })}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(r.createdAt)}</Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
