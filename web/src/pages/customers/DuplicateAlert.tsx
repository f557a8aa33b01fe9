import { Alert, Form, type FormInstance, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDuplicateCheck } from '../../api/hooks/customers';
import type { TDuplicate } from '../../api/types';
import { useDebounced } from '../../components/use-debounced';

const DEBOUNCE_MS = 400;
/** Shorter names match too much to be worth asking about. */
const MIN_NAME_LENGTH = 2;

/** One possible duplicate: a link (new tab, so the form survives), its owner or the pool, what matched. */
function DuplicateLine({ d }: { d: TDuplicate }) {
  const { t } = useTranslation();
  const who = d.inPool
    ? t('customers.duplicates.inPool')
    : d.owner
      ? t('customers.duplicates.owner', { name: d.owner.displayName })
      : t('customers.duplicates.noOwner');
  return (
    <div data-testid="duplicate-item">
      <Link to={`/customers/${d.id}`} target="_blank" rel="noopener">
        {d.name}
      </Link>
      <Typography.Text>{who}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {t('customers.duplicates.matchedBy', {
          fields: d.by.map((b) => t(`customers.duplicates.by.${b}`)).join(t('customers.duplicates.joiner')),
        })}
      </Typography.Text>
    </div>
  );
}

/** CUS-1: customers that may be the same one; a warning, never a block. */
export function DuplicateAlert({
  items,
  title,
  onClose,
}: {
  items: TDuplicate[] | undefined;
  title?: string;
  /** Given: the warning can be dismissed. */
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  if (!items || items.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicate-alert"
      closable={onClose !== undefined}
      onClose={onClose}
      title={title ?? t('customers.duplicates.title')}
      description={
        <Space orientation="vertical" size={2}>
          {items.map((d) => (
            <DuplicateLine key={d.id} d={d} />
          ))}
        </Space>
      }
    />
  );
}

/**
 * Watches name, credit code and phone on a customer form and warns, after a pause in typing,
 * about records that look like the same customer.
 */
export function LiveDuplicateAlert<T extends object>({
  form,
  excludeId,
}: {
  form: FormInstance<T>;
  excludeId?: string;
}) {
  const name = (Form.useWatch('name', form) as string | undefined)?.trim() ?? '';
  const creditCode = (Form.useWatch('creditCode', form) as string | undefined)?.trim() ?? '';
  const phone = (Form.useWatch('phone', form) as string | undefined)?.trim() ?? '';
  // Debounce one text key: a fresh object every render would restart the timer forever.
  const typed = useDebounced(JSON.stringify([name, creditCode, phone]), DEBOUNCE_MS);
  const [n, c, p] = JSON.parse(typed) as [string, string, string];
  const query = {
    name: n.length >= MIN_NAME_LENGTH ? n : undefined,
    creditCode: c || undefined,
    phone: p || undefined,
    excludeId,
  };
  const enabled = Boolean(query.name || query.creditCode || query.phone);
  const duplicates = useDuplicateCheck(query, enabled);
  return <DuplicateAlert items={enabled ? duplicates.data : undefined} />;
}
