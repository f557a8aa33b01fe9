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

/** A fragment of the matrix: route → declared permission and the roles that pass it. */
export type MatrixRows = Record<string, { permission: string; allow: Role[] | 'all' }>;
