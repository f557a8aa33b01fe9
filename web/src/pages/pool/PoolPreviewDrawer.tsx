import { Descriptions, Drawer, Empty, List, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePoolPreview } from '../../api/hooks/pool';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { CustomerTypeTag } from '../customers/customer-options';

/**
 * 公海: a read-only preview of a pool customer before claiming it — the file's description,
 * contacts by name and title, the latest follow-ups. Phones and e-mail show once claimed.
 */
export function PoolPreviewDrawer({
  id,
  onClose,
  actions,
}: {
  id: string | null;
  onClose: () => void;
  /** The claim button, as the list row offers it. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const preview = usePoolPreview(id);
  const c = preview.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={c?.name ?? t('pool.preview.title')}
      extra={actions}
      data-testid="pool-preview"
    >
      <ErrorAlert error={preview.error} />
      {preview.isPending && id !== null ? (
        <Skeleton active />
      ) : c ? (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('pool.preview.hint')}</Typography.Text>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('customers.fields.type')}>
              <CustomerTypeTag type={c.type} />
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.level')}>{c.level}</Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.source')}>
              {t(`customers.sources.${c.source}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.industry')}>{c.industry ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('pool.fields.unit')}>{c.unit.name}</Descriptions.Item>
            <Descriptions.Item label={t('pool.fields.previousOwner')}>
              {c.previousOwner?.displayName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('pool.fields.pooledAt')}>
              {formatDateTime(c.pooledAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.lastFollowUpAt')}>
              {c.lastFollowUpAt ? formatDateTime(c.lastFollowUpAt) : t('customers.neverFollowedUp')}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.address')} span={2}>
              {c.address ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.website')} span={2}>
              {c.website ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.tags')} span={2}>
              {c.tags.length ? c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('customers.fields.remark')} span={2}>
              {c.remark ?? '—'}
            </Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t('customers.tabs.contacts')}</Typography.Title>
            {c.contacts.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Space wrap>
                {c.contacts.map((k) => (
                  <Tag key={k.id}>{k.title ? `${k.name} · ${k.title}` : k.name}</Tag>
                ))}
              </Space>
            )}
          </div>
          <div>
            <Typography.Title level={5}>{t('pool.preview.followUps')}</Typography.Title>
            <List
              size="small"
              dataSource={c.followUps}
              locale={{ emptyText: t('customers.neverFollowedUp') }}
              renderItem={(f) => (
                <List.Item>
                  <List.Item.Meta
                    title={
                      <Space size={8}>
                        <Tag>{t(`customers.followUp.kinds.${f.kind}`)}</Tag>
                        <span>{formatDateTime(f.occurredAt)}</span>
                        <Typography.Text type="secondary">{f.author?.displayName ?? ''}</Typography.Text>
                      </Space>
                    }
                    description={f.content}
                  />
                </List.Item>
              )}
            />
          </div>
        </Space>
      ) : null}
    </Drawer>
  );
}
