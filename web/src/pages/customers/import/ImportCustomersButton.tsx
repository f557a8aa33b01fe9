import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Modal, Skeleton, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { customersKey } from '../../../api/hooks/customers';
import { useCustomerImport, useStartCustomerImport } from '../../../api/hooks/imports';
import { useCan } from '../../../api/hooks/me';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ChooseFileStep, type ChosenImport } from './ChooseFileStep';
import { isFinished } from './progress';
import { RunProgress } from './RunProgress';
import { RunResult } from './RunResult';

/**
 * 导入客户 (item 9): choose a filled-in template → a progress bar while the rows are checked and
 * written in the background → the result with the bad rows and the flagged duplicates. The
 * customer list is refreshed when an import finishes. Shown only with customer:import.
 */
export function ImportCustomersButton() {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('customer:import')) return null;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="customer-import">
        {t('imports.button')}
      </Button>
      {open && <ImportCustomersModal onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportCustomersModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<ChosenImport>({ file: null });
  const [runId, setRunId] = useState<string | null>(null);
  const start = useStartCustomerImport();
  const run = useCustomerImport(runId);
  const finished = run.data ? isFinished(run.data) : false;

  // The new customers show up in the list once the run has finished (once per run).
  const refreshedFor = useRef<string | null>(null);
  useEffect(() => {
    if (runId && finished && refreshedFor.current !== runId) {
      refreshedFor.current = runId;
      void client.invalidateQueries({ queryKey: customersKey });
    }
  }, [runId, finished, client]);

  const step = runId === null ? 0 : finished ? 2 : 1;
  const submit = async () => {
    if (!chosen.file) return;
    try {
      const started = await start.mutateAsync({ file: chosen.file, ownerId: chosen.ownerId });
      setRunId(started.id);
    } catch {
      // shown from start.error
    }
  };
  const again = () => {
    setRunId(null);
    setChosen({ file: null });
    start.reset();
  };

  const footer =
    step === 0
      ? [
          <Button key="cancel" onClick={onClose}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="start"
            type="primary"
            disabled={!chosen.file}
            loading={start.isPending}
            onClick={() => void submit()}
            data-testid="import-start"
          >
            {t('imports.step1.start')}
          </Button>,
        ]
      : step === 1
        ? [
            <Button key="hide" onClick={onClose}>
              {t('imports.step2.hide')}
            </Button>,
          ]
        : [
            <Button key="again" onClick={again}>
              {t('imports.step3.again')}
            </Button>,
            <Button key="close" type="primary" onClick={onClose}>
              {t('common.close')}
            </Button>,
          ];

  // A field message (file, owner) shows on its field; anything else above the form.
  const generalError =
    start.error && !(start.error instanceof ApiError && Object.keys(start.error.fields).length > 0)
      ? start.error
      : null;

  return (
    <Modal
      open
      title={t('imports.title')}
      width={760}
      onCancel={onClose}
      footer={footer}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[
          { title: t('imports.steps.choose') },
          { title: t('imports.steps.progress') },
          { title: t('imports.steps.result') },
        ]}
      />
      {step === 0 && (
        <>
          <ErrorAlert error={generalError} />
          <ChooseFileStep value={chosen} onChange={setChosen} error={start.error} onOpenRun={setRunId} />
        </>
      )}
      {step > 0 && run.isError && <ErrorAlert error={run.error} onRetry={() => void run.refetch()} />}
      {step > 0 && !run.data && !run.isError && <Skeleton active />}
      {step === 1 && run.data && <RunProgress run={run.data} />}
      {step === 2 && run.data && <RunResult run={run.data} />}
    </Modal>
  );
}
