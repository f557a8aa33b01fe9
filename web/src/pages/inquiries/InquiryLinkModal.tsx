import { Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerLookup } from '../../api/hooks/customers';
import { useLinkInquiry } from '../../api/hooks/inquiries';
import type { TInquiry, TInquiryLink } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useDebounced } from '../../components/use-debounced';

/**
 * CUS-2/CUS-5: the person is already on file. Any customer of the company may be chosen,
 * whoever owns it; the owner sees the entry on the customer's timeline.
 */
export function InquiryLinkModal({ entry, onClose }: { entry: TInquiry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const link = useLinkInquiry();
  // Start from the entry's name: the likeliest match is listed before anything is typed.
  const [search, setSearch] = useState('');
  useEffect(() => setSearch(entry?.name ?? ''), [entry]);
  const q = useDebounced(search.trim(), 300);
  const lookup = useCustomerLookup(q);
  return (
    <FormModal<TInquiryLink>
      open={entry !== null}
      title={t('inquiries.link')}
      onClose={onClose}
      testId="inquiry-link-form"
      okText={t('inquiries.link')}
      successMessage={t('inquiries.linked')}
      onSubmit={(body) => link.mutateAsync({ id: entry?.id ?? '', body })}
    >
      {entry && (
        <Typography.Paragraph type="secondary">
          {t('inquiries.linkHint', { number: entry.number, name: entry.name })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="customerId"
        label={t('inquiries.fields.customer')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select<string>
          autoFocus
          placeholder={t('inquiries.customerSearch')}
          showSearch={{ filterOption: false, onSearch: setSearch }}
          loading={lookup.isFetching}
          notFoundContent={
            q.length < 2
              ? t('inquiries.typeTwo')
              : lookup.isFetching
                ? t('common.loading')
                : t('common.noMatch')
          }
          options={(lookup.data ?? []).map((c) => ({
            value: c.id,
            label: c.owner ? `${c.name} · ${c.owner.displayName}` : `${c.name} · ${t('inquiries.inPool')}`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}
