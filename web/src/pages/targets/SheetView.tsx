import { DownloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Select, Space, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { saveDownload } from '../../api/download';
import { useApprovalHistory } from '../../api/hooks/approvals';
import { useCan, useMe } from '../../api/hooks/me';
import { ApprovalPanel } from '../../components/ApprovalPanel';
import { formatDateTime } from '../../components/company-time';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAction } from '../../components/use-action';
import { enumLabel } from '../../i18n/labels';
import { type DraftChild, draftOf, isDirty, linesInput, liveFigures } from './draft';
import { SetStatusTag } from './figures';
import { type TSplitRequest, type TTargetSheet, targetSetsKey, useSaveLines, useSplit } from './hooks';
import { ImportButton, ImportErrors } from './ImportButton';
import { SheetTable } from './SheetTable';
import { SubmitModal } from './SubmitModal';
import { VersionsCard } from './VersionsCard';

type MonthsMode = NonNullable<TSplitRequest['months']>;

/** A decision taken in the approval panel changes the split too: read it again. */
function useRefreshOnDecision(docId: string | undefined) {
  const client = useQueryClient();
  const history = useApprovalHistory('target_set', docId);
  const stamp = history.data ? `${history.data.latestRequestId}:${history.data.status}` : null;
  const seen = useRef(stamp);
  useEffect(() => {
    if (stamp !== null && seen.current !== null && stamp !== seen.current)
      void client.invalidateQueries({ queryKey: targetSetsKey });
    seen.current = stamp;
  }, [stamp, client]);
}

/** Excel target sheet of this version (target:export). */
function ExportSheetButton({ setId }: { setId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await saveDownload('/api/target-sets/{id}/export', { params: { id: setId } });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="sheet-export">
      {t('common.exportExcel')}
    </Button>
  );
}

/**
 * PLAN-2/PLAN-3: one version of a unit's split — the header, the split helpers (evenly, by last
 * year's share, by weights, by hand), the table with the rest and the gap shown live, save and
 * submit (a reason for a gap; under `block` the button says why it is disabled), export and
 * import, the review (ApprovalPanel) and the versions of the key.
 */
export function SheetView({ sheet }: { sheet: TTargetSheet }) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const set = sheet.set;
  const editable = sheet.canEdit && set !== null;
  const [draft, setDraft] = useState<DraftChild[]>(() => draftOf(sheet, editable));
  useEffect(() => setDraft(draftOf(sheet, editable)), [sheet, editable]);
  const [weights, setWeights] = useState(false);
  const [months, setMonths] = useState<MonthsMode>('parent');
  const [submitting, setSubmitting] = useState(false);
  const [importError, setImportError] = useState<ApiError | null>(null);
  const save = useSaveLines();
  const split = useSplit();
  const { run, error } = useAction({ inline: true });
  useRefreshOnDecision(set?.id);

  const live = useMemo(() => liveFigures(sheet.parent, draft), [sheet.parent, draft]);
  const dirty = isDirty(sheet, draft);
  const showWeights = weights || (editable && set?.splitMethod === 'weights');
  const change = (key: string, patch: Partial<DraftChild>) =>
    setDraft((d) => d.map((c) => (c.key === key ? { ...c, ...patch } : c)));
  const included = draft.filter((c) => c.included);
  const isAuthor = set?.author?.id === me.data?.user.id;
  const blocked = sheet.gapRule === 'block' && live.hasGap;

  const applySplit = (method: TSplitRequest['method']) =>
    run(
      () =>
        split.mutateAsync({
          id: set!.id,
          body: {
            method,
            months,
            children: included.map((c) => ({
              type: c.subjectType,
              id: c.id,
              ...(method === 'weights' ? { weight: c.weight } : {}),
            })),
          },
        }),
      t('targets.done.split'),
    );

  const submitHint = dirty
    ? t('targets.submit.saveFirst')
    : blocked
      ? t('targets.submit.blocked')
      : !isAuthor && editable
        ? t('targets.submit.authorOnly', { name: set?.author?.displayName ?? '' })
        : included.length === 0
          ? t('targets.submit.empty')
          : null;

  const splitButton = (method: TSplitRequest['method'], label: string, testId: string) => (
    <Popconfirm
      title={t('targets.confirm.replace')}
      disabled={!dirty}
      onConfirm={() => void applySplit(method)}
    >
      <Button
        loading={split.isPending && split.variables?.body.method === method}
        disabled={included.length === 0}
        onClick={dirty ? undefined : () => void applySplit(method)}
        data-testid={testId}
      >
        {label}
      </Button>
    </Popconfirm>
  );

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="sheet-view">
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={t('targets.fields.status')}>
            <SetStatusTag status={set?.status ?? null} />
            {set && (
              <Typography.Text type="secondary">
                {t('targets.versionN', { version: set.version })}
              </Typography.Text>
            )}
          </Descriptions.Item>
          {set && (
            <Descriptions.Item label={t('targets.fields.method')}>
              {enumLabel(t, 'splitMethod', set.splitMethod)}
            </Descriptions.Item>
          )}
          {set?.author && (
            <Descriptions.Item label={t('targets.fields.author')}>{set.author.displayName}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('targets.fields.gapRule')}>
            {enumLabel(t, 'gapRule', sheet.gapRule)}
          </Descriptions.Item>
          {set?.submittedAt && (
            <Descriptions.Item label={t('targets.fields.submittedAt')}>
              {formatDateTime(set.submittedAt)}
            </Descriptions.Item>
          )}
          {set?.approvedAt && (
            <Descriptions.Item label={t('targets.fields.approvedAt')}>
              {formatDateTime(set.approvedAt)}
            </Descriptions.Item>
          )}
          {set?.changeReason && (
            <Descriptions.Item label={t('targets.fields.changeReason')}>{set.changeReason}</Descriptions.Item>
          )}
          {set?.gapReason && (
            <Descriptions.Item label={t('targets.fields.gapReason')}>
              <span data-testid="gap-reason">{set.gapReason}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {set?.status === 'rejected' && editable && (
          <Alert type="warning" showIcon title={t('targets.hints.rejected')} />
        )}
        {editable && blocked && <Alert type="error" showIcon title={t('targets.hints.blocked')} />}
      </Card>

      <Card
        size="small"
        title={t('targets.splitTitle')}
        extra={
          <Space wrap>
            {set && can('target:export') && <ExportSheetButton setId={set.id} />}
            {editable && <ImportButton setId={set!.id} onError={setImportError} />}
          </Space>
        }
      >
        <ErrorAlert error={error} />
        <ImportErrors error={importError} onClose={() => setImportError(null)} />
        {editable && (
          <Space wrap style={{ marginBottom: 12 }} data-testid="split-tools">
            {splitButton('even', t('targets.actions.splitEven'), 'split-even')}
            {splitButton('last_year', t('targets.actions.splitLastYear'), 'split-last-year')}
            {showWeights ? (
              splitButton('weights', t('targets.actions.splitWeightsApply'), 'split-weights-apply')
            ) : (
              <Button
                onClick={() => {
                  setWeights(true);
                  setDraft((d) => d.map((c) => (c.included && c.weight === null ? { ...c, weight: 1 } : c)));
                }}
                data-testid="split-weights"
              >
                {t('targets.actions.splitWeights')}
              </Button>
            )}
            <Select<MonthsMode>
              value={months}
              onChange={setMonths}
              style={{ width: 200 }}
              aria-label={t('targets.fields.monthsMode')}
              data-testid="months-mode"
              options={(['parent', 'even', 'last_year'] as const).map((m) => ({
                value: m,
                label: t(`targets.monthsMode.${m}`),
              }))}
            />
            <Typography.Text type="secondary">{t('targets.hints.byHand')}</Typography.Text>
          </Space>
        )}
        <SheetTable
          sheet={sheet}
          rows={draft}
          live={live}
          editable={editable}
          weights={showWeights}
          onChange={change}
        />
        {editable && (
          <Space wrap style={{ marginTop: 12 }}>
            <Button
              icon={<SaveOutlined />}
              disabled={!dirty}
              loading={save.isPending}
              onClick={() =>
                void run(
                  () => save.mutateAsync({ id: set!.id, children: linesInput(draft) }),
                  t('common.saved'),
                )
              }
              data-testid="sheet-save"
            >
              {t('common.save')}
            </Button>
            <Tooltip title={submitHint}>
              <Button
                type="primary"
                icon={<SendOutlined />}
                disabled={!sheet.canSubmit || dirty || blocked}
                onClick={() => setSubmitting(true)}
                data-testid="sheet-submit"
              >
                {t('targets.actions.submit')}
              </Button>
            </Tooltip>
            {submitHint && (
              <Typography.Text type={blocked ? 'danger' : 'secondary'} data-testid="submit-hint">
                {submitHint}
              </Typography.Text>
            )}
          </Space>
        )}
      </Card>

      {set && (set.status !== 'draft' || set.submittedAt !== null) && (
        <ApprovalPanel
          docType="target_set"
          docId={set.id}
          title={`${sheet.unit.name} · ${sheet.year} · ${enumLabel(t, 'targetMetric', sheet.metric)}`}
          ownSubmit
        />
      )}
      <VersionsCard sheet={sheet} />
      {set && (
        <SubmitModal
          sheet={sheet}
          hasGap={live.hasGap}
          open={submitting}
          onClose={() => setSubmitting(false)}
        />
      )}
    </Space>
  );
}
