import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [src, outPrefix, tileH = '1800', scale = '0.5'] = process.argv.slice(2);
const buf = readFileSync(src);
const w = buf.readUInt32BE(16), h = buf.readUInt32BE(20);
const s = Number(scale);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Math.round(w * s), height: Math.round(Number(tileH) * s) } });
const data = buf.toString('base64');
await p.setContent(`<body style="margin:0;overflow:hidden"><img id=i src="data:image/png;base64,${data}" style="display:block;width:${w * s}px"></body>`);
let n = 0;
for (let top = 0; top < h; top += Number(tileH)) {
  await p.evaluate((t) => (document.getElementById('i').style.marginTop = `-${t}px`), top * s);
  await p.screenshot({ path: `${outPrefix}-${n++}.png` });
}
console.log(w, h, n);
await b.close();
