// A seeded roster generator for the benchmark: every contract column, labels and codes mixed as
// offices write them (Chinese labels mostly, English codes in some rows), flexible introductions with
// a rent rate, township and village posts with a salary, partly funded institutions with a share,
// fresh graduates in enterprises, honours alone or two together, the claim columns (grants, awards, tax
// items) filled on a few rows, two columns of the office's own,
// and about one row in a thousand that must be rejected. The same seed writes the same bytes.
//
//   node bench/generate.js [ROWS=1000000] [FILE=bench/out/roster-ROWS.csv] [--seed N] [--core]
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, good enough to vary a roster, and reproducible (the fuzz tests use it too). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function vocabulary() {
  const codes = JSON.parse(readFileSync(join(ROOT, 'data/codes.json'), 'utf8')).codes;
  const of = (field) => codes[field].map((entry) => ({ code: entry.code, label: entry.labels[0] }));
  return Object.fromEntries(Object.keys(codes).map((field) => [field, of(field)]));
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰';
const UNITS = ['市人民医院', '钟山区第一中学', '盘江煤电某矿', '水城区农机站', '六枝特区某镇人民政府', '某民营科技公司', '市科技局', '省地矿局一一三队'];
const ROSTER_HEADER = [
  '编号', '姓名', '人才称号', '学历', '学位', '专业技术职称', '职业技能等级', '引进方式', '单位性质', '财政拨款比例',
  '单位层级', '所在县区', '工作地层级', '已享受房改', '基本工资', '起始年月', '终止年月', 'rent_per_m2', '应届毕业生',
  // The claim columns (grants, awards, tax items): empty on most rows, as in a real roster.
  '发放年月', '新获称号', '创新创业团队带头人', '科研启动经费', '项目注册地层级', '项目所在县区', '科技进步奖级别', '科技进步奖奖金',
  '民营吸纳应届毕业生', '基层就业项目', '安置费', '学费补偿代偿', '中小企业吸纳持证毕业生', '首年社保补贴', '个体经营免征税额',
  '个税留成奖励', '急需紧缺人才', '科技人员在企业任职', '煤矿安全监管人员', '注册安全工程师', '基层工作年限',
  '单位名称', '备注',
];
const CLAIM_COLUMNS = 21;
const CORE_COLUMNS = 19;

/** A line writer for `rows` people; `line(i)` is the i-th data line without its line end. */
export function rosterLines(seed = 20131, { claims: withClaims = true } = {}) {
  const v = vocabulary();
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** Chinese label most of the time, the English code sometimes, as mixed rosters have. */
  const cell = (field, entry) => (chance(0.8) ? entry.label : entry.code);
  const byCode = (field, code) => v[field].find((entry) => entry.code === code);
  const month = (from, to) => {
    const index = from + Math.floor(next() * (to - from));
    const m = (index % 12) + 1;
    return `${Math.floor(index / 12)}-${m < 10 ? '0' : ''}${m}`;
  };
  const honours = v.honors;
  return (i) => {
    const id = chance(0.5) ? `P${String(i).padStart(7, '0')}` : `52020${String(i).padStart(9, '0')}`;
    const name = pick(SURNAMES) + pick(GIVEN) + (chance(0.5) ? pick(GIVEN) : '');
    let honorCell = '';
    if (chance(0.12)) {
      const first = pick(honours);
      honorCell = cell('honors', first);
      if (chance(0.2)) honorCell += `；${cell('honors', pick(honours))}`;
    }
    const educationCode = pick(['doctor', 'doctor', 'master', 'master', 'bachelor', 'bachelor', 'associate', 'secondary']);
    const education = cell('education', byCode('education', educationCode));
    const degreeCode = { doctor: 'doctor', master: 'master', bachelor: 'bachelor' }[educationCode];
    const degree = degreeCode ? cell('degree', byCode('degree', degreeCode)) : '';
    const title = chance(0.7) ? cell('title', pick(v.title.slice(1))) : '';
    const skill = educationCode === 'secondary' || chance(0.05) ? cell('skill', pick(v.skill.slice(1))) : '';
    const flexible = chance(0.08);
    const introMode = cell('intro_mode', byCode('intro_mode', flexible ? 'flexible' : chance(0.7) ? 'direct' : 'local'));
    const employerType = pick(v.employer_type);
    const partial = employerType.code === 'inst_partial';
    const share = partial ? pick(['0.6', '0.65', '0.5', '0.8', '0.75', '1', '0.35']) : '';
    const employerLevel = chance(0.3) ? 'city' : 'county';
    const workLevel = employerLevel === 'city' && chance(0.6) ? 'city' : pick(['county', 'county', 'township', 'village']);
    const county = employerLevel === 'city' && workLevel === 'city' ? '' : cell('county', pick(v.county));
    const salary = workLevel === 'township' || workLevel === 'village' ? `${2400 + Math.floor(next() * 3000)}${chance(0.3) ? '.50' : ''}` : '';
    const startIndex = 2012 * 12 + Math.floor(next() * 36);
    const start = month(startIndex, startIndex + 1);
    const end = chance(0.15) ? month(startIndex, startIndex + 40) : '';
    const rent = flexible && chance(0.7) ? pick(['8.5', '10', '12.5', '9.75', '11']) : '';
    const enterprise = employerType.code === 'soe' || employerType.code === 'private';
    const fresh = enterprise && county !== '' && chance(0.1) ? '是' : chance(0.5) ? '否' : '';
    const reform = chance(0.05) ? '是' : chance(0.5) ? '否' : 'no';
    const claims = new Array(CLAIM_COLUMNS).fill('');
    if (chance(0.04)) {
      // One or two claims of the kinds §8–§20 name, each consistent with the row's facts.
      const kind = Math.floor(next() * 8);
      if (kind === 0) { claims[0] = start; claims[1] = cell('honors', pick(honours)); }
      else if (kind === 1) { claims[2] = '是'; claims[3] = chance(0.5) ? '是' : String(1_000_000 + Math.floor(next() * 40) * 100_000); claims[4] = cell('employer_level', byCode('employer_level', employerLevel)); claims[5] = county; }
      else if (kind === 2) { claims[6] = cell('sci_award', pick(v.sci_award)); claims[7] = String(50_000 + Math.floor(next() * 20) * 10_000); }
      else if (kind === 3 && employerType.code === 'private') { claims[8] = '是'; }
      else if (kind === 4) { claims[9] = cell('grassroots_program', pick(v.grassroots_program)); claims[10] = chance(0.5) ? '3000' : ''; claims[11] = chance(0.3) ? '6000.00' : ''; claims[20] = String(1 + Math.floor(next() * 6)); }
      else if (kind === 5 && enterprise) { claims[12] = '是'; claims[13] = chance(0.5) ? '1200' : ''; claims[14] = chance(0.2) ? '8000' : ''; }
      else if (kind === 6 && enterprise) { claims[15] = String(5_000 + Math.floor(next() * 50) * 1_000); }
      else { claims[16 + Math.floor(next() * 4)] = '是'; }
    }
    const cells = [
      id, name, honorCell, education, degree, title, skill, introMode, cell('employer_type', employerType), share,
      cell('employer_level', byCode('employer_level', employerLevel)), county, cell('work_level', byCode('work_level', workLevel)),
      reform, salary, start, end, rent, fresh, ...claims, pick(UNITS), chance(0.3) ? `备注${i % 1000}` : '',
    ];
    // About one row in a thousand is wrong the way clerks get rows wrong.
    if (chance(0.001)) {
      const fault = Math.floor(next() * 4);
      if (fault === 0) cells[3] = '研究生';
      else if (fault === 1) cells[15] = '';
      else if (fault === 2) cells[14] = cells[14] === '' ? '' : '4500.123';
      else cells[9] = '65%';
      if (fault === 2 && cells[14] === '') cells[8] = '差额拨款事业单位';
    }
    // The core shape keeps the contract's 19 core columns only, drawn from the same random stream so
    // its rows are the same people as the full shape's.
    return (withClaims ? cells : cells.slice(0, CORE_COLUMNS)).join(',');
  };
}

/** `shape`: 'claims' (every column, the default) or 'core' (the 19 core columns only). */
export async function writeRoster(path, rows, seed, shape = 'claims') {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const withClaims = shape !== 'core';
  const line = rosterLines(seed, { claims: withClaims });
  let text = `${(withClaims ? ROSTER_HEADER : ROSTER_HEADER.slice(0, CORE_COLUMNS)).join(',')}\n`;
  for (let i = 1; i <= rows; i++) {
    text += `${line(i)}\n`;
    if (text.length > 1 << 16) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.end(text);
  await once(out, 'finish');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt === -1 ? 20131 : Number(args.splice(seedAt, 2)[1]);
  const coreAt = args.indexOf('--core');
  if (coreAt !== -1) args.splice(coreAt, 1);
  const rows = Number(args[0] ?? 1_000_000);
  const file = args[1] ?? join(ROOT, 'bench/out', `roster-${rows}.csv`);
  const started = performance.now();
  await writeRoster(file, rows, seed, coreAt === -1 ? 'claims' : 'core');
  console.log(`${file}: ${rows} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
