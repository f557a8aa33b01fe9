import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { companyNow } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { MoneyInput } from '../../components/MoneyInput';
import { type TEntry, type TEntryInput, useRecordEntry, useUpdateEntry } from './hooks';

export const kinds = ['competitor', 'price', 'product', 'policy', 'other'] as const;

/**
 * OPS-10: record (or change) market information — one column, native date picker, so a rep
 * fills it on a phone right after a visit. A customer or visit comes from the page that opens it.
 */
export function EntryFormModal({
  open,
  onClose,
  entry,
  link,
}: {
  open: boolean;
  onClose: () => void;
  entry?: TEntry;
  link?: { customerId?: string; visitId?: string };
}) {
  const { t } = useTranslation();
  const record = useRecordEntry();
  const update = useUpdateEntry();
  const initial: Partial<TEntryInput> = entry
    ? {
        kind: entry.kind,
        competitor: entry.competitor,
        product: entry.product,
        priceFen: entry.priceFen,
        region: entry.region,
        source: entry.source,
        observedOn: entry.observedOn,
        content: entry.content,
      }
    : { kind: 'competitor', observedOn: companyNow().format('YYYY-MM-DD') };
  return (
    <FormModal<TEntryInput>
      open={open}
      title={entry ? t('marketIntel.edit') : t('marketIntel.create')}
      onClose={onClose}
      initialValues={initial}
      testId="market-intel-form"
      onSubmit={(values) => {
        const body = {
          ...values,
          customerId: entry ? (entry.customer?.id ?? null) : (link?.customerId ?? null),
          visitId: entry ? entry.visitId : (link?.visitId ?? null),
        };
        return entry ? update.mutateAsync({ id: entry.id, body }) : record.mutateAsync(body);
      }}
    >
      <Form.Item name="kind" label={t('marketIntel.fields.kind')} rules={[{ required: true }]}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`marketIntel.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="competitor" label={t('marketIntel.fields.competitor')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="product" label={t('marketIntel.fields.product')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="priceFen" label={t('marketIntel.fields.price')}>
        <MoneyInput />
      </Form.Item>
      <Form.Item name="region" label={t('marketIntel.fields.region')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="source" label={t('marketIntel.fields.source')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="observedOn" label={t('marketIntel.fields.observedOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="content" label={t('marketIntel.fields.content')} rules={[{ required: true }]}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
