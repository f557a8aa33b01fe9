import { z } from 'zod';
import { zText } from '../../platform/schemas.js';
import { vmsg } from '../../platform/validation-messages.js';

export const ZUnitKind = z.enum(['company', 'region', 'department', 'team']);

export const ZUnit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  kind: ZUnitKind,
  name: z.string(),
  code: z.string(),
  sort: z.number().int(),
  /** Active users placed directly in this unit. */
  memberCount: z.number().int(),
});
export const ZUnitList = z.object({ items: z.array(ZUnit) });

const zCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{2,40}$/, { error: vmsg('code') });

export const ZUnitCreate = z.object({
  parentId: z.uuid(),
  kind: ZUnitKind.exclude(['company']),
  name: zText(60),
  code: zCode,
  sort: z.number().int().min(0).max(9999).default(0),
});

export const ZUnitUpdate = z.object({
  parentId: z.uuid().optional(),
  name: zText(60).optional(),
  code: zCode.optional(),
  sort: z.number().int().min(0).max(9999).optional(),
});

export type TUnit = z.infer<typeof ZUnit>;
export type TUnitKind = z.infer<typeof ZUnitKind>;
export type TUnitCreate = z.input<typeof ZUnitCreate>;
export type TUnitUpdate = z.input<typeof ZUnitUpdate>;
export { zCode };
