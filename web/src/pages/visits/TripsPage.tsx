import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, List, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { ApiBody, ApiResponse } from '../../api/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';

type TTrip = ApiResponse<'GET /api/visit-trips/{id}'>;
type TTripCreate = ApiBody<'POST /api/visit-trips'>;
const key = ['visit-trips'] as const;
const colors = {
  planned: 'processing',
  away: 'processing',
  returned: 'success',
  cancelled: 'default',
} as const;

function useTripChange<V>(fn: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([key, ['worklogs'], ['todo']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

function TripModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useTripChange((body: TTripCreate) => api.post('/api/visit-trips', { body }));
  const { run, error, pending } = useAction({ form, inline: true });
  const onOk = async () => {
    let v: {
      range: [{ format(f: string): string }, { format(f: string): string }];
      destination: string;
      purpose: string;
    };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const ok = await run(
      () =>
        create.mutateAsync({
          departsOn: v.range[0].format('YYYY-MM-DD'),
          returnsOn: v.range[1].format('YYYY-MM-DD'),
          destination: v.destination,
          purpose: v.purpose,
        }),
      t('trips.created'),
    );
    if (ok) {
      form.resetFields();
      onClose();
    }
  };
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <Modal
      open={open}
      title={t('trips.new')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="range"
          label={t('trips.fields.dates')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="destination" label={t('trips.fields.destination')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="purpose" label={t('trips.fields.purpose')} rules={required}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}

/** OPS-1 (出差): my trips and my team's — record one, mark it returned (the logs of its days fall due), cancel it. */
export function TripsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: [...key, page],
    queryFn: () =>
      api.get('/api/visit-trips', { query: { page, pageSize: 20, sort: 'departsOn', order: 'desc' } }),
  });
  const markReturned = useTripChange((id: string) =>
    api.post('/api/visit-trips/{id}/return', { params: { id } }),
  );
  const cancel = useTripChange((id: string) =>
    api.post('/api/visit-trips/{id}/cancel', { params: { id }, body: { reason: t('trips.cancelReason') } }),
  );
  const { run, error } = useAction({ inline: true });
  return (
    <Card
      title={t('trips.title')}
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('trips.new')}
        </Button>
      }
    >
      <ErrorAlert error={list.error ?? error} />
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('trips.empty') }}
        pagination={
          (list.data?.total ?? 0) > 20
            ? { current: page, pageSize: 20, total: list.data?.total, onChange: setPage }
            : false
        }
        renderItem={(trip: TTrip) => (
          <List.Item
            actions={[
              trip.actions.markReturned && (
                <Popconfirm
                  key="r"
                  title={t('trips.returnConfirm')}
                  onConfirm={() => run(() => markReturned.mutateAsync(trip.id), t('trips.returned'))}
                >
                  <Button size="small">{t('trips.markReturned')}</Button>
                </Popconfirm>
              ),
              trip.actions.cancel && (
                <Popconfirm
                  key="c"
                  title={t('trips.cancelConfirm')}
                  onConfirm={() => run(() => cancel.mutateAsync(trip.id), t('trips.cancelled'))}
                >
                  <Button size="small" danger>
                    {t('trips.cancel')}
                  </Button>
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Typography.Text strong>{trip.destination}</Typography.Text>
                  <Tag color={colors[trip.status]}>{enumLabel(t, 'status', trip.status)}</Tag>
                </Space>
              }
              description={`${trip.rep.displayName} · ${trip.departsOn} → ${trip.returnsOn} · ${trip.purpose}`}
            />
          </List.Item>
        )}
      />
      <TripModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
