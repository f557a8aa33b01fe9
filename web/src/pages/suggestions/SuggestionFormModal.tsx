import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { type TSuggestionCreate, useSubmitSuggestion } from './hooks';

export const categories = ['product', 'process', 'market', 'other'] as const;

/** OPS-9: make a suggestion — title, category, content; it goes to review at once. */
export function SuggestionFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmitSuggestion();
  const navigate = useNavigate();
  return (
    <FormModal<TSuggestionCreate>
      open={open}
      title={t('suggestions.create')}
      onClose={onClose}
      okText={t('suggestions.submit')}
      successMessage={t('suggestions.submitted')}
      initialValues={{ category: 'process' }}
      testId="suggestion-form"
      onSubmit={async (body) => {
        const made = await submit.mutateAsync(body);
        navigate(`/suggestions/${made.id}`);
      }}
    >
      <Form.Item name="title" label={t('suggestions.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={100} autoFocus />
      </Form.Item>
      <Form.Item name="category" label={t('suggestions.fields.category')} rules={[{ required: true }]}>
        <Select options={categories.map((c) => ({ value: c, label: t(`suggestions.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="content" label={t('suggestions.fields.content')} rules={[{ required: true }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}
