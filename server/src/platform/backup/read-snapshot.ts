import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { BackupError } from './backup-error.js';

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

/** The entry names of a tar archive; throws on a bad header checksum or a truncated archive. */
function tarEntries(tar: Uint8Array): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return names; // the end-of-archive block
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
    if (Number.parseInt(text(header.subarray(148, 156)).trim(), 8) !== sum) {
      throw new Error(`bad tar header at byte ${offset}`);
    }
    const prefix = text(header.subarray(345, 500));
    const name = text(header.subarray(0, 100));
    names.push(prefix ? `${prefix}/${name}` : name);
    const size = Number.parseInt(text(header.subarray(124, 136)).trim() || '0', 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  if (offset !== tar.length) throw new Error('the archive is truncated');
  return names;
}

/**
 * Reads and checks a snapshot of the embedded database before anything is changed: it must
 * decompress, be a whole tar archive and hold a data directory (PG_VERSION at its top). Returns
 * the uncompressed tarball.
 */
export async function readSnapshot(file: string): Promise<Blob> {
  let bytes: Uint8Array = await readFile(file);
  try {
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const names = tarEntries(bytes);
    if (!names.some((n) => n.replace(/^\.?\//, '') === 'PG_VERSION')) {
      throw new Error('it holds no database (no PG_VERSION)');
    }
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new BackupError(`${file} is not a readable snapshot (${reason}); nothing was changed.`);
  }
  return new Blob([bytes], { type: 'application/x-tar' });
}
