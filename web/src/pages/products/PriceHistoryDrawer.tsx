import { Drawer, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useProductPrices } from '../../api/hooks/products';
import type { TProduct, TProductPriceVersion } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatYuan } from '../../components/format';

const money = (fen: string | null | undefined) => (fen ? formatYuan(BigInt(fen)) : '—');

/** Q2C-1: every price version of a product, newest first (cost only with product:cost). */
export function PriceHistoryDrawer({ product, onClose }: { product: TProduct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const prices = useProductPrices(product?.id);
  return (
    <Drawer
      open={product !== null}
      onClose={onClose}
      width={760}
      title={t('products.historyTitle', { name: product?.name ?? '' })}
      destroyOnHidden
    >
      <ErrorAlert error={prices.error} />
      <Table<TProductPriceVersion>
        rowKey="version"
        size="small"
        loading={prices.isLoading}
        dataSource={prices.data}
        pagination={false}
        data-testid="price-history"
        columns={[
          { title: t('products.fields.version'), dataIndex: 'version', width: 70 },
          { title: t('products.fields.listPrice'), dataIndex: 'listPriceFen', align: 'right', render: money },
          {
            title: t('products.fields.floorPrice'),
            dataIndex: 'floorPriceFen',
            align: 'right',
            render: money,
          },
          ...(can('product:cost')
            ? [
                {
                  title: t('products.fields.cost'),
                  dataIndex: 'costFen',
                  align: 'right' as const,
                  render: money,
                },
              ]
            : []),
          { title: t('products.fields.reason'), dataIndex: 'reason' },
          { title: t('products.fields.effectiveAt'), dataIndex: 'effectiveAt', render: formatDateTime },
          {
            title: t('products.fields.actor'),
            key: 'actor',
            render: (_: unknown, v: TProductPriceVersion) => v.actor?.displayName ?? '—',
          },
        ]}
      />
    </Drawer>
  );
}
