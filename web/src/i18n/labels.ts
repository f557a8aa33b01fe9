import type { TFunction } from 'i18next';

/**
 * Words for the codes the server sends (areas/labels.*.json): enum values by the property that
 * holds them, audit actions and entity types, field names. A server test
 * (server/test/labels-complete.test.ts) fails when a code the server can send has no words here.
 * A code without words shows a neutral fallback, never the code itself.
 */

/** i18next reads dots as nesting; audit actions keep theirs as "/". */
const actionKey = (action: string) => action.replaceAll('.', '/');

export function auditActionLabel(t: TFunction, action: string): string {
  return t(`labels.auditAction.${actionKey(action)}`, { defaultValue: t('labels.unknownAction') });
}

export function auditEntityLabel(t: TFunction, entity: string): string {
  return t(`labels.auditEntity.${entity}`, { defaultValue: t('labels.unknownEntity') });
}

/** An enum value by the property that holds it (`status`, `kind` …). */
export function enumLabel(t: TFunction, property: string, value: string): string {
  return t(`labels.enum.${property}.${value}`, { defaultValue: t('labels.unknownValue') });
}

/** A field of a record, for a before/after diff; null when it has no words. */
export function fieldLabel(t: TFunction, field: string): string | null {
  const text = t(`labels.field.${field}`, { defaultValue: '' });
  return text === '' ? null : text;
}

/** Every audit action and entity type with words, for the audit page's filters. */
export function auditChoices(
  t: TFunction,
  kind: 'auditAction' | 'auditEntity',
): { value: string; label: string }[] {
  const tree = t(`labels.${kind}`, { returnObjects: true }) as Record<string, string>;
  return Object.entries(tree)
    .map(([key, label]) => ({ value: kind === 'auditAction' ? key.replaceAll('/', '.') : key, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
