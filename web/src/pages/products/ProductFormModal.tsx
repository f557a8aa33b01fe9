import { Alert, AutoComplete, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../api/hooks/me';
import { useCreateProduct, useProductCategories, useUpdateProduct } from '../../api/hooks/products';
import type { TProduct } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { yuanInputToFenText } from '../../components/format';
import { YuanField } from './price-fields';

interface Values {
  code: string;
  name: string;
  categoryId?: string | null;
  unit: string;
  spec?: string;
  status?: TProduct['status'];
  listPriceFen?: string;
  floorPriceFen?: string;
  costFen?: string;
}

const units = ['台', '套', '件', '个', '米', '千克'];

/**
 * Q2C-1: create a product or edit its non-price fields (product:manage). Prices at creation
 * only for the director (product:price); otherwise the product waits, retired, for its prices.
 */
export function ProductFormModal({
  open,
  onClose,
  product,
}: {
  open: boolean;
  onClose: () => void;
  product?: TProduct;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const categories = useProductCategories();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const prices = !product && can('product:price');
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t(product ? 'products.editTitle' : 'products.createTitle')}
      width={600}
      testId="product-form"
      codeFields={{ PRODUCT_CODE_TAKEN: 'code', PRODUCT_NOT_PRICED: 'status' }}
      initialValues={
        product
          ? {
              code: product.code,
              name: product.name,
              categoryId: product.category?.id ?? null,
              unit: product.unit,
              spec: product.spec ?? undefined,
              status: product.status,
            }
          : { unit: '台' }
      }
      onSubmit={async (v) => {
        const common = {
          code: v.code,
          name: v.name,
          categoryId: v.categoryId ?? null,
          unit: v.unit,
          spec: v.spec ?? null,
        };
        if (product) await update.mutateAsync({ id: product.id, ...common, status: v.status });
        else
          await create.mutateAsync({
            ...common,
            ...(prices
              ? {
                  listPriceFen: yuanInputToFenText(v.listPriceFen) ?? undefined,
                  floorPriceFen: yuanInputToFenText(v.floorPriceFen) ?? undefined,
                  costFen: yuanInputToFenText(v.costFen) ?? null,
                }
              : {}),
          });
      }}
    >
      {!product && !prices && (
        <Alert type="info" showIcon message={t('products.unpricedHint')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        name="code"
        label={t('products.fields.code')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('products.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="categoryId" label={t('products.fields.category')}>
        <Select
          allowClear
          loading={categories.isLoading}
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      <Form.Item
        name="unit"
        label={t('products.fields.unit')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <AutoComplete options={units.map((u) => ({ value: u }))} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="spec" label={t('products.fields.spec')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
      </Form.Item>
      {product && (
        <Form.Item name="status" label={t('products.fields.status')}>
          <Select
            style={{ width: 200 }}
            options={(['active', 'retired'] as const).map((s) => ({
              value: s,
              label: t(`products.status.${s}`),
            }))}
          />
        </Form.Item>
      )}
      {prices && (
        <>
          <YuanField name="listPriceFen" label={t('products.fields.listPrice')} required t={t} />
          <YuanField name="floorPriceFen" label={t('products.fields.floorPrice')} required t={t} />
          <YuanField name="costFen" label={t('products.fields.cost')} t={t} />
        </>
      )}
    </FormModal>
  );
}
