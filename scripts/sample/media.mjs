// The files the sample catalogue points at (QR codes, charts, a captioned video, an audio
// interpretation), written into demo/data/media/ beside the catalogue, so that the demo site,
// Storybook, the browser tests and the offline package show them and no page asks for a missing file.
//
// The catalogue refers to them relatively (`data/media/…`, resolved against the page, like the
// elements' `src`), so they work wherever a page sits next to `data/`. A real county writes its
// own site's addresses (`/zwgk/…`) instead.
//
// Charts (SVG) and QR codes (PNG, the `qrcode` package) are written on every run and are
// deterministic. The video and the audio need ffmpeg, espeak-ng and a CJK font
// (`apt-get install ffmpeg espeak-ng fonts-noto-cjk`); they are made only with `--av`, and are
// committed, so nobody else needs those tools.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';

const MEDIA_DIR = fileURLToPath(new URL('../../demo/data/media/', import.meta.url));
/** The address of a media file as the catalogue writes it. */
export const media = (path) => `data/media/${path}`;

const FONT = 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Source Han Sans SC, sans-serif';
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function write(path, content) {
  const file = join(MEDIA_DIR, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A left-to-right flow of numbered steps on two rows, with a note under it. */
function flowchart({ title, steps, notes }) {
  const perRow = 3;
  const boxW = 180, boxH = 64, gapX = 40, gapY = 56, left = 30, top = 78;
  const width = left * 2 + perRow * boxW + (perRow - 1) * gapX;
  const rows = Math.ceil(steps.length / perRow);
  const height = top + rows * boxH + (rows - 1) * gapY + 40 + notes.length * 28;
  const at = (i) => {
    const row = Math.floor(i / perRow);
    const col = row % 2 === 0 ? i % perRow : perRow - 1 - (i % perRow); // snake, so arrows stay short
    return { x: left + col * (boxW + gapX), y: top + row * (boxH + gapY), row };
  };
  const shapes = steps.map((step, i) => {
    const { x, y } = at(i);
    return `<rect x="${x}" y="${y}" width="${boxW}" height="${boxH}" rx="8" fill="#fff" stroke="#b5171c" stroke-width="2"/>
  <circle cx="${x + 22}" cy="${y + boxH / 2}" r="14" fill="#b5171c"/><text x="${x + 22}" y="${y + boxH / 2 + 6}" text-anchor="middle" fill="#fff" font-size="16" font-weight="700">${i + 1}</text>
  <text x="${x + 44}" y="${y + boxH / 2 + 7}" font-size="${step.length > 7 ? 15 : 18}" fill="#222">${escape(step)}</text>`;
  });
  const arrows = steps.slice(1).map((_, i) => {
    const a = at(i), b = at(i + 1);
    if (a.row === b.row) {
      const [x1, x2] = b.x > a.x ? [a.x + boxW, b.x] : [a.x, b.x + boxW];
      return `<line x1="${x1}" y1="${a.y + boxH / 2}" x2="${x2}" y2="${b.y + boxH / 2}" stroke="#8c1015" stroke-width="3" marker-end="url(#arrow)"/>`;
    }
    return `<line x1="${a.x + boxW / 2}" y1="${a.y + boxH}" x2="${b.x + boxW / 2}" y2="${b.y}" stroke="#8c1015" stroke-width="3" marker-end="url(#arrow)"/>`;
  });
  const noteTop = top + rows * boxH + (rows - 1) * gapY + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
  <title>${escape(title)}</title>
  <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8c1015"/></marker></defs>
  <rect width="100%" height="100%" fill="#fdf6f0"/>
  <text x="${width / 2}" y="46" text-anchor="middle" font-size="24" font-weight="700" fill="#b5171c">${escape(title)}</text>
  ${arrows.join('\n  ')}
  ${shapes.join('\n  ')}
  ${notes.map((note, i) => `<text x="${left}" y="${noteTop + i * 28}" font-size="15" fill="#333">${escape(note)}</text>`).join('\n  ')}
</svg>
`;
}

/** Horizontal bars with their values written out (the figure's alt text says the same). */
function barChart({ title, unit, bars, note }) {
  const width = 640, left = 150, right = 150, barH = 40, gap = 28, top = 80;
  const max = Math.max(...bars.map((b) => b.value));
  const height = top + bars.length * (barH + gap) + 40;
  const rows = bars.map((bar, i) => {
    const y = top + i * (barH + gap);
    const w = Math.round(((width - left - right) * bar.value) / max);
    return `<text x="${left - 12}" y="${y + barH / 2 + 6}" text-anchor="end" font-size="17" fill="#222">${escape(bar.label)}</text>
  <rect x="${left}" y="${y}" width="${w}" height="${barH}" fill="#b5171c"/>
  <text x="${left + w + 10}" y="${y + barH / 2 - 2}" font-size="16" font-weight="700" fill="#222">${bar.value} ${escape(unit)}</text>
  <text x="${left + w + 10}" y="${y + barH / 2 + 17}" font-size="14" fill="#444">${escape(bar.detail)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">
  <title>${escape(title)}</title>
  <rect width="100%" height="100%" fill="#fff"/>
  <text x="${width / 2}" y="44" text-anchor="middle" font-size="22" font-weight="700" fill="#b5171c">${escape(title)}</text>
  <line x1="${left}" y1="${top - 10}" x2="${left}" y2="${height - 50}" stroke="#666"/>
  ${rows.join('\n  ')}
  <text x="${width / 2}" y="${height - 16}" text-anchor="middle" font-size="14" fill="#444">${escape(note)}</text>
</svg>
`;
}

/** What the video interpretation says: one caption cue per sentence. */
export const ENROLL_VIDEO_CUES = [
  '各位家长朋友，大家好。',
  '今年我县义务教育招生继续实行划片招生、免试就近入学。',
  '六月一日至六月十日网上报名。',
  '随迁子女持居住证和社保证明报名。',
];
export const ENROLL_VIDEO_TRANSCRIPT = ENROLL_VIDEO_CUES.join('');
export const FARM_AUDIO_TEXT = '耕地地力保护补贴怎么领？补贴对象是拥有耕地承包权的种地农民，按确权面积发放，名单在村务公开栏公示七天后，直接打到一卡通。';

/** Writes the charts and QR codes (always) and, with `av`, the video and the audio. */
export async function writeSampleMedia({ av = false } = {}) {
  write('zcjd/dibao-yitu.svg', flowchart({
    title: '一图读懂低保审核确认',
    steps: ['申请', '受理', '家庭经济状况调查', '公示', '审核确认', '发放'],
    notes: ['乡镇（街道）自受理之日起 30 日内审核确认，特殊情况可延长至 45 日。', '初审对象在村（社区）公示栏公示 7 日，个人信息去标识化。'],
  }));
  write('ysqgk/liucheng.svg', flowchart({
    title: '政府信息公开申请办理流程',
    steps: ['提出申请', '登记', '审核', '办理', '答复', '归档'],
    notes: ['申请内容不明确的，7 个工作日内一次性告知补正。', '收到申请之日起 20 个工作日内答复；需要延长的，延长期限最长不超过 20 个工作日。'],
  }));
  write('zcjd/jiuye-tu.svg', barChart({
    title: '创业担保贷款额度与贴息',
    unit: '万元',
    bars: [
      { label: '个人创业', value: 30, detail: '财政全额贴息' },
      { label: '合伙创业', value: 150, detail: '每人 30 万元，全额贴息' },
      { label: '小微企业', value: 300, detail: '贴息 50%' },
    ],
    note: '贷款期限最长 3 年；返乡创业人员纳入贷款对象。',
  }));
  for (const [name, text] of [['zone-county', 'https://www.shixian.example.gov.cn/zwgk/zq/'], ['wechat', 'https://mp.example.cn/shixianfabu']]) {
    const file = join(MEDIA_DIR, `qr/${name}.png`);
    mkdirSync(dirname(file), { recursive: true });
    await QRCode.toFile(file, text, { type: 'png', width: 256, margin: 2, errorCorrectionLevel: 'M' });
  }
  if (av) writeAudioVisual();
}

function writeAudioVisual() {
  const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const work = mkdtempSync(join(tmpdir(), 'zwgk-media-'));
  const font = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'].find(existsSync);
  if (!font) throw new Error('--av needs a CJK font: apt-get install fonts-noto-cjk');
  const bitexact = ['-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1'];

  // Video: a title card, the spoken interpretation, and WebVTT captions timed to each sentence.
  const cues = ENROLL_VIDEO_CUES.map((text, i) => {
    const wav = join(work, `cue-${i}.wav`);
    run('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', wav, text]);
    const seconds = Number(execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', wav]).toString());
    return { text, wav, seconds: seconds + 0.4 };
  });
  const list = join(work, 'cues.txt');
  writeFileSync(list, cues.map((c) => `file '${c.wav}'\nduration ${c.seconds.toFixed(2)}`).join('\n'));
  const speech = join(work, 'speech.wav');
  run('ffmpeg', ['-y', '-f', 'concat', '-safe', '0', '-i', list, '-af', 'apad', '-t', String(cues.reduce((s, c) => s + c.seconds, 0)), speech]);
  const total = cues.reduce((s, c) => s + c.seconds, 0);
  const stamp = (t) => new Date(Math.round(t * 1000)).toISOString().slice(11, 23);
  let at = 0;
  const vtt = ['WEBVTT', ''];
  cues.forEach((cue, i) => {
    vtt.push(String(i + 1), `${stamp(at)} --> ${stamp(at + cue.seconds)}`, cue.text, '');
    at += cue.seconds;
  });
  write('zcjd/zhaosheng.vtt', vtt.join('\n'));
  const card = [
    `drawtext=fontfile=${font}:text='县教体局负责人解读':fontcolor=white:fontsize=34:x=(w-text_w)/2:y=110`,
    `drawtext=fontfile=${font}:text='2026年义务教育招生入学政策':fontcolor=white:fontsize=30:x=(w-text_w)/2:y=170`,
    `drawtext=fontfile=${font}:text='示例县教育体育局':fontcolor=0xf3d9da:fontsize=22:x=(w-text_w)/2:y=250`,
  ].join(',');
  run('ffmpeg', ['-y', '-f', 'lavfi', '-i', `color=c=0xb5171c:s=640x360:r=10:d=${total.toFixed(2)}`, '-i', speech, '-vf', card,
    '-c:v', 'libx264', '-profile:v', 'baseline', '-pix_fmt', 'yuv420p', '-crf', '30', '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-shortest', '-movflags', '+faststart',
    ...bitexact, join(MEDIA_DIR, 'zcjd/zhaosheng.mp4')]);

  // Audio: the radio interpretation of the farm subsidy (it has no transcript on purpose: the
  // policy card shows the missing-transcript warning for it).
  const farm = join(work, 'farm.wav');
  run('espeak-ng', ['-v', 'cmn', '-s', '150', '-w', farm, FARM_AUDIO_TEXT]);
  run('ffmpeg', ['-y', '-i', farm, '-c:a', 'libmp3lame', '-b:a', '48k', '-ac', '1', ...bitexact, join(MEDIA_DIR, 'zcjd/gengdi.mp3')]);
}
