import { expect } from '@open-wc/testing';
import { normalize, highlightParts, queryTerms } from '../../../src/components/catalogue-tree/search.js';
import { parseList, normalizeLevels, resolveDomainIds } from '../../../src/components/catalogue-tree/filters.js';
import { readHash, writeHash } from '../../../src/components/catalogue-tree/deep-link.js';
import { toCsv } from '../../../src/components/catalogue-tree/export-table.js';
import { minimalCatalogue } from '../../fixtures/minimal.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';

describe('catalogue tree: pure modules', () => {
  it('normalize folds full-width, case, traditional characters and 文号 brackets, one char per char', () => {
    expect(normalize('ＡＰＰ推送')).to.equal('app推送');
    expect(normalize('義務教育')).to.equal('义务教育');
    expect(normalize('国办发〔2019〕54号')).to.equal(normalize('国办发[2019]54号'));
    const text = '社会救助 ＡＢＣ';
    expect(normalize(text).length).to.equal(text.length);
  });

  it('highlightParts marks every occurrence of every term', () => {
    const parts = highlightParts('低保审核与低保审批', queryTerms('低保'));
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['低保', '低保']);
    expect(parts.map((p) => p.text).join('')).to.equal('低保审核与低保审批');
  });

  it('parseList splits editors’ comma lists, full-width commas and 、 included', () => {
    expect(parseList('义务教育,社会救助，养老服务、扶贫')).to.deep.equal(['义务教育', '社会救助', '养老服务', '扶贫']);
    expect(normalizeLevels(['县级', 'township', '村级'])).to.deep.equal(['county', 'township', 'village']);
  });

  it('resolveDomainIds finds domains by id, name or alias, and 扶贫救灾 finds both 扶贫 and 救灾', () => {
    const catalogue = minimalCatalogue() as Catalogue;
    catalogue.domains.push(
      { id: 'gt', name: '国土空间规划', isPilot: true },
      { id: 'fp', name: '扶贫', isPilot: true },
      { id: 'jz', name: '救灾', isPilot: true },
    );
    expect([...resolveDomainIds(catalogue, ['城乡规划'])]).to.deep.equal(['gt']);
    expect([...resolveDomainIds(catalogue, ['扶贫救灾'])].sort()).to.deep.equal(['fp', 'jz']);
    expect([...resolveDomainIds(catalogue, ['yiwu-jiaoyu'])]).to.deep.equal(['yiwu-jiaoyu']);
  });

  it('deep links keep the page’s other hash parameters', () => {
    const hash = writeHash('#tab=2', 'zwgk-', { item: 'it-1', query: '低保 名单' });
    expect(readHash(hash, 'zwgk-')).to.deep.equal({ item: 'it-1', query: '低保 名单' });
    expect(new URLSearchParams(hash.slice(1)).get('tab')).to.equal('2');
    expect(writeHash(hash, 'zwgk-', {})).to.equal('#tab=2');
  });

  it('toCsv quotes commas, quotes and newlines (RFC 4180) and uses CRLF', () => {
    const csv = toCsv(['a', 'b'], [['x,y', 'say "hi"\nbye']]);
    expect(csv).to.equal('\uFEFFa,b\r\n"x,y","say ""hi""\nbye"\r\n');
  });
});
