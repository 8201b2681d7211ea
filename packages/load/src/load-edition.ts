import { type EditionManifest, InputError, parseEditionManifest, parseJsonText } from '@kiji/core';
import { parseDocument } from 'yaml';
import { extensionOf } from './formats.js';

/**
 * Read an edition manifest from text: `edition.json`, or the YAML front matter of `edition.md`
 * (the same fields; the Markdown after it is not used). Problems are an `InputError` naming `name`
 * and, for front matter, the line and column of the value at fault. Uses no file system.
 */
export function loadEditionText(text: string, name: string): EditionManifest {
  const extension = extensionOf(name);
  if (extension === '.json') return parseEditionManifest(parseJsonText(text, name), name);
  if (extension !== '.md' && extension !== '.markdown') {
    throw new InputError(
      [
        {
          path: '',
          message: `an edition manifest is a .json file or the front matter of a .md file, not "${extension || 'no extension'}"`,
        },
      ],
      name,
    );
  }
  const source = text.replace(/^\uFEFF/, '');
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(source);
  if (!fence) {
    throw new InputError(
      [
        {
          path: '',
          line: 1,
          column: 1,
          message:
            'missing front matter: start the file with "---", the edition\'s "key: value" lines, then "---"',
        },
      ],
      name,
    );
  }
  const yamlStart = source.indexOf('\n') + 1;
  const place = (offset: number) => {
    const before = source.slice(0, yamlStart + offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const document = parseDocument(fence[1]!, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    throw new InputError(
      [
        {
          path: '',
          ...place(error.pos[0]),
          message: `front matter is not valid YAML: ${error.message.split('\n')[0]}`,
        },
      ],
      name,
    );
  }
  try {
    return parseEditionManifest(document.toJS(), name);
  } catch (caught) {
    if (!(caught instanceof InputError)) throw caught;
    // Each problem at the line of the value it is about.
    const problems = caught.problems.map((problem) => {
      const path =
        problem.path.match(/[^.[\]]+/g)?.map((key) => (/^\d+$/.test(key) ? Number(key) : key)) ?? [];
      for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length), true) as
          | { range?: [number, number, number] }
          | undefined;
        if (node && typeof node === 'object' && node.range) return { ...problem, ...place(node.range[0]) };
      }
      return problem;
    });
    throw new InputError(problems, name);
  }
}
