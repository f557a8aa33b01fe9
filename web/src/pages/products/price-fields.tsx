import { Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import { isYuanInput } from '../../components/format';

/** A price typed in yuan under the API's own field name (…Fen), so the server's field errors land on it. */
export function YuanField({
  name,
  label,
  required,
  t,
  extra,
}: {
  name: string;
  label: string;
  required?: boolean;
  t: TFunction;
  extra?: string;
}) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[
        ...(required ? [{ required: true, whitespace: true, message: t('validation.required') }] : []),
        {
          validator: async (_: unknown, value?: string) => {
            if (value?.trim() && !isYuanInput(value)) throw new Error(t('products.amountInvalid'));
          },
        },
      ]}
    >
      <Input inputMode="decimal" prefix="¥" style={{ width: 200 }} />
    </Form.Item>
  );
}
