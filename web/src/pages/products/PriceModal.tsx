import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useSetProductPrice } from '../../api/hooks/products';
import type { TProduct } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { fenTextToYuanInput, yuanInputToFenText } from '../../components/format';
import { YuanField } from './price-fields';

interface Values {
  listPriceFen: string;
  floorPriceFen: string;
  costFen?: string;
  reason: string;
}

/** Q2C-1: the director's price change (调价) — a new price version with its reason. */
export function PriceModal({ product, onClose }: { product: TProduct | null; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const setPrice = useSetProductPrice();
  return (
    <FormModal<Values>
      open={product !== null}
      onClose={onClose}
      title={t('products.priceTitle', { name: product?.name ?? '' })}
      testId="price-form"
      successMessage={t('products.priced')}
      initialValues={
        product?.priced
          ? {
              listPriceFen: fenTextToYuanInput(product.listPriceFen),
              floorPriceFen: fenTextToYuanInput(product.floorPriceFen),
              costFen: fenTextToYuanInput(product.costFen ?? null),
            }
          : {}
      }
      onSubmit={async (v) => {
        if (!product) return;
        await setPrice.mutateAsync({
          id: product.id,
          listPriceFen: yuanInputToFenText(v.listPriceFen) ?? '',
          floorPriceFen: yuanInputToFenText(v.floorPriceFen) ?? '',
          costFen: yuanInputToFenText(v.costFen) ?? null,
          reason: v.reason,
        });
      }}
    >
      {product && (
        <Typography.Paragraph type="secondary">
          {t('products.priceVersionNow', { version: product.priceVersion })}
        </Typography.Paragraph>
      )}
      <YuanField name="listPriceFen" label={t('products.fields.listPrice')} required t={t} />
      <YuanField
        name="floorPriceFen"
        label={t('products.fields.floorPrice')}
        required
        t={t}
        extra={t('products.floorHint')}
      />
      {can('product:cost') && (
        <YuanField name="costFen" label={t('products.fields.cost')} t={t} extra={t('products.costHint')} />
      )}
      <Form.Item
        name="reason"
        label={t('products.fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}
