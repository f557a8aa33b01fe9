import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  onSearch: (values: V) => void;
  children: ReactNode;
  /** Extra buttons after Search and Reset (e.g. Create). */
  extra?: ReactNode;
}

/** The search form above a list: Enter or Search applies, Reset clears and applies. */
export function SearchForm<V extends object>({ onSearch, children, extra }: Props<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  return (
    <Form<V>
      form={form}
      layout="inline"
      onFinish={onSearch}
      style={{ marginBottom: 16, rowGap: 12 }}
      data-testid="search-form"
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('common.search')}
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              onSearch(form.getFieldsValue());
            }}
          >
            {t('common.reset')}
          </Button>
          {extra}
        </Space>
      </Form.Item>
    </Form>
  );
}
