import { Alert, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePrepareVisit } from '../../api/hooks/visits';
import type { TVisit } from '../../api/types';
import { companyNow, fromPickerValue, toPickerValue } from '../../components/company-time';
import { DateTimeField } from '../../components/DateTimeField';
import { FormModal } from '../../components/FormModal';
import { MoneyInput } from '../../components/MoneyInput';

interface Values {
  contactName: string;
  contactedAt: Dayjs;
  itemsToCarry?: string;
  expenseFen?: string | null;
  giftNote?: string;
  entertainmentNote?: string;
}

/**
 * VIS-4: before the visit — whom at the customer the rep contacted and when, what to carry, the
 * expense, a gift and entertainment. Expense, a gift or entertainment goes to pre-approval; once
 * approved those stay as approved.
 */
export function PrepareVisitModal({
  visit,
  open,
  onClose,
}: {
  visit: TVisit;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const prepare = usePrepareVisit();
  const fixed = visit.preApproval === 'approved';
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('visits.prepare.title')}
      successMessage={t('visits.prepare.saved')}
      testId="visit-prepare-form"
      initialValues={{
        contactName: visit.contactName ?? undefined,
        contactedAt: toPickerValue(visit.contactedAt) ?? companyNow(),
        itemsToCarry: visit.itemsToCarry ?? undefined,
        expenseFen: visit.expenseFen,
        giftNote: visit.giftNote ?? undefined,
        entertainmentNote: visit.entertainmentNote ?? undefined,
      }}
      onSubmit={(v) =>
        prepare.mutateAsync({
          id: visit.id,
          body: {
            contactName: v.contactName,
            contactedAt: fromPickerValue(v.contactedAt),
            itemsToCarry: v.itemsToCarry ?? null,
            expenseFen: v.expenseFen ?? null,
            giftNote: v.giftNote ?? null,
            entertainmentNote: v.entertainmentNote ?? null,
          },
        })
      }
    >
      <Form.Item
        name="contactName"
        label={t('visits.prepare.contactName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input maxLength={100} placeholder={t('visits.prepare.contactNameHint')} />
      </Form.Item>
      <Form.Item
        name="contactedAt"
        label={t('visits.prepare.contactedAt')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <DateTimeField allowClear={false} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="itemsToCarry" label={t('visits.prepare.itemsToCarry')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Alert
        type={fixed ? 'success' : 'info'}
        showIcon
        title={t(fixed ? 'visits.prepare.approvedFixed' : 'visits.prepare.approvalHint')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item name="expenseFen" label={t('visits.prepare.expense')}>
        <MoneyInput disabled={fixed} data-testid="visit-expense" />
      </Form.Item>
      <Form.Item name="giftNote" label={t('visits.prepare.gift')}>
        <Input maxLength={500} disabled={fixed} placeholder={t('visits.prepare.giftHint')} />
      </Form.Item>
      <Form.Item name="entertainmentNote" label={t('visits.prepare.entertainment')}>
        <Input maxLength={500} disabled={fixed} placeholder={t('visits.prepare.entertainmentHint')} />
      </Form.Item>
    </FormModal>
  );
}
