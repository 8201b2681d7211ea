import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '@kiji/fixtures';
import type { FastifyInstance } from 'fastify';

export const repo = new URL('../../../', import.meta.url).pathname;
export const fixture = (name: string) => readFileSync(join(corpusDir, `${name}.json`), 'utf8');
export const example = (path: string) => readFileSync(join(repo, 'examples', path), 'utf8');

/** The plain text of a small news page, as a scraper would save it. */
export const PAGE_TEXT = `速報
港湾の新しい防波堤が完成
2025年11月3日 10:00

市の港湾局は3日、五年かけて整備した新しい防波堤が完成したと発表した。高潮への備えが強まる。

局長は「市民の安全を守る大きな一歩だ」と述べた。
`;

export const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';
export const isZip = (bytes: Buffer) => bytes.subarray(0, 2).toString('latin1') === 'PK';

export const JSON_TYPE = { 'content-type': 'application/json' };

/** A POST to the service, JSON unless other headers are given. */
export const post = (
  app: FastifyInstance,
  url: string,
  payload: string,
  headers: Record<string, string> = JSON_TYPE,
) => app.inject({ method: 'POST', url, headers, payload });
