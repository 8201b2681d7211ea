import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

/** What the app can ask of the editor. */
export interface EditorHandle {
  /** Put the cursor at a 1-based line and column, scroll it into view and focus the editor. */
  goTo(line: number, column?: number): void;
}

interface Props {
  /** The document; when it changes from outside (a file opened), the editor is replaced. */
  doc: { text: string; name: string; version: number };
  onChange: (text: string) => void;
}

const languageOf = (name: string) => (/\.json$/i.test(name) ? json() : markdown());

/** CodeMirror 6 with Markdown (or JSON) highlighting, line numbers and wrapped lines. */
export const Editor = forwardRef<EditorHandle, Props>(function Editor({ doc, onChange }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | undefined>(undefined);
  const language = useRef(new Compartment());
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: '',
        extensions: [
          lineNumbers(),
          history(),
          highlightActiveLine(),
          highlightActiveLineGutter(),
          EditorView.lineWrapping,
          syntaxHighlighting(defaultHighlightStyle),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language.current.of(markdown()),
          EditorView.contentAttributes.of({ 'aria-label': 'Article text', spellcheck: 'false' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((t) => t.isUserEvent('kiji.load'))) {
              changed.current(update.state.doc.toString());
            }
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
  }, []);

  // A newly opened document replaces the text (not reported back as an edit).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version replaces the text
  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: doc.text },
      effects: language.current.reconfigure(languageOf(doc.name)),
      selection: { anchor: 0 },
      userEvent: 'kiji.load',
    });
    editor.scrollDOM.scrollTop = 0;
  }, [doc.version]);

  useImperativeHandle(ref, () => ({
    goTo(line, column = 1) {
      const editor = view.current;
      if (!editor) return;
      const { doc: text } = editor.state;
      const target = text.line(Math.min(Math.max(line, 1), text.lines));
      const anchor = Math.min(target.from + Math.max(column - 1, 0), target.to);
      editor.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div className="editor" ref={host} />;
});
