import { Button, Space, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TOpportunity, TOpportunityStage } from '../../api/types';
import { formatDateTime, formatFenText } from '../../components/format';
import { StageMoveMenu } from './StageMoveMenu';
import { StageTag } from './stages';

export type OpportunitySort = 'updatedAt' | 'amountFen' | 'expectedCloseDate';

/** The columns of an opportunity table (the 商机 list and a customer's 商机 tab). */
export function useOpportunityColumns(opts: {
  onOpen: (id: string) => void;
  onEdit: (o: TOpportunity) => void;
  onMove: (o: TOpportunity, stage: TOpportunityStage) => void;
  showCustomer?: boolean;
}): TableColumnsType<TOpportunity> {
  const { t } = useTranslation();
  return [
    {
      key: 'name',
      title: t('opportunities.fields.name'),
      render: (_, r) => (
        <Typography.Link onClick={() => opts.onOpen(r.id)} ellipsis title={r.name} style={{ maxWidth: 260 }}>
          {r.name}
        </Typography.Link>
      ),
    },
    ...(opts.showCustomer === false
      ? []
      : [
          {
            key: 'customer',
            title: t('opportunities.fields.customer'),
            // Whole names: a customer is told apart by the end of its name as often as by the start.
            render: (_: unknown, r: TOpportunity) => (
              <span style={{ whiteSpace: 'nowrap' }}>{r.customer.name}</span>
            ),
          },
        ]),
    { key: 'stage', title: t('opportunities.fields.stage'), render: (_, r) => <StageTag stage={r.stage} /> },
    {
      key: 'amountFen',
      title: t('opportunities.fields.amount'),
      sorter: true,
      align: 'right',
      render: (_, r) => formatFenText(r.amountFen),
    },
    {
      key: 'probability',
      title: t('opportunities.fields.probability'),
      align: 'right',
      render: (_, r) => `${r.probability}%`,
    },
    {
      key: 'weightedFen',
      title: t('opportunities.fields.weighted'),
      align: 'right',
      render: (_, r) => formatFenText(r.weightedFen),
    },
    {
      key: 'expectedCloseDate',
      title: t('opportunities.fields.expectedCloseDate'),
      sorter: true,
      render: (_, r) => r.expectedCloseDate,
    },
    { key: 'owner', title: t('opportunities.fields.owner'), render: (_, r) => r.owner.displayName },
    {
      key: 'updatedAt',
      title: t('opportunities.fields.updatedAt'),
      sorter: true,
      render: (_, r) => formatDateTime(r.updatedAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, r) => (
        <Space size={0}>
          {r.canEdit && (
            <Button size="small" type="link" onClick={() => opts.onEdit(r)}>
              {t('common.edit')}
            </Button>
          )}
          <StageMoveMenu opportunity={r} onMove={(stage) => opts.onMove(r, stage)} />
        </Space>
      ),
    },
  ];
}
