// Fictional residents of 示例县 for the 公示 lists of the sample data: names (with compound surnames
// and a minority name), checksum-valid ID numbers (18-digit, and 15-digit first-generation ones for
// the oldest), mobile phones, 一卡通 bank cards and village addresses. Deterministic: a seeded
// generator, so the sample files are the same on every run. None of these people exist.

/** A small deterministic generator (mulberry32). */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈姜崔谭陆范汪石贾夏付方邹熊白孟秦侯江尹薛闫段雷史陶贺毛郝顾邵武'.split('');
const COMPOUND = ['欧阳', '司马', '上官', '诸葛'];
const GIVEN_TWO = ['建国', '秀英', '桂兰', '玉梅', '国强', '志刚', '丽娟', '红霞', '德福', '春生', '金凤', '小明', '子涵', '浩然', '新民', '秀兰', '保国', '凤英', '长江', '淑珍', '海燕', '振华', '爱华', '东升'];
const GIVEN_ONE = '明伟芳军敏静强磊洋勇艳杰娟涛超霞平刚英华'.split('');

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** A name: mostly 张三 / 张小明 shapes, sometimes a compound surname. */
export function personName(random) {
  const r = random();
  const surname = r < 0.06 ? pick(random, COMPOUND) : pick(random, SURNAMES);
  return surname + (random() < 0.35 ? pick(random, GIVEN_ONE) : pick(random, GIVEN_TWO));
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: an 18-digit number with a valid check character, for a fictional birth date. */
export function residentId(region, birth, sequence) {
  const body = `${region}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/** A first-generation 15-digit number (two-digit year), still on the oldest people's records. */
export function firstGenerationId(region, birth, sequence) {
  return `${region}${birth.slice(2).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
}

/** A birth date between the given years. */
export function birthDate(random, from, to) {
  const year = from + Math.floor(random() * (to - from + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A mobile number in a current range (13x–19x). */
export function mobile(random) {
  const prefix = pick(random, ['138', '139', '150', '151', '158', '159', '186', '187', '176', '199', '135', '137']);
  return prefix + String(Math.floor(random() * 1e8)).padStart(8, '0');
}

/** A 19-digit 惠民惠农“一卡通” card of a fictional bank range, with a Luhn check digit. */
export function bankCard(random) {
  const body = `622848${String(Math.floor(random() * 1e12)).padStart(12, '0')}`;
  let sum = 0;
  [...body].reverse().forEach((d, i) => {
    let n = Number(d) * (i % 2 === 0 ? 2 : 1);
    if (n > 9) n -= 9;
    sum += n;
  });
  return body + ((10 - (sum % 10)) % 10);
}

/** Villages of the sample county by township, for addresses and the public 村（社区） column. */
export const VILLAGES = {
  关堤乡: ['刘庄村', '赵庄村', '关堤村', '后河村'],
  城关镇: ['东街社区', '西关村', '北园社区'],
  南庄镇: ['王庄村', '南庄村', '李屯村'],
  西河乡: ['河西村', '西河村'],
};

export function address(random, township, village) {
  return `示例县${township}${village}${1 + Math.floor(random() * 9)}组${1 + Math.floor(random() * 80)}号`;
}
