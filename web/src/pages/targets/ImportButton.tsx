import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiUrl, parseError } from '../../api/client';
import { useRefreshTargets } from './hooks';

/** The server's row messages in sheet order: "第 3 行 …" before "第 12 行 …". */
function rowMessages(error: ApiError): string[] {
  const rowOf = (field: string) => Number(/^rows\.(\d+)\./.exec(field)?.[1] ?? 0);
  return Object.entries(error.fields)
    .sort(([a], [b]) => rowOf(a) - rowOf(b) || a.localeCompare(b))
    .map(([, message]) => message);
}

/**
 * PLAN-3: a filled-in target sheet (the export's layout, .xlsx or .csv) into the draft. A sheet
 * with bad rows is refused as a whole; each bad row is listed with its row number and reason.
 */
export function ImportButton({
  setId,
  onError,
}: {
  setId: string;
  onError: (error: ApiError | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshTargets();
  const [busy, setBusy] = useState(false);
  const setError = onError;
  const send = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const response = await fetch(apiUrl('/api/target-sets/{id}/import', { id: setId }), {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'Accept-Language': i18n.language },
      });
      if (!response.ok) throw await parseError(response, () => t('error.generic'));
      message.success(t('targets.done.imported'));
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'NETWORK', t('error.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Upload
      accept=".xlsx,.csv"
      showUploadList={false}
      beforeUpload={(file) => {
        void send(file);
        return false;
      }}
    >
      <Button icon={<UploadOutlined />} loading={busy} data-testid="sheet-import">
        {t('targets.actions.import')}
      </Button>
    </Upload>
  );
}

/** The refusal of an import: the message, then each bad row with its number and reason. */
export function ImportErrors({ error, onClose }: { error: ApiError | null; onClose: () => void }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      title={error.message}
      description={
        Object.keys(error.fields).length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="import-errors">
            {rowMessages(error).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 12 }}
    />
  );
}
