import { strict as assert } from 'node:assert';
import { decodeArticle } from '../../../src/core/article/decode-article';

const TEXT = 'Seoul, Nov. 20 — About 11,000 North Korean soldiers were sent to Kursk, the NIS said.\n';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'le' ? le : Uint8Array.from(le).map((_, i, all) => all[i ^ 1]);
}

describe('decodeArticle', () => {
  it('reads UTF-8 text and strips its BOM', () => {
    assert.deepEqual(decodeArticle(new TextEncoder().encode('\uFEFF' + TEXT)), { ok: true, text: TEXT });
  });

  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`says UTF-16${order.toUpperCase()} ${bom ? 'with' : 'without'} a byte-order mark is UTF-16, not binary`, () => {
        const decoded = decodeArticle(utf16(TEXT, order, bom));
        assert.deepEqual(decoded, { ok: false, reason: 'utf-16', message: 'UTF-16 text; save it as UTF-8' });
      });
    }
  }

  it('still calls a file with scattered NUL bytes binary', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 7 === 0 ? 0 : 32 + ((i * 31) % 90)));
    assert.equal((decodeArticle(bytes) as { reason: string }).reason, 'binary');
  });

  it('calls Latin-1 text invalid UTF-8', () => {
    assert.equal((decodeArticle(Uint8Array.from([...Buffer.from('caf'), 0xe9, 0x0a])) as { reason: string }).reason, 'invalid-utf8');
  });
});
