import { isInputError } from '@kiji/core';
import { describe, expect, test } from 'vitest';
import { declaredCharset, decodeHtml, importHtml } from '../src/index.js';
import { page } from './helpers.js';

const ascii = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): { message: string; line?: number } {
  try {
    decodeHtml(bytes, 'page.html');
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { message: error.message, line: error.problems[0]?.line };
  }
  throw new Error('expected a refusal');
}

describe('decodeHtml', () => {
  test('Node reads Shift_JIS and EUC-JP (full ICU)', () => {
    expect(new TextDecoder('shift_jis').decode(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]))).toBe('日本');
    expect(new TextDecoder('euc-jp').decode(new Uint8Array([0xc6, 0xfc, 0xcb, 0xdc]))).toBe('日本');
  });

  test('the fixtures: Shift_JIS from http-equiv, EUC-JP from <meta charset>', () => {
    expect(decodeHtml(page('sjis-ja.html'))).toMatchObject({ encoding: 'shift_jis', declaredBy: 'meta' });
    expect(decodeHtml(page('sjis-ja.html')).text).toContain('地方から見た日米首脳会談');
    expect(decodeHtml(page('eucjp-ja.html'))).toMatchObject({ encoding: 'euc-jp', declaredBy: 'meta' });
  });

  test('a UTF-8 byte order mark wins and is removed; no declaration means UTF-8', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="shift_jis"><p>日本</p>')]);
    expect(decodeHtml(bom)).toMatchObject({ encoding: 'utf-8', declaredBy: 'bom' });
    expect(decodeHtml(bom).text.startsWith('<meta')).toBe(true);
    expect(decodeHtml(ascii('<p>日本</p>'))).toMatchObject({
      encoding: 'utf-8',
      declaredBy: 'none',
      text: '<p>日本</p>',
    });
  });

  test.each([
    ['<meta charset="Shift_JIS">', 'shift_jis'],
    ["<META CHARSET='sjis'>", 'sjis'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', 'euc-jp'],
    ['<meta name="x" content="y"><meta charset=utf-8>', 'utf-8'],
    ['<meta name="viewport" content="width=device-width">', undefined],
  ])('declaredCharset(%s)', (head, expected) => {
    expect(declaredCharset(ascii(`<!doctype html><html><head>${head}</head></html>`))).toBe(expected);
  });

  test('a declared UTF-16 is read as UTF-8, as the HTML standard says for bytes', () => {
    expect(decodeHtml(ascii('<meta charset="utf-16"><p>x</p>')).encoding).toBe('utf-8');
  });

  test('other encodings are refused with what to do', () => {
    expect(refusal(ascii('<meta charset="iso-2022-jp"><p>x</p>')).message).toBe(
      'page.html: the page declares charset "iso-2022-jp", which Kiji does not read: save it as UTF-8 (Shift_JIS and EUC-JP are read too)',
    );
    expect(refusal(ascii('<meta charset="windows-1252"><p>x</p>')).message).toContain('"windows-1252"');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x3c, 0x00])).message).toContain('UTF-16');
  });

  test('bytes that are not the declared or assumed encoding are refused with their line', () => {
    const undeclared = new Uint8Array([...ascii('<p>\n\n'), 0x93, 0xfa, ...ascii('</p>')]);
    expect(refusal(undeclared)).toMatchObject({ line: 3 });
    expect(refusal(undeclared).message).toContain('declares no charset: add <meta charset="shift_jis">');
    const badSjis = new Uint8Array([
      ...ascii('<meta charset="shift_jis">\n<p>'),
      0x85,
      0x40,
      ...ascii('</p>'),
    ]);
    expect(refusal(badSjis)).toMatchObject({ line: 2 });
    expect(refusal(badSjis).message).toContain('not valid Shift_JIS');
  });

  test('empty pages and NUL bytes are refused', () => {
    expect(refusal(ascii('  \n')).message).toContain('empty');
    expect(refusal(ascii('<p>a\0b</p>')).message).toContain('NUL');
  });

  test('importHtml takes the bytes and reports the encoding', () => {
    expect(importHtml(page('eucjp-ja.html')).encoding).toBe('euc-jp');
    expect(() => importHtml(ascii('<meta charset="koi8-r"><p>x</p>'))).toThrow(/koi8-r/u);
  });
});
