import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { categories, levels, retentionClasses, type TDocumentCreate, useCreateDocument } from './hooks';

/** DOC-1: the keeper catalogues a document; the retention class defaults to the category's policy. */
export function DocumentFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateDocument();
  const navigate = useNavigate();
  return (
    <FormModal<TDocumentCreate>
      open={open}
      title={t('documents.create')}
      onClose={onClose}
      okText={t('documents.create')}
      successMessage={t('documents.created')}
      testId="document-form"
      initialValues={{ confidentiality: 'public' }}
      onSubmit={async (values) => {
        const doc = await create.mutateAsync(values);
        navigate(`/documents/${doc.id}`);
      }}
    >
      <Form.Item name="title" label={t('documents.fields.title')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="category" label={t('documents.fields.category')} rules={[{ required: true }]}>
        <Select options={categories.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item
        name="confidentiality"
        label={t('documents.fields.confidentiality')}
        rules={[{ required: true }]}
      >
        <Select options={levels.map((l) => ({ value: l, label: t(`documents.levels.${l}`) }))} />
      </Form.Item>
      <Form.Item
        name="retentionClass"
        label={t('documents.fields.retentionClass')}
        extra={t('documents.retentionDefault')}
      >
        <Select
          allowClear
          options={retentionClasses.map((r) => ({ value: r, label: t(`documents.retention.${r}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('documents.fields.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
