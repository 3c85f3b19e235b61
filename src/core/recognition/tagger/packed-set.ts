/** Hashes kept in a gazetteer set: 24 bits, so that a sorted list of them packs into about two bytes a name. */
export const SET_HASH_MASK = 0xffffff;

/** Packs hashes (masked to 24 bits) as sorted deltas in base-128 varints, in base64. */
export function packHashSet(hashes: Iterable<number>): string {
  const sorted = [...new Set([...hashes].map((hash) => hash & SET_HASH_MASK))].sort((a, b) => a - b);
  const bytes: number[] = [];
  let previous = 0;
  for (const hash of sorted) {
    let delta = hash - previous;
    previous = hash;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
  }
  return bytesToBase64(Uint8Array.from(bytes));
}

/** The set `packHashSet` packed. */
export function unpackHashSet(packed: string): Set<number> {
  const bytes = base64ToBytes(packed);
  const hashes = new Set<number>();
  let value = 0;
  let shift = 0;
  let previous = 0;
  for (const byte of bytes) {
    value |= (byte & 0x7f) << shift;
    if (byte & 0x80) {
      shift += 7;
      continue;
    }
    previous += value;
    hashes.add(previous);
    value = 0;
    shift = 0;
  }
  return hashes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes;
}
