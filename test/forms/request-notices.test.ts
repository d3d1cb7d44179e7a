import { expect } from '@open-wc/testing';
import { BLANK, placeholdersOf, renderTemplate } from '../../src/forms/notice-template.js';
import { applicantNameOf, buildNotice, documentDate, informationText, noticeText, templateProblems, type Notice, type NoticeInput } from '../../src/forms/request-notices.js';
import { remediesText } from '../../src/forms/request-outcomes.js';
import type { Command, WorkflowEvent } from '../../src/forms/request-workflow.js';
import { handler, play, received, reviewer } from '../helpers/request-cases.js';

const input: NoticeInput = {
  application: { code: 'YSQ20260302ABC234', applicantName: '张三', information: '示例县2025年城乡低保资金发放明细（示民〔2025〕12号）', delivery: '电子邮件' },
  agency: { name: '示例县人民政府办公室' },
  config: { help: { phone: '0373-1234002' }, remedies: { reviewBody: '示例县人民政府', court: '示例县人民法院' } },
};

const notice = (kind: Parameters<typeof buildNotice>[0], events: WorkflowEvent[], extra: Partial<NoticeInput> = {}): Notice => {
  const result = buildNotice(kind, events, { ...input, ...extra });
  if (!result.ok) throw new Error(result.message['zh-CN']);
  return result.notice;
};

const replied = (command: Extract<Command, { action: 'draft_reply' }>) =>
  play([...received('2026-03-02'), [handler, '2026-03-10', command], [reviewer, '2026-03-11', { action: 'approve_reply' }]]);

describe('notice template renderer', () => {
  it('fills placeholders, drops paragraphs left empty, prints blanks for unknown values', () => {
    const out = renderTemplate('{{申请人}}：\n{{ 说明 }}\n联系电话：{{联系电话}}', { 申请人: '张三', 说明: '', 联系电话: undefined });
    expect(out.paragraphs).to.deep.equal(['张三：', `联系电话：${BLANK}`]);
    expect(out.missing).to.deep.equal(['联系电话']);
  });

  it('never expands a value a second time, keeps markup as text, strips control characters', () => {
    const out = renderTemplate('{{申请人}}：{{申请编号}}', { 申请人: '<img src=x onerror=alert(1)>{{申请编号}}\u0007', 申请编号: 'YSQ1' });
    expect(out.paragraphs).to.deep.equal(['<img src=x onerror=alert(1)>{{申请编号}}：YSQ1']);
  });

  it('reports placeholders it does not know and leaves them visible', () => {
    const out = renderTemplate('尊敬的{{申请人姓名}}：', { 申请人: '张三' });
    expect(out.paragraphs).to.deep.equal(['尊敬的{{申请人姓名}}：']);
    expect(out.unknown).to.deep.equal(['申请人姓名']);
    expect(placeholdersOf('{{a}}{{ b }}{{a}}')).to.deep.equal(['a', 'b']);
  });
});

describe('notices of a request', () => {
  it('受理回执: the day of receipt, the due day and the office phone', () => {
    const n = notice('receipt', play(received('2026-03-02')));
    expect(n.title).to.equal('政府信息公开申请受理回执');
    expect(n.paragraphs[0]).to.equal('张三：');
    expect(n.paragraphs[1]).to.contain('本机关收到申请之日为2026年3月2日');
    expect(n.paragraphs[2]).to.contain('20个工作日内，即2026年3月30日前作出答复');
    expect(n.paragraphs[2]).to.contain('7个工作日内一次性告知');
    expect(n.paragraphs[3]).to.contain('0373-1234002');
    expect(n).to.deep.include({ signature: { agency: '示例县人民政府办公室', date: '2026年3月2日' }, missing: [], unknown: [], source: 'built-in' });
  });

  it('补正告知书: numbered items and the deadline', () => {
    const events = play([...received('2026-03-02'), [handler, '2026-03-04', { action: 'request_correction', items: ['所需信息的文号或标题', '身份证明'], dueOn: '2026-03-18' }]]);
    const n = notice('correction', events);
    expect(n.paragraphs).to.include.members(['1. 所需信息的文号或标题', '2. 身份证明']);
    expect(n.paragraphs.join('')).to.contain('请您于2026年3月18日前向本机关提交补正后的申请');
    expect(n.signature.date).to.equal('2026年3月4日');
  });

  it('延期答复告知书 across the Spring Festival: the old and the new due day', () => {
    const events = play([
      ...received('2026-01-12'),
      [handler, '2026-02-04', { action: 'propose_extension', workingDays: 20, reason: '因需调取多个科室的历史档案' }],
      [reviewer, '2026-02-05', { action: 'approve_extension' }],
    ]);
    const text = notice('extension', events).paragraphs.join('\n');
    expect(text).to.contain('因需调取多个科室的历史档案，本机关不能在2026年2月9日前作出答复');
    expect(text).to.contain('答复期限延长20个工作日，本机关将于2026年3月13日前作出答复');
  });

  it('第三方意见征询函 goes to the third party and never names the applicant', () => {
    const events = play([...received('2026-03-02'), [handler, '2026-03-09', { action: 'consult', party: 'third_party', parties: ['示例建材有限公司', '李四'], matter: '商业秘密' }]]);
    const n = notice('consultation', events, { consultation: { party: '李四' } });
    expect(n.title).to.equal('政府信息公开第三方意见征询函');
    expect(n.paragraphs[0]).to.equal('李四：');
    expect(n.paragraphs.join('')).to.contain('涉及贵方商业秘密').and.contain('请贵方于2026年3月30日前');
    expect(noticeText(n)).not.to.contain('张三');
    expect(noticeText(n)).not.to.contain('YSQ20260302ABC234');
  });

  it('答复书 of a refusal states its basis, the explanation and the configured remedies', () => {
    const n = notice('reply', replied({ action: 'draft_reply', outcome: { reason: 'process_information', explanation: '该材料为会议讨论记录，尚未形成正式决定。' } }));
    const text = n.paragraphs.join('\n');
    expect(text).to.contain('属于讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，本机关决定不予公开');
    expect(text).to.contain('理由如下：该材料为会议讨论记录，尚未形成正式决定。');
    expect(n.paragraphs).to.include('如对本答复不服，可以自收到本答复之日起60日内向示例县人民政府申请行政复议，或者自收到本答复之日起6个月内向示例县人民法院提起行政诉讼。');
    expect(n.paragraphs[n.paragraphs.length - 1]).to.equal('特此告知。');
    expect(n.signature.date).to.equal('2026年3月11日');
  });

  it('答复书 of a disclosure names the delivery and carries no remedies', () => {
    const n = notice('reply', replied({ action: 'draft_reply', outcome: { reason: 'provided' } }));
    expect(n.paragraphs.join('')).to.contain('本机关予以公开，并按您选择的“电子邮件”方式提供');
    expect(n.paragraphs.join('')).not.to.contain('行政复议');
  });

  it('不属于本机关: names the responsible agency and its contact', () => {
    const n = notice('reply', replied({ action: 'draft_reply', outcome: { reason: 'not_ours', responsibleAgency: { name: '示例县自然资源局', contact: '0373-1234567' } } }));
    expect(n.paragraphs.join('')).to.contain('该政府信息由示例县自然资源局（联系方式：0373-1234567）负责公开，请您向其提出申请');
  });

  it('the county\'s template wins: a reason label over a kind label over the generic 答复书', () => {
    const config = {
      ...input.config,
      replyTemplates: [
        { type: '答复书', title: '答复书', body: '通用：{{答复内容}}' },
        { type: '不予公开', title: '政府信息不予公开告知书', body: '{{申请人}}：\n经审查，您申请的信息{{答复理由}}，不予公开。\n{{救济途径}}\n经办：{{经办人}}' },
        { type: '属于国家秘密', title: '国家秘密告知书', url: '/tpl/secret.docx' },
      ],
    };
    const n = notice('reply', replied({ action: 'draft_reply', outcome: { reason: 'state_secret', explanation: '已定密' } }), { config });
    expect(n.title).to.equal('政府信息不予公开告知书'); // the 属于国家秘密 template has no body: only a download
    expect(n.paragraphs.slice(0, 2)).to.deep.equal(['张三：', '经审查，您申请的信息属于国家秘密，不予公开。']);
    expect(n.unknown).to.deep.equal(['经办人']);
    expect(n.source).to.equal('catalogue');
    expect(templateProblems(config.replyTemplates)).to.deep.equal([{ index: 1, unknown: ['经办人'] }]);
    const generic = notice('reply', replied({ action: 'draft_reply', outcome: { reason: 'provided' } }), { config });
    expect(generic.paragraphs[0]).to.match(/^通用：经审查/);
  });

  it('a value that is not known prints a blank to fill in by hand', () => {
    const n = notice('receipt', play(received('2026-03-02')), { config: {} });
    expect(n.paragraphs[3]).to.equal(`您可以凭申请编号和联系电话查询办理进度。咨询电话：${BLANK}。`);
    expect(n.missing).to.deep.equal(['联系电话']);
  });

  it('a notice that does not exist yet says so; a draft can be previewed for the reviewer', () => {
    const events = play([...received('2026-03-02'), [handler, '2026-03-10', { action: 'draft_reply', outcome: { reason: 'not_held' } }]]);
    const missing = buildNotice('extension', events, input);
    expect(missing.ok).to.be.false;
    expect(!missing.ok && missing.message['zh-CN']).to.equal('答复期限没有延长');
    expect(buildNotice('reply', events, input).ok).to.be.false;
    const draft = notice('reply', events, { draft: true });
    expect(draft.draft).to.be.true;
    expect(draft.paragraphs.join('')).to.contain('经检索，本机关没有您所申请公开的政府信息');
  });

  it('noticeText: heading, document number, paragraphs, signature', () => {
    const n = notice('receipt', play(received('2026-03-02')), { documentNumber: '示政办公开〔2026〕12号' });
    const lines = noticeText(n).split('\n');
    expect(lines.slice(0, 4)).to.deep.equal(['政府信息公开申请受理回执', '示政办公开〔2026〕12号', '', '张三：']);
    expect(lines.slice(-3)).to.deep.equal(['示例县人民政府办公室', '2026年3月2日', '']);
  });

  it('remedies never name a body the configuration does not give', () => {
    expect(remediesText(undefined)).to.equal('如对本答复不服，可以自收到本答复之日起60日内依法申请行政复议，或者自收到本答复之日起6个月内依法向人民法院提起行政诉讼。');
    expect(remediesText({ reviewBody: '示例市人民政府', reviewDays: 60, litigationMonths: 6 }, 'en')).to.equal(
      "If you disagree with this reply, you may apply for administrative reconsideration to 示例市人民政府 within 60 days of receiving it, or bring an administrative lawsuit in a people's court within 6 months of receiving it.",
    );
  });

  it('helpers: document dates, applicant names, the information line', () => {
    expect(documentDate('2026-03-02')).to.equal('2026年3月2日');
    expect(applicantNameOf({ applicantType: '法人', organisation: { name: ' 示例建材有限公司 ' } })).to.equal('示例建材有限公司');
    expect(informationText({ title: '低保资金发放明细', docNo: '示民〔2025〕12号', description: '2025年第三季度' })).to.equal('低保资金发放明细（示民〔2025〕12号）；2025年第三季度');
    expect(informationText({ docNo: '示民〔2025〕12号' })).to.equal('示民〔2025〕12号');
  });
});
