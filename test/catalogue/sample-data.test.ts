import { expect } from '@open-wc/testing';
import { parseCatalogueText } from '../../src/catalogue/validate.js';
import { PILOT_DOMAINS } from '../../src/catalogue/codes.js';
import type { Catalogue } from '../../src/catalogue/schema.js';

async function load(file: string): Promise<Catalogue> {
  const result = parseCatalogueText(await (await fetch(`/demo/data/${file}`)).text());
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
  expect(result.warnings, 'warnings').to.deep.equal([]);
  return result.catalogue;
}

describe('sample data (what designers and integrators see first)', () => {
  it('示例县 validates and covers all 26 pilot domains with at least 200 items', async () => {
    const county = await load('shixian.json');
    expect(county.jurisdiction.name).to.equal('示例县');
    const pilotNames = county.domains.filter((d) => d.isPilot).map((d) => d.name);
    expect(pilotNames).to.deep.equal(PILOT_DOMAINS.map((d) => d.name));
    for (const domain of county.domains) {
      expect(county.items.filter((i) => i.domainId === domain.id).length, domain.name).to.be.at.least(4);
    }
    expect(county.items.length).to.be.at.least(200);
    expect(county.items.filter((i) => i.mode === '依申请').length).to.be.at.least(8);
    expect(county.agencies.length).to.be.at.least(12);
  });

  it('示例县 has disclosure points, policies, interpretations, open days and a request form', async () => {
    const county = await load('shixian.json');
    const points = county.disclosurePoints!;
    expect(points.length).to.be.at.least(15);
    for (const type of ['disclosure_zone', 'convenience_center', 'notice_board', 'archive', 'library']) {
      expect(points.some((p) => p.type === type), type).to.be.true;
    }
    expect(county.policies!.length).to.be.at.least(6);
    const forms = new Set(county.interpretations!.map((i) => i.form));
    for (const form of ['文字', '简明问答', '图表图解', '视频'] as const) expect(forms.has(form), form).to.be.true;
    expect(county.interpretations!.some((i) => i.media?.some((m) => m.type === 'video' && (m.transcript || m.transcriptUrl)))).to.be.true;
    const late = county.interpretations!.filter((i) => {
      const policy = county.policies!.find((p) => p.id === i.policyId)!;
      return i.publishedAt.slice(0, 10) > policy.publishedAt.slice(0, 10);
    });
    expect(late.length, 'interpretations published after their policy (breaking 三同步)').to.be.at.least(1);
    expect(county.openDays!.length).to.be.at.least(3);
    expect(county.requestForm?.acceptingAgencyId).to.equal('ag-xzfb');
  });

  it('the township 关堤乡 validates and is linked from the county', async () => {
    const county = await load('shixian.json');
    const township = await load('guandi-xiang.json');
    expect(township.jurisdiction).to.include({ name: '关堤乡', level: 'township', parentName: '示例县' });
    expect(county.jurisdiction.children!.find((c) => c.name === '关堤乡')!.catalogueUrl).to.equal('guandi-xiang.json');
    expect(township.items.length).to.be.at.least(30);
  });
});
