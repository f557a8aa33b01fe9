import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api } from '../api';
import { ApiError, apiUrl, parseError } from '../client';
import type {
  TFileMeta,
  TVisit,
  TVisitCheckIn,
  TVisitCheckOut,
  TVisitCreate,
  TVisitPersonAdd,
  TVisitPrepare,
  TVisitQuery,
} from '../types';
import { approvalsKey } from './approvals';
import { customersKey } from './customers';
import { todoKey } from './todo';

export const visitsKey = ['visits'] as const;

/** VIS-4: visits in my scope, filtered, sorted and paged by the server. */
export function useVisitPage(query: TVisitQuery, enabled = true) {
  return useQuery({
    queryKey: [...visitsKey, 'page', query],
    queryFn: () => api.get('/api/visits', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVisit(id: string | undefined) {
  return useQuery({
    queryKey: [...visitsKey, 'detail', id],
    queryFn: () => api.get('/api/visits/{id}', { params: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** VIS-3: the purposes the company uses now (policy visit.purposes). */
export function useVisitPurposes() {
  return useQuery({
    queryKey: [...visitsKey, 'purposes'],
    queryFn: () => api.get('/api/visits/purposes'),
    select: (d) => d.purposes,
    staleTime: 5 * 60_000,
  });
}

/** A visit changed: its lists and page, 待办 (visits to make, approvals) and the customer's timeline. */
function useVisitMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      if (result && typeof result === 'object' && 'id' in result && 'actions' in result) {
        client.setQueryData([...visitsKey, 'detail', (result as unknown as TVisit).id], result);
      }
      await Promise.all([
        client.invalidateQueries({ queryKey: visitsKey }),
        client.invalidateQueries({ queryKey: todoKey }),
        client.invalidateQueries({ queryKey: approvalsKey }),
        client.invalidateQueries({ queryKey: customersKey }),
      ]);
    },
  });
}

export const useCreateVisit = () =>
  useVisitMutation((body: TVisitCreate) => api.post('/api/visits', { body }));
export const usePrepareVisit = () =>
  useVisitMutation(({ id, body }: { id: string; body: TVisitPrepare }) =>
    api.post('/api/visits/{id}/prepare', { params: { id }, body }),
  );
export const useCheckIn = () =>
  useVisitMutation(({ id, body }: { id: string; body: TVisitCheckIn }) =>
    api.post('/api/visits/{id}/check-in', { params: { id }, body }),
  );
export const useCheckOut = () =>
  useVisitMutation(({ id, body }: { id: string; body: TVisitCheckOut }) =>
    api.post('/api/visits/{id}/check-out', { params: { id }, body }),
  );
export const useCancelVisit = () =>
  useVisitMutation(({ id, reason }: { id: string; reason: string }) =>
    api.post('/api/visits/{id}/cancel', { params: { id }, body: { reason } }),
  );
export const useAddVisitPerson = () =>
  useVisitMutation(({ id, body }: { id: string; body: TVisitPersonAdd }) =>
    api.post('/api/visits/{id}/people', { params: { id }, body }),
  );
export const useRemoveVisitPerson = () =>
  useVisitMutation(({ id, personId }: { id: string; personId: string }) =>
    api.delete('/api/visits/{id}/people/{personId}', { params: { id, personId } }),
  );
export const useRemoveVisitPhoto = () =>
  useVisitMutation(({ id, fileId }: { id: string; fileId: string }) =>
    api.delete('/api/visits/{id}/photos/{fileId}', { params: { id, fileId } }),
  );

export const visitPhotoUrl = (id: string, fileId: string) =>
  apiUrl('/api/visits/{id}/photos/{fileId}', { id, fileId });

/** VIS-4: one photo from the phone's camera to the visit (multipart, field `file`). */
export const useUploadVisitPhoto = () =>
  useVisitMutation(async ({ id, file }: { id: string; file: File }): Promise<TFileMeta> => {
    const form = new FormData();
    form.append('file', file, file.name || 'photo.jpg');
    let response: Response;
    try {
      response = await fetch(apiUrl('/api/visits/{id}/photos', { id }), {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'Accept-Language': i18n.language },
      });
    } catch {
      throw new ApiError(0, 'NETWORK', i18n.t('error.network'));
    }
    if (!response.ok) throw await parseError(response, (status) => i18n.t('error.http', { status }));
    return (await response.json()) as TFileMeta;
  });
