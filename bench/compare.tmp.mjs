// Renders every fixture and example with the base build and the new one, in several settings, and
// compares bytes. Also renders in two orders in the new build (A then B vs B alone).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
process.env.NODE_ENV ??= 'production';
process.env.SOURCE_DATE_EPOCH ??= '1761696000';
const { parseArticle } = await import('@kiji/core');
const { loadFixtures } = await import('@kiji/fixtures');
const A = await import('/work/wt/warm/packages/pdf/dist-base/index.js');
const B = await import('@kiji/pdf');
const cases = loadFixtures().map((f) => ({ name: f.name, article: parseArticle(f.json), baseDir: dirname(f.file) }));
for (const name of ['summit-2025', 'eu-ai-act']) { const file = join('../examples', name, 'article.json'); cases.push({ name, article: parseArticle(JSON.parse(readFileSync(file, 'utf8'))), baseDir: dirname(file) }); }
const settings = (process.env.SETTINGS ?? 'default,A5,print,untagged,sig').split(',');
const opts = { default: {}, A5: { pageSize: 'A5' }, print: { print: true }, untagged: { tagged: false }, sig: { signature: 8, pageSize: 'A5' } };
const h = (b) => createHash('sha256').update(b).digest('hex').slice(0, 12);
let diff = 0, n = 0;
for (const s of settings) for (const c of cases) {
  let a, b;
  try { a = h(await A.renderPdf(c.article, { baseDir: c.baseDir, ...opts[s] })); } catch (e) { a = 'ERR ' + e.message.slice(0, 60); }
  try { b = h(await B.renderPdf(c.article, { baseDir: c.baseDir, ...opts[s] })); } catch (e) { b = 'ERR ' + e.message.slice(0, 60); }
  n++; if (a !== b) { diff++; console.log(`DIFF ${s} ${c.name} ${a} ${b}`); }
}
// edition
const pick = (name) => cases.find((c) => c.name.startsWith(name));
const edition = { meta: { title: '朝のブリーフィング', date: '2025-10-29', language: 'ja', number: 3 }, articles: [{ ...pick('summit-2025'), section: '政治' }, { ...pick('eu-ai-act'), section: '国際' }, { ...pick('006-sections'), section: '国際' }, pick('009-notes-comments'), pick('002-sourced-quote')].map(({ article, baseDir, section }) => ({ article, baseDir, ...(section ? { section } : {}) })) };
for (const o of [{}, { print: true }]) { n++; const a = h(await A.renderEditionPdf(edition, o)); const b = h(await B.renderEditionPdf(edition, o)); if (a !== b) { diff++; console.log(`DIFF edition ${JSON.stringify(o)} ${a} ${b}`); } }
// order independence in the new build: X alone (fresh renders above) vs after others
const x = pick('summit-2025'); const first = h(await B.renderPdf(x.article, { baseDir: x.baseDir }));
for (const c of cases.slice(0, 8)) await B.renderPdf(c.article, { baseDir: c.baseDir, pageSize: 'A5' });
const again = h(await B.renderPdf(x.article, { baseDir: x.baseDir }));
console.log(`renders compared: ${n}, differing: ${diff}; order: ${first === again ? 'same' : 'DIFFERENT'}`);
