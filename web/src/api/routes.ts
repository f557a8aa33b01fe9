/**
 * Types of the API's routes, read from the generated map (schema.d.ts, `npm run gen:api`).
 * A route is named by its method and path template: `ApiResponse<'GET /api/contracts/{id}'>`.
 * A path or a method the server does not have is not a route, so it does not compile.
 */
import type { paths } from './schema';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The path templates that answer a method, e.g. PathOf<'get'> includes '/api/contracts/{id}'. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

/** One operation of the map. */
export type Operation<M extends Method, P extends PathOf<M>> =
  paths[P] extends Record<M, infer O> ? O : never;

/** Every route as `METHOD /path/{param}`. */
export type Route = { [M in Method]: `${Uppercase<M>} ${PathOf<M>}` }[Method];

type Split<R extends Route> = R extends `${infer M} ${infer P}`
  ? Lowercase<M> extends infer L extends Method
    ? P extends PathOf<L>
      ? Operation<L, P>
      : never
    : never
  : never;

type ParamsOf<O> = O extends { parameters: infer X } ? X : never;
type PathParams<O> = NonNullable<ParamsOf<O> extends { path?: infer X } ? X : never>;
type QueryParams<O> = NonNullable<ParamsOf<O> extends { query?: infer X } ? X : never>;
type JsonBody<O> = O extends { requestBody?: infer RB }
  ? NonNullable<RB> extends { content: { 'application/json': infer B } }
    ? B
    : never
  : never;
type SuccessBody<O> = O extends { responses: infer Rs }
  ? {
      [S in keyof Rs]: S extends 200 | 201 | 202 | 204
        ? Rs[S] extends { content: infer C }
          ? C[keyof C]
          : undefined
        : never;
    }[keyof Rs]
  : never;

/** A part of a request: absent when the route has none, optional when the route says so. */
type Part<Name extends string, T, Optional extends boolean> = [T] extends [never]
  ? { [K in Name]?: never }
  : Optional extends true
    ? { [K in Name]?: T }
    : { [K in Name]: T };
type IsOptional<T, K extends PropertyKey> = T extends { [_ in K]: unknown } ? false : true;

/** What a route answers (JSON as it arrives: dates and amounts in fen are strings). */
export type ApiResponse<R extends Route> = SuccessBody<Split<R>>;
/** A route's query string. */
export type ApiQuery<R extends Route> = NonNullable<QueryParams<Split<R>>>;
/** A route's JSON body. */
export type ApiBody<R extends Route> = JsonBody<Split<R>>;
/** A route's path parameters, e.g. `{ id: string }`. */
export type ApiParams<R extends Route> = PathParams<Split<R>>;

/** The request parts of an operation: params when the path has any, query and body when declared. */
export type RequestParts<O> = Part<'params', PathParams<O>, false> &
  Part<'query', QueryParams<O>, IsOptional<ParamsOf<O>, 'query'>> &
  Part<'body', JsonBody<O>, IsOptional<O, 'requestBody'>>;

/** A path template's parameters, e.g. `{ id: string }` for '/api/contracts/{id}'. */
export type PathTemplateParams<P extends keyof paths> = {
  [M in Method]: paths[P] extends Record<M, infer O> ? PathParams<O> : never;
}[Method];

/** The options argument may be left out when nothing in it is required. */
export type RequestArgs<O, Extra = object> =
  Partial<RequestParts<O>> extends RequestParts<O>
    ? [options?: RequestParts<O> & Extra]
    : [options: RequestParts<O> & Extra];

/** An operation's query string. */
export type QueryOf<O> = QueryParams<O>;

/** A route's success body. */
export type ResponseOf<O> = SuccessBody<O>;
