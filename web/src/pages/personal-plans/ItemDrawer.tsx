import { Button, Drawer, Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MoneyInput } from '../../components/MoneyInput';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import type { TItemKind, TItemRef, TPlanItem } from './hooks';
import { RefPicker } from './RefPicker';

interface Values {
  kind: TItemKind;
  refId?: string | null;
  expectedFen?: string | null;
  note?: string;
}

/** An item as the editor holds it before it is saved (`ref` names the customer or opportunity). */
export type DraftItem = Omit<TPlanItem, 'id'> & { id: string | null };

export interface ItemDrawerProps {
  /** The item edited; null: a new one. */
  item: DraftItem | null;
  onClose: () => void;
  /** Keeps the item; resolves to the server's messages on its fields (empty when kept), or rejects. */
  onSave: (item: DraftItem) => Promise<{ field: string; message: string }[]>;
}

const kinds: TItemKind[] = ['customer', 'opportunity', 'action'];

/**
 * PLAN-4: one way the targets will be reached — a key customer, an opportunity, or an action —
 * with what it should bring (¥) and a note. A drawer from the bottom on a phone, from the side
 * on a desk.
 */
export function ItemDrawer({ item, onClose, onSave }: ItemDrawerProps) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? item?.kind ?? 'customer';
  const [ref, setRef] = useState<TItemRef | null>(item?.ref ?? null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  async function finish(v: Values) {
    setSaving(true);
    setError(null);
    try {
      const fields = await onSave({
        id: item?.id ?? null,
        kind: v.kind,
        ref: v.kind === 'action' ? null : ref,
        note: v.note?.trim() ? v.note.trim() : null,
        expectedFen: v.expectedFen ?? null,
      });
      if (fields.length === 0) onClose();
      else form.setFields(fields.map((f) => ({ name: f.field as keyof Values, errors: [f.message] })));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Drawer
      open
      onClose={onClose}
      title={item ? t('personalPlans.item.edit') : t('personalPlans.item.add')}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '88%' : 480}
      data-testid="item-drawer"
      footer={
        <Button
          type="primary"
          block
          size="large"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="item-save"
        >
          {t('common.save')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: item?.kind ?? 'customer',
          refId: item?.ref?.id ?? null,
          expectedFen: item?.expectedFen ?? null,
          note: item?.note ?? '',
        }}
        onFinish={(v) => void finish(v)}
      >
        <Form.Item name="kind" label={t('personalPlans.item.kind')}>
          <Segmented
            block
            options={kinds.map((k) => ({ value: k, label: enumLabel(t, 'kind', k) }))}
            onChange={() => {
              form.setFieldValue('refId', null);
              setRef(null);
            }}
            data-testid="item-kind"
          />
        </Form.Item>
        {kind !== 'action' && (
          <Form.Item
            name="refId"
            label={t(kind === 'customer' ? 'personalPlans.item.customer' : 'personalPlans.item.opportunity')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <RefPicker key={kind} kind={kind} initial={ref} onPicked={setRef} data-testid="item-ref" />
          </Form.Item>
        )}
        <Form.Item name="expectedFen" label={t('personalPlans.item.expected')}>
          <MoneyInput data-testid="item-expected" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t(kind === 'action' ? 'personalPlans.item.action' : 'personalPlans.item.note')}
          rules={
            kind === 'action' ? [{ required: true, whitespace: true, message: t('validation.required') }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={500} showCount data-testid="item-note" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
