import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TPaymentChoices } from '../../api/types';
import { formatFenText } from '../../components/format';

type Choice = TPaymentChoices['contracts'][number];

interface Props extends Omit<SelectProps<string>, 'options' | 'showSearch'> {
  contracts: Choice[];
}

/** The label of a contract in the payment form: its number and what is still open on it (AR-4). */
export function contractChoiceLabel(t: (key: string, values?: Record<string, string>) => string, c: Choice) {
  const open = t('payments.record.contractOpen', { number: c.number, open: formatFenText(c.openFen) });
  return c.pendingFen === '0'
    ? open
    : `${open}${t('payments.record.contractPending', { pending: formatFenText(c.pendingFen) })}`;
}

/**
 * AR-4: the customer's signed contracts, each with its open balance (not its total): what a new
 * payment may still settle. Typing filters by number; the arrow keys and Enter pick.
 */
export function PaymentContractPicker({ contracts, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <Select<string>
      placeholder={t('payments.record.contractAny')}
      notFoundContent={t('payments.record.noContracts')}
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      options={contracts.map((c) => ({ value: c.id, label: contractChoiceLabel(t, c) }))}
      data-testid="payment-contract-picker"
    />
  );
}
