import { SIGNATURE_MAX_BYTES } from './schemas.js';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The largest signature pad side accepted, in pixels. */
const MAX_SIDE = 4000;

/**
 * DOC-2: the bytes of a drawn signature sent as `data:image/png;base64,…` — null unless it is a
 * PNG (signature, then an IHDR chunk first with a sane size) of at most SIGNATURE_MAX_BYTES.
 */
export function readPng(dataUrl: string): Buffer | null {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m) return null;
  const bytes = Buffer.from(m[1]!, 'base64');
  if (bytes.length < 33 || bytes.length > SIGNATURE_MAX_BYTES) return null;
  if (!bytes.subarray(0, 8).equals(PNG_MAGIC)) return null;
  if (bytes.readUInt32BE(8) !== 13 || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return null;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) return null;
  if (!bytes.subarray(bytes.length - 12).includes(Buffer.from('IEND', 'latin1'))) return null;
  return bytes;
}
