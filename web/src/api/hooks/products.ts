import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import type {
  TProductCategoryCreate,
  TProductCreate,
  TProductListQuery,
  TProductPriceSet,
  TProductUpdate,
} from '../types';

export const productsKey = ['products'] as const;

/** Q2C-1: the catalogue, paged, sorted and filtered by the server. */
export function useProductPage(query: TProductListQuery, enabled = true) {
  return useQuery({
    queryKey: [...productsKey, 'page', query],
    queryFn: () => api.get('/api/products', { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProductCategories() {
  return useQuery({
    queryKey: [...productsKey, 'categories'],
    queryFn: () => api.get('/api/product-categories'),
    select: (d) => d.items,
  });
}

export function useProductPrices(id: string | undefined) {
  return useQuery({
    queryKey: [...productsKey, 'prices', id],
    queryFn: () => api.get('/api/products/{id}/prices', { params: { id: id ?? '' } }),
    select: (d) => d.items,
    enabled: id !== undefined,
  });
}

function useProductMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => client.invalidateQueries({ queryKey: productsKey }),
  });
}

export const useCreateProduct = () =>
  useProductMutation((body: TProductCreate) => api.post('/api/products', { body }));

export const useUpdateProduct = () =>
  useProductMutation(({ id, ...body }: TProductUpdate & { id: string }) =>
    api.patch('/api/products/{id}', { params: { id }, body }),
  );

/** Q2C-1: the director's price change (a new version with its reason). */
export const useSetProductPrice = () =>
  useProductMutation(({ id, ...body }: TProductPriceSet & { id: string }) =>
    api.put('/api/products/{id}/price', { params: { id }, body }),
  );

export const useCreateProductCategory = () =>
  useProductMutation((body: TProductCategoryCreate) => api.post('/api/product-categories', { body }));
