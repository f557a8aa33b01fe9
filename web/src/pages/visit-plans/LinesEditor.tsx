import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Grid, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../components/ErrorAlert';
import { enumLabel } from '../../i18n/labels';
import { byDate, type DraftLine } from './draft-lines';
import type { TPurpose } from './hooks';
import { LineDrawer } from './LineDrawer';

export type LineFieldErrors = { field: string; message: string }[];

interface Props {
  lines: readonly DraftLine[];
  month: string;
  purposes: readonly TPurpose[];
  /** Lines may be added, edited and removed. */
  editable: boolean;
  /**
   * Keeps the new set of lines (in date order); `index` is the edited line's position in it.
   * Resolves to the server's messages on that line (empty: kept); rejects with any other error.
   */
  onCommit?: (next: DraftLine[], index: number) => Promise<LineFieldErrors>;
  /** Messages on lines from the last save, by line key. */
  errors?: ReadonlyMap<string, LineFieldErrors>;
  testId?: string;
}

/**
 * VIS-1: the lines of a plan. On a phone a list of cards grouped by date, each opened in a
 * drawer; on a desk a table. Read-only when the plan is not editable.
 */
export function LinesEditor({ lines, month, purposes, editable, onCommit, errors, testId }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [editing, setEditing] = useState<{ line: DraftLine | null } | null>(null);
  const { message } = App.useApp();
  const errorText = useErrorText();
  const sorted = byDate(lines);

  const commit = async (next: DraftLine[], key: string) => {
    const ordered = byDate(next);
    return onCommit
      ? onCommit(
          ordered,
          ordered.findIndex((l) => l.key === key),
        )
      : [];
  };
  const save = (line: DraftLine) => {
    const exists = sorted.some((l) => l.key === line.key);
    const next = exists ? sorted.map((l) => (l.key === line.key ? line : l)) : [...sorted, line];
    return commit(next, line.key);
  };
  const remove = async (line: DraftLine) => {
    try {
      await commit(
        sorted.filter((l) => l.key !== line.key),
        '',
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const hoursLabel = (l: DraftLine) => t('visitPlans.hoursValue', { hours: l.plannedHours });
  const actions = (l: DraftLine) =>
    editable && (
      <Space size={4}>
        <Button
          icon={<EditOutlined />}
          aria-label={t('common.edit')}
          onClick={() => setEditing({ line: l })}
          data-testid="line-edit"
        />
        <Popconfirm
          title={t('visitPlans.line.confirmRemove')}
          onConfirm={() => remove(l)}
          okText={t('visitPlans.line.remove')}
          cancelText={t('common.cancel')}
        >
          <Button
            danger
            icon={<DeleteOutlined />}
            aria-label={t('visitPlans.line.remove')}
            data-testid="line-remove"
          />
        </Popconfirm>
      </Space>
    );
  const problems = (l: DraftLine) => {
    const list = errors?.get(l.key);
    return list?.length ? (
      <Alert
        type="error"
        showIcon
        style={{ marginTop: 8 }}
        title={list
          .map(
            (e) =>
              `${t(`visitPlans.line.${e.field}`, { defaultValue: t('labels.unknownValue') })}：${e.message}`,
          )
          .join('；')}
      />
    ) : null;
  };

  const addButton = editable && (
    <Button
      type={phone ? 'primary' : 'default'}
      icon={<PlusOutlined />}
      block={phone}
      size={phone ? 'large' : 'middle'}
      onClick={() => setEditing({ line: null })}
      data-testid="line-add"
    >
      {t('visitPlans.line.add')}
    </Button>
  );

  const days = [...new Set(sorted.map((l) => l.plannedOn))];
  const body = phone ? (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      {sorted.length === 0 && <Empty description={t('visitPlans.noLines')} />}
      {days.map((day) => (
        <div key={day}>
          <Typography.Text type="secondary" strong>
            {day}
          </Typography.Text>
          <Space orientation="vertical" style={{ width: '100%', marginTop: 4 }} size={8}>
            {sorted
              .filter((l) => l.plannedOn === day)
              .map((l) => (
                <Card key={l.key} size="small" data-testid="plan-line-card">
                  <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                    <div style={{ flex: 1, minWidth: 0 }}>
                      <Typography.Text strong style={{ display: 'block', wordBreak: 'break-all' }}>
                        {l.customer.name}
                      </Typography.Text>
                      <Space size={4} wrap>
                        <Tag color="blue">{enumLabel(t, 'purpose', l.purpose)}</Tag>
                        <Typography.Text type="secondary">{hoursLabel(l)}</Typography.Text>
                      </Space>
                      {l.note && (
                        <Typography.Paragraph type="secondary" style={{ margin: 0, wordBreak: 'break-all' }}>
                          {l.note}
                        </Typography.Paragraph>
                      )}
                    </div>
                    {actions(l)}
                  </div>
                  {problems(l)}
                </Card>
              ))}
          </Space>
        </div>
      ))}
      {addButton}
    </Space>
  ) : (
    <>
      {addButton && <div style={{ marginBottom: 12 }}>{addButton}</div>}
      <Table<DraftLine>
        rowKey="key"
        size="middle"
        pagination={false}
        dataSource={sorted}
        locale={{ emptyText: <Empty description={t('visitPlans.noLines')} /> }}
        columns={
          [
            { title: t('visitPlans.line.plannedOn'), dataIndex: 'plannedOn', width: 120 },
            {
              title: t('visitPlans.line.customer'),
              key: 'customer',
              render: (_, l) => (
                <>
                  {l.customer.name}
                  {problems(l)}
                </>
              ),
            },
            {
              title: t('visitPlans.line.purpose'),
              key: 'purpose',
              width: 150,
              render: (_, l) => <Tag color="blue">{enumLabel(t, 'purpose', l.purpose)}</Tag>,
            },
            {
              title: t('visitPlans.line.plannedHours'),
              key: 'hours',
              width: 130,
              align: 'right',
              render: (_, l) => l.plannedHours,
            },
            { title: t('visitPlans.line.note'), dataIndex: 'note', ellipsis: true },
            ...(editable
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 110,
                    render: (_: unknown, l: DraftLine) => actions(l),
                  },
                ]
              : []),
          ] as ColumnsType<DraftLine>
        }
      />
    </>
  );

  return (
    <div data-testid={testId}>
      {body}
      {editing && (
        <LineDrawer
          open
          line={editing?.line ?? null}
          month={month}
          purposes={purposes}
          onClose={() => setEditing(null)}
          onSave={save}
        />
      )}
    </div>
  );
}
