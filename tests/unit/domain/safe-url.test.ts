import { describe, expect, test } from 'vitest';
import { safeHttpUrl } from '../../../src/domain/index.ts';

const store = 'https://store.example/account/orders';

describe('safeHttpUrl', () => {
  test('http and https pass, normalised', () => {
    expect(safeHttpUrl('https://carrier.example/track?id=1')).toBe('https://carrier.example/track?id=1');
    expect(safeHttpUrl('  HTTP://Luxstore.vteximg.com.br/a.jpg ')).toBe('http://luxstore.vteximg.com.br/a.jpg');
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/png;base64,iVBORw0KGgo=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://files.example/x',
    'mailto:a@b.c',
    'blob:https://store.example/uuid',
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url, store)).toBeNull();
  });

  test('relative paths resolve against the store origin (not the page path)', () => {
    expect(safeHttpUrl('/bay-max-9429485/p', store)).toBe('https://store.example/bay-max-9429485/p');
    expect(safeHttpUrl('shoe/p', store)).toBe('https://store.example/shoe/p');
  });

  test('relative paths without a store origin are refused', () => {
    expect(safeHttpUrl('/bay-max-9429485/p')).toBeNull();
    expect(safeHttpUrl('/x', 'javascript:alert(1)')).toBeNull();
  });

  test('protocol-relative URLs take the store scheme, or https without one', () => {
    expect(safeHttpUrl('//cdn.example/a.jpg', 'http://store.example')).toBe('http://cdn.example/a.jpg');
    expect(safeHttpUrl('//cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
  });

  test.each([null, undefined, '', '   ', 42, {}])('non-URLs (%j) -> null', (value) => {
    expect(safeHttpUrl(value, store)).toBeNull();
  });

  test('unparseable URLs -> null', () => {
    expect(safeHttpUrl('https://', store)).toBeNull();
    expect(safeHttpUrl('http://[::1', store)).toBeNull();
  });
});
