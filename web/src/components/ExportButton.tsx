import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { saveDownload } from '../api/download';
import type { Operation, PathOf, QueryOf, RequestArgs } from '../api/routes';

/**
 * Downloads the current list as Excel: the same filters as the table (paging is ignored by the
 * server). Exporting is a permission of its own (ORG-5); callers show the button only to holders.
 */
export function ExportButton<P extends PathOf<'get'>>({
  path,
  query,
}: {
  path: P;
  query: QueryOf<Operation<'get', P>>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await saveDownload(path, ...([{ query }] as RequestArgs<Operation<'get', P>>));
    } catch (error) {
      message.error(error instanceof ApiError ? error.message : t('error.generic'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid="export-button">
      {t('common.exportExcel')}
    </Button>
  );
}
