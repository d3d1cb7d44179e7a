// The 26 pilot domains from the library's own code list (src/catalogue/codes.ts) with their stable
// ids (src/catalogue/table/domain-ids.ts), bundled on the fly because Node cannot import TypeScript.
import { buildSync } from 'esbuild';

const { outputFiles } = buildSync({
  stdin: {
    contents: "export { PILOT_DOMAINS } from './src/catalogue/codes.ts'; export { PILOT_DOMAIN_IDS } from './src/catalogue/table/domain-ids.ts';",
    resolveDir: new URL('../../', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', write: false,
});
const { PILOT_DOMAINS, PILOT_DOMAIN_IDS } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

export const PILOT = PILOT_DOMAINS.map((d) => ({ ...d, id: PILOT_DOMAIN_IDS[d.name] }));
