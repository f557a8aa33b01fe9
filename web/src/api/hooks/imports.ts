import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api, redirectToLogin } from '../api';
import { ApiError, parseError } from '../client';
import type { TImportRun } from '../types';

export const importsKey = ['imports'] as const;

const finished = (run: TImportRun | undefined) => run?.status === 'done' || run?.status === 'failed';

/** One customer import run; polled every second while it is queued or running. */
export function useCustomerImport(id: string | null) {
  return useQuery({
    queryKey: [...importsKey, 'customer', id],
    queryFn: () => api.get('/api/customers/import/{id}', { params: { id: id ?? '' } }),
    enabled: id !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 1000),
    staleTime: 0,
  });
}

/** My recent customer imports (to come back to one after closing the dialog). */
export function useMyCustomerImports(enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, 'customer', 'mine'],
    queryFn: () => api.get('/api/customers/imports'),
    select: (d) => d.items,
    enabled,
    staleTime: 0,
  });
}

/**
 * Uploads an import file as multipart/form-data (the JSON client does not send files). Text
 * fields go before the file: the server reads the fields that precede it.
 */
async function uploadImport(path: string, file: File, fields: Record<string, string | undefined>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Accept-Language': i18n.language },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18n.t('error.network'));
  }
  if (!response.ok) {
    const error = await parseError(response, (status) =>
      status === 0 ? i18n.t('error.network') : i18n.t('error.http', { status }),
    );
    if (response.status === 401) redirectToLogin();
    throw error;
  }
  return (await response.json()) as TImportRun;
}

export function useStartCustomerImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, ownerId }: { file: File; ownerId?: string }) =>
      uploadImport('/api/customers/import', file, { ownerId }),
    onSuccess: async (run) => {
      client.setQueryData([...importsKey, 'customer', run.id], run);
      await client.invalidateQueries({ queryKey: [...importsKey, 'customer', 'mine'] });
    },
  });
}
