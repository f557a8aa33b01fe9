import { Descriptions, Form, Input, Select, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  useAppealTargets,
  useAppealViolation,
  useCancelViolation,
  useDecideAppeal,
} from '../../api/hooks/discipline';
import type { ApiResponse } from '../../api/routes';
import { formatDateTime } from '../../components/company-time';
import { FormModal } from '../../components/FormModal';
import { formatFenText } from '../../components/format';
import { enumLabel } from '../../i18n/labels';

export type TViolation = ApiResponse<'GET /api/violations/{id}'>;

const statusColor: Record<TViolation['status'], string> = {
  recorded: 'orange',
  appealed: 'blue',
  upheld: 'red',
  cancelled: 'default',
};

export function ViolationStatusTag({ status }: { status: TViolation['status'] }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{enumLabel(t, 'status', status)}</Tag>;
}

/** PEN-2: the fine of a violation, the harm fine included (Q2C-9). */
export function fineText(v: TViolation): string {
  return formatFenText((BigInt(v.fineFen) + BigInt(v.harmFineFen)).toString());
}

export function ViolationFacts({ v, t }: { v: TViolation; t: TFunction }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('discipline.fields.person')}>{v.person.displayName}</Descriptions.Item>
      <Descriptions.Item label={t('discipline.fields.category')}>
        {enumLabel(t, 'category', v.category)}
      </Descriptions.Item>
      <Descriptions.Item label={t('discipline.fields.occurredAt')}>
        {formatDateTime(v.occurredAt)}
      </Descriptions.Item>
      {v.minutesLate !== null && (
        <Descriptions.Item label={t('discipline.fields.minutesLate')}>{v.minutesLate}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('discipline.fields.description')}>{v.description}</Descriptions.Item>
      <Descriptions.Item label={t('discipline.fields.source')}>
        {enumLabel(t, 'source', v.source)}
        {v.source === 'complaint' && v.sourceRef ? ` · ${v.sourceRef}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('discipline.fields.fine')}>{fineText(v)}</Descriptions.Item>
      {v.harmNote && (
        <Descriptions.Item label={t('discipline.fields.harmNote')}>{v.harmNote}</Descriptions.Item>
      )}
      {v.repeatCount !== null && (
        <Descriptions.Item label={t('discipline.fields.repeatCount')}>
          {v.repeatCount}
          {v.dismissalFlag ? ` · ${t('discipline.dismissalFlag')}` : ''}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('discipline.fields.status')}>
        <ViolationStatusTag status={v.status} />
      </Descriptions.Item>
      {v.appealReason && (
        <Descriptions.Item label={t('discipline.fields.appeal')}>
          {v.appealTo?.displayName} · {v.appealReason}
        </Descriptions.Item>
      )}
      {v.decisionReason && (
        <Descriptions.Item label={t('discipline.fields.decision')}>
          {v.decidedBy?.displayName} · {v.decisionReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** ORG-3: appeal to anyone above in the chain, with the reason. */
export function AppealModal({ v, onClose }: { v: TViolation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const targets = useAppealTargets(v !== null);
  const appeal = useAppealViolation();
  return (
    <FormModal<{ toUserId: string; reason: string }>
      open={v !== null}
      onClose={onClose}
      title={t('discipline.appeal.title')}
      successMessage={t('discipline.appeal.done')}
      testId="violation-appeal-form"
      width={360}
      onSubmit={(body) => appeal.mutateAsync({ id: v!.id, body })}
    >
      <Form.Item
        name="toUserId"
        label={t('discipline.appeal.to')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Select
          autoFocus
          loading={targets.isFetching}
          options={(targets.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          data-testid="appeal-to"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('discipline.appeal.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} data-testid="appeal-reason" />
      </Form.Item>
    </FormModal>
  );
}

/** ORG-3: the one appealed to upholds or cancels; a superior cancels with a reason. */
export function DecideModal({
  v,
  mode,
  onClose,
}: {
  v: TViolation | null;
  mode: 'decide' | 'cancel';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideAppeal();
  const cancel = useCancelViolation();
  return (
    <FormModal<{ decision?: 'uphold' | 'cancel'; reason: string }>
      open={v !== null}
      onClose={onClose}
      title={t(mode === 'decide' ? 'discipline.decide.title' : 'discipline.cancel.title')}
      successMessage={t('discipline.decide.done')}
      testId="violation-decide-form"
      initialValues={{ decision: 'uphold' }}
      onSubmit={(body) =>
        mode === 'decide'
          ? decide.mutateAsync({
              id: v!.id,
              body: { decision: body.decision ?? 'uphold', reason: body.reason },
            })
          : cancel.mutateAsync({ id: v!.id, body: { reason: body.reason } })
      }
    >
      {mode === 'decide' && (
        <Form.Item name="decision" label={t('discipline.decide.decision')}>
          <Select
            options={[
              { value: 'uphold', label: t('discipline.decide.uphold') },
              { value: 'cancel', label: t('discipline.decide.cancel') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('discipline.decide.reason')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
