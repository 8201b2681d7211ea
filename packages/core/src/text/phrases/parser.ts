/**
 * @license
 * Copyright 2021 Google LLC
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/** BudouX's parser (budoux/src/parser.ts): scores each position between two characters. */
export class PhraseParser {
  private readonly model: Map<string, Map<string, number>>;
  private readonly baseScore: number;

  constructor(model: Record<string, Record<string, number>>) {
    this.model = new Map(Object.entries(model).map(([k, v]) => [k, new Map(Object.entries(v))]));
    this.baseScore =
      -0.5 * [...this.model.values()].flatMap((group) => [...group.values()]).reduce((a, b) => a + b, 0);
  }

  /** The sentence cut into phrases. */
  parse(sentence: string): string[] {
    if (sentence === '') return [];
    const result: string[] = [];
    let start = 0;
    for (const boundary of this.parseBoundaries(sentence)) {
      result.push(sentence.slice(start, boundary));
      start = boundary;
    }
    result.push(sentence.slice(start));
    return result;
  }

  /** Offsets (code units) where a phrase starts, the first excepted. */
  parseBoundaries(sentence: string): number[] {
    const result: number[] = [];
    // Each feature group's map looked up once per sentence, not at every position.
    const [uw1, uw2, uw3, uw4, uw5, uw6, bw1, bw2, bw3, tw1, tw2, tw3, tw4] = FEATURES.map((group) =>
      this.model.get(group),
    );
    const get = (group: Map<string, number> | undefined, from: number, to: number) =>
      group?.get(sentence.substring(from, to)) || 0;
    for (let i = 1; i < sentence.length; i++) {
      let score = this.baseScore;
      score += get(uw1, i - 3, i - 2);
      score += get(uw2, i - 2, i - 1);
      score += get(uw3, i - 1, i);
      score += get(uw4, i, i + 1);
      score += get(uw5, i + 1, i + 2);
      score += get(uw6, i + 2, i + 3);
      score += get(bw1, i - 2, i);
      score += get(bw2, i - 1, i + 1);
      score += get(bw3, i, i + 2);
      score += get(tw1, i - 3, i);
      score += get(tw2, i - 2, i + 1);
      score += get(tw3, i - 1, i + 2);
      score += get(tw4, i, i + 3);
      if (score > 0) result.push(i);
    }
    return result;
  }
}

/** BudouX's feature groups: unigrams, bigrams and trigrams around the position. */
const FEATURES = ['UW1', 'UW2', 'UW3', 'UW4', 'UW5', 'UW6', 'BW1', 'BW2', 'BW3', 'TW1', 'TW2', 'TW3', 'TW4'];
