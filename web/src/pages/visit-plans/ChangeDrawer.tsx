import { Button, Drawer, Form, Grid, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { type DraftLine, draftOf, inputOf, lineErrors } from './draft-lines';
import { type TVisitPlan, useProposeChange } from './hooks';
import { type LineFieldErrors, LinesEditor } from './LinesEditor';

/**
 * VIS-2: a change of an approved plan — the full new set of lines (kept lines keep their ids,
 * so their planned visits move with them) and the reason, sent to the plan's approver.
 */
export function ChangeDrawer({
  plan,
  open,
  onClose,
}: {
  plan: TVisitPlan;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [form] = Form.useForm<{ reason: string }>();
  const [lines, setLines] = useState<DraftLine[]>(() => draftOf(plan.lines));
  const [errors, setErrors] = useState<Map<string, LineFieldErrors>>(new Map());
  const propose = useProposeChange();
  const action = useAction({ form, inline: true });

  async function send({ reason }: { reason: string }) {
    const sent = lines;
    setErrors(new Map());
    const ok = await action.run(async () => {
      try {
        return await propose.mutateAsync({ id: plan.id, reason, lines: inputOf(sent) });
      } catch (e) {
        const { byLine } = lineErrors(e);
        setErrors(new Map([...byLine].map(([i, list]) => [sent[i]?.key ?? '', list])));
        throw e;
      }
    }, t('visitPlans.change.sent'));
    if (ok) onClose();
  }

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('visitPlans.change.title', { month: plan.month })}
      placement={phone ? 'bottom' : 'right'}
      size={phone ? '95%' : 760}
      afterOpenChange={(shown) => {
        if (!shown) action.clearError();
      }}
      data-testid="change-drawer"
      footer={
        <Button
          type="primary"
          block
          size="large"
          loading={action.pending}
          disabled={lines.length === 0}
          onClick={() => form.submit()}
          data-testid="change-send"
        >
          {t('visitPlans.change.send')}
        </Button>
      }
    >
      <ErrorAlert error={action.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          name="reason"
          label={t('visitPlans.change.reason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="change-reason" />
        </Form.Item>
      </Form>
      <LinesEditor
        lines={lines}
        month={plan.month}
        purposes={plan.purposes}
        editable
        errors={errors}
        onCommit={async (next) => {
          setLines(next);
          return [];
        }}
        testId="change-lines"
      />
    </Drawer>
  );
}
