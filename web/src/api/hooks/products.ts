import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TProduct,
  TProductCategory,
  TProductCategoryCreate,
  TProductCategoryList,
  TProductCreate,
  TProductListQuery,
  TProductPage,
  TProductPriceHistory,
  TProductPriceSet,
  TProductUpdate,
} from '@xiaoguan/server/api';
import { api } from '../api';

export const productsKey = ['products'] as const;
const base = (id: string) => `/api/products/${encodeURIComponent(id)}`;

/** Q2C-1: the catalogue, paged, sorted and filtered by the server. */
export function useProductPage(query: TProductListQuery, enabled = true) {
  return useQuery({
    queryKey: [...productsKey, 'page', query],
    queryFn: () => api.get<TProductPage>('/api/products', query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProductCategories() {
  return useQuery({
    queryKey: [...productsKey, 'categories'],
    queryFn: () => api.get<TProductCategoryList>('/api/product-categories'),
    select: (d) => d.items,
  });
}

export function useProductPrices(id: string | undefined) {
  return useQuery({
    queryKey: [...productsKey, 'prices', id],
    queryFn: () => api.get<TProductPriceHistory>(`${base(id ?? '')}/prices`),
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
  useProductMutation((body: TProductCreate) => api.post<TProduct>('/api/products', body));

export const useUpdateProduct = () =>
  useProductMutation(({ id, ...body }: TProductUpdate & { id: string }) =>
    api.patch<TProduct>(base(id), body),
  );

/** Q2C-1: the director's price change (a new version with its reason). */
export const useSetProductPrice = () =>
  useProductMutation(({ id, ...body }: TProductPriceSet & { id: string }) =>
    api.put<TProduct>(`${base(id)}/price`, body),
  );

export const useCreateProductCategory = () =>
  useProductMutation((body: TProductCategoryCreate) =>
    api.post<TProductCategory>('/api/product-categories', body),
  );
