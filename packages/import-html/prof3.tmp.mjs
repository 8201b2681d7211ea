import { parseHTML } from 'linkedom';
const n = Number(process.argv[2]);
const kind = process.argv[3] ?? 'div';
const html = kind === 'div' ? '<html><body><article><h1>x</h1>' + '<div>'.repeat(n) + '<p>深い段落。</p>' + '</div>'.repeat(n) + '</article></body></html>' : '<html><body><p>' + '<b>文'.repeat(n) + '</p></body></html>';
let t = performance.now();
const { document } = parseHTML(html);
console.log(n, kind, 'parse', (performance.now() - t).toFixed(0));
t = performance.now();
const all = document.querySelectorAll('*'); console.log('qsa', all.length, (performance.now() - t).toFixed(0));
t = performance.now();
for (const el of all) [...el.attributes]; console.log('attrs', (performance.now() - t).toFixed(0));
t = performance.now();
document.querySelector('title'); console.log('qs title', (performance.now() - t).toFixed(0));
t = performance.now();
const MAX = 48; const stack = [[document.body, 0]]; let u = 0;
while (stack.length) { const [el, d] = stack.pop(); const kids = [...el.children]; if (d < MAX) { for (const k of kids) stack.push([k, d + 1]); continue; } for (const k of kids) k.replaceWith(...k.childNodes); u += kids.length; if (kids.length) stack.push([el, d]); }
console.log('flatten', u, (performance.now() - t).toFixed(0));
