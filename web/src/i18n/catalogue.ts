/** A translation tree: nested keys → text. */
export type Tree = Record<string, unknown>;

/**
 * One language's messages: the shell's (zh-CN.json / en.json) with each feature area's
 * (areas/<area>.<locale>.json, top-level key = the area) merged in.
 */
export function withAreas(base: Tree, areaFiles: Record<string, Tree>): Tree {
  const merged: Tree = { ...base };
  for (const [file, tree] of Object.entries(areaFiles)) {
    for (const [key, value] of Object.entries(tree)) {
      if (key in merged) throw new Error(`i18n: ${file} redefines top-level key "${key}"`);
      merged[key] = value;
    }
  }
  return merged;
}
