import type { Source } from '@kiji/core';
import { KNOWN_OUTLETS, outletStem } from '../outlets.js';
import type { ImportWarning, Line } from '../types.js';

/** The agencies Japanese datelines name by a short form: 【ワシントン＝共同】. */
const AGENCIES: Readonly<Record<string, string>> = {
  共同: '共同通信',
  共同通信: '共同通信',
  時事: '時事通信',
  時事通信: '時事通信',
  ロイター: 'ロイター',
  AFP: 'AFP通信',
  AFP時事: 'AFP通信',
  'AFP=時事': 'AFP通信',
  AP: 'AP通信',
  新華社: '新華社',
  聯合: '聯合ニュース',
  ブルームバーグ: 'ブルームバーグ',
};

/** 【ワシントン＝共同】: place and agency (or the correspondent's name). */
const JA_EQUALS = /^【([^【】＝=\s]{1,12})[＝=]([^【】]{1,16})】\s*/u;
/** ［ロンドン　５日　ロイター］: place, day and agency. */
const JA_SQUARE =
  /^[［[]([^［］[\]\s　]{1,12})[\s　]+([0-9０-９]{1,2}日)[\s　]+([^［］[\]\s　]{1,16})[］\]]\s*/u;
/** `WASHINGTON (AP) —`, `TOKYO, Nov. 4 (Reuters) -`: place, an optional date, agency, dash. */
const EN_DATELINE =
  /^([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:, [A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \(([^()]{2,30})\) ?[-–—]{1,2} /u;

/** What a wire dateline says. */
export interface Dateline {
  line: number;
  place: string;
  /** The agency as an outlet name (共同通信, AP), when the dateline names one. */
  agency?: string;
  /** A correspondent named instead of an agency: 【ワシントン＝山田太郎】. */
  author?: string;
  /** The whole dateline as written. */
  text: string;
}

/** The first dateline (its place becomes metadata) and the agencies of later ones. */
export interface DatelineResult {
  first?: Dateline;
  /** Every dateline with an agency, the first included, for citations. */
  all: Dateline[];
  /** The lines with the first dateline cut from its line. */
  lines: Line[];
}

/** Read a dateline at the start of a line, if there is one. */
export function readDateline(text: string, number: number): Dateline | undefined {
  const equals = JA_EQUALS.exec(text);
  if (equals) {
    const who = equals[2]!.normalize('NFKC').trim();
    const agency = AGENCIES[who] ?? (who in KNOWN_OUTLETS ? who : undefined);
    return {
      line: number,
      place: equals[1]!,
      ...(agency !== undefined ? { agency } : { author: equals[2]!.trim() }),
      text: equals[0],
    };
  }
  const square = JA_SQUARE.exec(text);
  if (square) {
    const who = square[3]!.normalize('NFKC');
    return { line: number, place: square[1]!, agency: AGENCIES[who] ?? who, text: square[0] };
  }
  const english = EN_DATELINE.exec(text);
  if (english) {
    const agency = english[2]!.trim();
    return {
      line: number,
      place: english[1]!,
      agency: agency === 'AP' ? 'Associated Press' : agency,
      text: english[0],
    };
  }
  return undefined;
}

/**
 * Wire datelines at the start of a line (【ワシントン＝共同】, ［ロンドン　５日　ロイター］,
 * `WASHINGTON (AP) —`). The first one, at the start of the body, is cut from the text: its
 * place becomes `meta.place`, its agency a source the paragraph cites, a correspondent's name
 * the byline; the line is reported. Later datelines stay in the text as the story wrote them,
 * their agencies cited by their paragraphs.
 */
export function findDatelines(lines: Line[], warnings: ImportWarning[]): DatelineResult {
  const all: Dateline[] = [];
  let first: Dateline | undefined;
  const firstBody = lines.find((line) => line.text !== '');
  const out = lines.map((line) => {
    if (line.text === '') return line;
    const dateline = readDateline(line.text, line.number);
    if (dateline === undefined) return line;
    if (dateline.agency !== undefined) all.push(dateline);
    if (line !== firstBody || first !== undefined) return line;
    first = dateline;
    const said = [
      `place "${dateline.place}"`,
      ...(dateline.agency !== undefined ? [`source "${dateline.agency}"`] : []),
      ...(dateline.author !== undefined ? [`byline "${dateline.author}"`] : []),
    ].join(', ');
    warnings.push({
      line: line.number,
      code: 'dateline',
      message: `read "${dateline.text.trim()}" as the wire dateline: ${said}`,
    });
    return { ...line, text: line.text.slice(dateline.text.length).trimStart() };
  });
  return { ...(first !== undefined ? { first } : {}), all, lines: out };
}

/** A source for a dateline's agency: the one already cited for that outlet, or a new one. */
export function agencySource(agency: string, sources: Source[]): Source {
  const existing = sources.find((source) => source.outlet === agency && source.title === undefined);
  if (existing !== undefined) return existing;
  const stem = outletStem(agency) === 'source' ? 'agency' : outletStem(agency);
  const taken = new Set(sources.map((source) => source.id));
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  const source: Source = { id: `${stem}-${n}`, outlet: agency, kind: 'article' };
  sources.push(source);
  return source;
}
