import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/ErrorAlert';
import { formatFenText } from '../../components/format';
import { usePhone } from '../../components/use-phone';
import { enumLabel } from '../../i18n/labels';
import { type DraftItem, ItemDrawer } from './ItemDrawer';
import { useRefLabel } from './RefPicker';

interface Props {
  items: readonly DraftItem[];
  editable: boolean;
  /**
   * Keeps the new list; `index` is the edited item's position in it. Resolves to the server's
   * messages on that item (empty: kept); rejects with any other error.
   */
  onCommit: (next: DraftItem[], index: number) => Promise<{ field: string; message: string }[]>;
}

const kindColor = { customer: 'blue', opportunity: 'purple', action: 'green' } as const;

/**
 * PLAN-4: how the targets will be reached — key customers, opportunities, actions — each with
 * what it should bring. Cards on a phone, a table on a desk; each change is saved at once.
 */
export function ItemsEditor({ items, editable, onCommit }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refLabel = useRefLabel();
  const [editing, setEditing] = useState<{ index: number | null } | null>(null);

  const save = (index: number | null) => (item: DraftItem) => {
    const next = index === null ? [...items, item] : items.map((x, i) => (i === index ? item : x));
    return onCommit(next, index ?? next.length - 1);
  };
  const remove = async (index: number) => {
    try {
      await onCommit(
        items.filter((_, i) => i !== index),
        -1,
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const what = (i: DraftItem) =>
    i.kind === 'action' ? (i.note ?? '') : i.ref ? refLabel(i.ref) : t('labels.unknownValue');
  const actions = (index: number) =>
    editable && (
      <Space size={4}>
        <Button
          icon={<EditOutlined />}
          aria-label={t('common.edit')}
          onClick={() => setEditing({ index })}
          data-testid="item-edit"
        />
        <Popconfirm
          title={t('personalPlans.item.confirmRemove')}
          onConfirm={() => remove(index)}
          okText={t('personalPlans.item.remove')}
          cancelText={t('common.cancel')}
        >
          <Button danger icon={<DeleteOutlined />} aria-label={t('personalPlans.item.remove')} />
        </Popconfirm>
      </Space>
    );
  const addButton = editable && (
    <Button
      type={phone ? 'primary' : 'default'}
      icon={<PlusOutlined />}
      block={phone}
      size={phone ? 'large' : 'middle'}
      onClick={() => setEditing({ index: null })}
      data-testid="item-add"
    >
      {t('personalPlans.item.add')}
    </Button>
  );
  const rows = items.map((item, index) => ({ item, index }));

  const body = phone ? (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      {items.length === 0 && <Empty description={t('personalPlans.noItems')} />}
      {rows.map(({ item, index }) => (
        <Card key={`${item.id ?? 'new'}-${index}`} size="small" data-testid="plan-item-card">
          <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Space size={4} wrap>
                <Tag color={kindColor[item.kind]}>{enumLabel(t, 'kind', item.kind)}</Tag>
                {item.expectedFen && (
                  <Typography.Text strong>{formatFenText(item.expectedFen)}</Typography.Text>
                )}
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0 0', wordBreak: 'break-all' }}>
                {what(item)}
              </Typography.Paragraph>
              {item.kind !== 'action' && item.note && (
                <Typography.Paragraph type="secondary" style={{ margin: 0, wordBreak: 'break-all' }}>
                  {item.note}
                </Typography.Paragraph>
              )}
            </div>
            {actions(index)}
          </div>
        </Card>
      ))}
      {addButton}
    </Space>
  ) : (
    <>
      {addButton && <div style={{ marginBottom: 12 }}>{addButton}</div>}
      <Table
        rowKey={(r) => `${r.item.id ?? 'new'}-${r.index}`}
        size="middle"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('personalPlans.noItems')} /> }}
        data-testid="plan-items"
        columns={
          [
            {
              title: t('personalPlans.item.kind'),
              key: 'kind',
              width: 110,
              render: (_, r) => <Tag color={kindColor[r.item.kind]}>{enumLabel(t, 'kind', r.item.kind)}</Tag>,
            },
            { title: t('personalPlans.item.what'), key: 'what', render: (_, r) => what(r.item) },
            {
              title: t('personalPlans.item.expected'),
              key: 'expected',
              width: 160,
              align: 'right',
              render: (_, r) => formatFenText(r.item.expectedFen),
            },
            {
              title: t('personalPlans.item.note'),
              key: 'note',
              ellipsis: true,
              render: (_, r) => (r.item.kind === 'action' ? '' : (r.item.note ?? '')),
            },
            ...(editable
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 110,
                    render: (_: unknown, r: { index: number }) => actions(r.index),
                  },
                ]
              : []),
          ] as ColumnsType<{ item: DraftItem; index: number }>
        }
      />
    </>
  );

  return (
    <div>
      {body}
      {editing && (
        <ItemDrawer
          item={editing.index === null ? null : (items[editing.index] ?? null)}
          onClose={() => setEditing(null)}
          onSave={save(editing.index)}
        />
      )}
    </div>
  );
}
