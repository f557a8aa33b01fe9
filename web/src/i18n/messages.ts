import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = Record<string, unknown>;

/**
 * Translations: the shell's in zh-CN.json / en.json, each feature area's in
 * areas/<area>.<locale>.json (top-level key = the area), merged here.
 */
const areaFiles = import.meta.glob<Tree>('./areas/*.json', { eager: true, import: 'default' });

function withAreas(base: Tree, locale: string): Tree {
  const merged: Tree = { ...base };
  for (const [file, tree] of Object.entries(areaFiles)) {
    if (!file.endsWith(`.${locale}.json`)) continue;
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`i18n: ${file} redefines top-level key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}

export const messages = { 'zh-CN': withAreas(zhCN, 'zh-CN'), en: withAreas(en, 'en') };
