import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateProductCategory } from '../../api/hooks/products';
import { FormModal } from '../../components/FormModal';

/** Q2C-1: a new category of the catalogue. */
export function CategoryModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProductCategory();
  return (
    <FormModal<{ name: string; sort?: number }>
      open={open}
      onClose={onClose}
      title={t('products.categoryTitle')}
      codeFields={{ PRODUCT_CATEGORY_TAKEN: 'name' }}
      onSubmit={(v) => create.mutateAsync({ name: v.name, sort: v.sort ?? 0 })}
    >
      <Form.Item
        name="name"
        label={t('products.fields.categoryName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="sort" label={t('products.fields.sort')}>
        <InputNumber min={0} max={10000} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
