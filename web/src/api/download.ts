import { api } from './api';
import type { Operation, PathOf, RequestArgs } from './routes';

/** Downloads a file from the API and hands it to the browser under the server's file name. */
export async function saveDownload<P extends PathOf<'get'>>(
  path: P,
  ...args: RequestArgs<Operation<'get', P>>
): Promise<void> {
  const { blob, filename } = await api.download(path, ...args);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
