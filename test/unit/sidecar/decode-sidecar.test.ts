import { strict as assert } from 'node:assert';
import { decodeSidecar } from '../../../src/core/sidecar/serialize-sidecar';

function errorAt(bytes: number[] | Uint8Array) {
  const decoded = decodeSidecar(Uint8Array.from(bytes));
  assert.ok(!decoded.ok, 'expected a decoding error');
  return decoded.ok ? undefined : decoded.error;
}

const ascii = (text: string) => [...Buffer.from(text, 'utf8')];

describe('decodeSidecar', () => {
  it('decodes UTF-8 with a BOM and notes CRLF', () => {
    const decoded = decodeSidecar(Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('a: é\r\n')]));
    assert.deepEqual(decoded, { ok: true, text: 'a: é\r\n', style: { crlf: true, bom: true } });
  });

  it('points at a Latin-1 byte by line and column (in characters), never replacing it', () => {
    const error = errorAt([...ascii('version: 1\n# caf'), 0xe9, ...ascii(' noir\n')]);
    assert.deepEqual([error?.line, error?.column], [2, 6]);
    assert.match(error?.message ?? '', /^not valid UTF-8 \(byte 0xE9\)/);
  });

  it('counts characters, not bytes, before the bad byte, and finds a stray continuation byte after a valid é', () => {
    const error = errorAt([...ascii('x: é'), 0xa9, ...ascii('\n')]);
    assert.deepEqual([error?.line, error?.column, error?.message.slice(0, 30)], [1, 5, 'not valid UTF-8 (byte 0xA9); s']);
  });

  it('finds a multi-byte sequence cut off at the end of the file', () => {
    const error = errorAt([...ascii('a: 1\nb: '), 0xe2, 0x82]);
    assert.deepEqual([error?.line, error?.column, error?.message.slice(0, 26)], [2, 4, 'not valid UTF-8 (byte 0xE2']);
  });

  it('rejects an overlong encoding and a UTF-16 surrogate encoded in UTF-8', () => {
    assert.equal(errorAt([...ascii('a'), 0xc0, 0xaf])?.column, 2);
    assert.equal(errorAt([...ascii('ab'), 0xed, 0xa0, 0x80])?.column, 3);
  });
});
