import { api } from '../../../api/api';

/** Downloads a file from the API and hands it to the browser under the server's file name. */
export async function saveDownload(path: string): Promise<void> {
  const { blob, filename } = await api.download(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
