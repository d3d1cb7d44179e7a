// The sample county points only at files that exist: every image, video, audio, caption file and
// QR code its catalogues name ships in demo/data/media/ (served at data/media/ beside the
// catalogue on the demo site, in Storybook, in the browser tests and in the offline package), and
// every policy interpretation names its interpreter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const catalogues = ['shixian.json', 'guandi-xiang.json'].map((name) => [name, JSON.parse(readFileSync(`${root}demo/data/${name}`, 'utf8'))]);

/** Every URL the elements load by themselves (not links a citizen may follow). */
function loadedUrls(doc) {
  return [
    ...(doc.disclosurePoints ?? []).map((p) => p.qrCode),
    ...(doc.interpretations ?? []).flatMap((i) => [
      ...(i.media ?? []).flatMap((m) => [m.url, m.captionsUrl]),
      ...(i.blocks ?? []).filter((b) => b.type === 'figure').map((b) => b.url),
    ]),
    doc.requestForm?.flowchartUrl,
  ].filter(Boolean);
}

for (const [name, doc] of catalogues) {
  test(`${name}: every image, video, audio, caption and QR code it names is shipped`, () => {
    const urls = loadedUrls(doc);
    if (name === 'shixian.json') assert.ok(urls.length >= 8, `only ${urls.length} media URLs`);
    for (const url of urls) {
      assert.match(url, /^data\/media\//, `${url}: sample media live beside the catalogue`);
      const file = `${root}demo/${url}`;
      assert.ok(existsSync(file), `${url} is named in ${name} but not shipped`);
      assert.ok(statSync(file).size > 200, `${url} is empty`);
    }
  });
}

test('shixian.json: every interpretation names its interpreter; the video has captions and a transcript', () => {
  const [, doc] = catalogues[0];
  for (const interpretation of doc.interpretations) {
    assert.ok(interpretation.interpreter.personTitle?.trim(), `${interpretation.id} has no interpreter name or title`);
  }
  const videos = doc.interpretations.flatMap((i) => i.media ?? []).filter((m) => m.type === 'video');
  assert.ok(videos.length >= 1);
  for (const video of videos) {
    assert.ok(video.captionsUrl && video.transcript, `${video.url} needs captions and a transcript`);
    const cues = readFileSync(`${root}demo/${video.captionsUrl}`, 'utf8');
    assert.match(cues, /^WEBVTT\n/);
    // The captions say what the transcript says, cue by cue.
    const spoken = cues.split('\n').filter((line) => line && !/^(WEBVTT|\d+)$/.test(line) && !line.includes('-->')).join('');
    assert.equal(spoken, video.transcript);
  }
});
