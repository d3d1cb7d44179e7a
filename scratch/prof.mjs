import { buildSync } from 'esbuild';
buildSync({ stdin: { contents: "export * from './src/forms/request-schema.ts'; export * from './src/forms/working-days.ts';", resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile: 'scratch/p.mjs', packages: 'external' });
const m = await import('./p.mjs');
const app = { applicantType: '公民', citizen: { name: '申请人1', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13910000001', address: '示例县人民路1号' }, information: { title: 't' }, provideForm: '电子', delivery: '邮寄', privacyConsent: true };
let t = performance.now(); for (let i = 0; i < 1000; i++) m.RequestPayload.safeParse(app); console.log('parse', (performance.now() - t) / 1000, 'ms');
t = performance.now(); for (let i = 0; i < 1000; i++) m.requestProblems(app); console.log('problems', (performance.now() - t) / 1000);
t = performance.now(); for (let i = 0; i < 1000; i++) m.statutoryTimeline('2026-12-06'); console.log('timeline', (performance.now() - t) / 1000);
