/** The demo users that stand for each role in the permission matrix. */
export const roles = {
  rep: 'rep01',
  supervisor: 'sup_east1',
  assistant: 'assistant_east',
  manager: 'manager_east',
  regional: 'rm_east',
  director: 'director',
  gm: 'gm',
  finance: 'finance',
  hr: 'hr',
  receptionist: 'reception',
  admin: 'admin',
} as const;
export type Role = keyof typeof roles;
export const everyone = Object.keys(roles) as Role[];
/** ORG-3/ORG-4: posts with direct reports give tasks. */
export const taskAssigners: Role[] = ['supervisor', 'manager', 'regional', 'director', 'gm'];
/** ORG-6/ORG-7: the policy centre is read by all but the rep and the receptionist. */
export const policyReaders: Role[] = everyone.filter((r) => r !== 'rep' && r !== 'receptionist');

/**
 * A fragment of the matrix: route → declared permission, the roles that pass it, and the status
 * those roles get for the probe (GET without a body, any other method with `{}`, `:id` as
 * `not-a-uuid`) when it is not the one probeStatus() derives.
 */
export type MatrixRows = Record<string, { permission: string; allow: Role[] | 'all'; status?: number }>;

/**
 * What the probe gets once past the permission check: a route with a path parameter refuses
 * `not-a-uuid` (400); a GET without one lists or reads (200); any other method refuses the empty
 * body (400).
 */
export function probeStatus(method: string, url: string): number {
  if (url.includes(':')) return 400;
  return method === 'GET' ? 200 : 400;
}
