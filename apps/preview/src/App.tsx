import { useCallback, useEffect, useRef, useState } from 'react';
import { CheckPanel } from './check/CheckPanel.js';
import { Editor, type EditorHandle } from './editor/Editor.js';
import { EXAMPLES } from './open/examples.js';
import { isPageText, readArticleFile } from './open/read-file.js';
import { HtmlPreview } from './preview/HtmlPreview.js';
import { PdfPreview } from './preview/PdfPreview.js';
import { saveFile } from './save-file.js';
import { Toolbar } from './Toolbar.js';
import type { CheckItem, DownloadKind, ViewOptions, WorkerResponse } from './worker/protocol.js';
import { RenderClient, type WorkerLike } from './worker/render-client.js';

/** How long typing may pause before the preview follows (the worker coalesces the rest). */
const FOLLOW_MS = 150;

export interface AppProps {
  /** Makes the render worker; tests pass a fake. */
  createWorker?: () => WorkerLike;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./worker/render-worker.ts', import.meta.url), { type: 'module', name: 'kiji-render' });

interface Doc {
  text: string;
  name: string;
  version: number;
}

export function App({ createWorker = defaultWorker }: AppProps) {
  const first = EXAMPLES[0];
  const [doc, setDoc] = useState<Doc>({ text: first.text, name: first.name, version: 1 });
  const text = useRef(doc.text);
  const [options, setOptions] = useState<ViewOptions>({
    view: 'html',
    vertical: false,
    pageSize: 'A4',
    print: false,
  });
  const [items, setItems] = useState<CheckItem[]>([]);
  const [importNotes, setImportNotes] = useState<CheckItem[]>([]);
  const [renderNotes, setRenderNotes] = useState<CheckItem[]>([]);
  const [title, setTitle] = useState<string | undefined>();
  const [html, setHtml] = useState('');
  const [pdf, setPdf] = useState<{ bytes: Uint8Array; renderMs: number } | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const client = useRef<RenderClient | undefined>(undefined);
  const editor = useRef<EditorHandle>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  const onMessage = useCallback((message: WorkerResponse) => {
    switch (message.type) {
      case 'checked':
        setItems(message.items);
        setTitle(message.title);
        setError(undefined);
        break;
      case 'html':
        setHtml(message.html);
        setRenderNotes([]);
        break;
      case 'pdf':
        setPdf({ bytes: message.bytes, renderMs: message.renderMs });
        setRenderNotes(message.items);
        break;
      case 'progress':
        setBusy(message.stage);
        break;
      case 'failed':
        setError(message.message);
        break;
      case 'done':
        setBusy(undefined);
        break;
    }
  }, []);

  // The worker lives as long as the app.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once, for the first document
  useEffect(() => {
    const renderer = new RenderClient(createWorker(), onMessage);
    client.current = renderer;
    renderer.update(text.current, doc.name, optionsRef.current);
    return () => renderer.dispose();
  }, []);

  const refresh = useCallback((name: string, next: ViewOptions) => {
    client.current?.update(text.current, name, next);
  }, []);

  const onChange = useCallback(
    (value: string) => {
      text.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => refresh(doc.name, optionsRef.current), FOLLOW_MS);
    },
    [doc.name, refresh],
  );

  const open = useCallback(
    async (value: string, name: string, bytes?: Uint8Array) => {
      setError(undefined);
      let opened = { text: value, name };
      let notes: CheckItem[] = [];
      if (isPageText(name)) {
        const imported = await client.current!.run({
          type: 'import',
          text: value,
          name,
          ...(bytes ? { bytes } : {}),
        });
        if (imported.type !== 'imported') return;
        opened = { text: imported.markdown, name: name.replace(/\.[^.]*$/, '.md') };
        notes = imported.items;
      }
      text.current = opened.text;
      // Nothing of the previous document stays on screen, even if the new one cannot be shown.
      setHtml('');
      setPdf(undefined);
      setImportNotes(notes);
      setDoc((previous) => ({ ...opened, version: previous.version + 1 }));
      refresh(opened.name, optionsRef.current);
    },
    [refresh],
  );

  const openFile = useCallback(
    (file: File) => {
      readArticleFile(file)
        .then(({ text: value, name, bytes }) => open(value, name, bytes))
        .catch((failure: Error) => setError(failure.message));
    },
    [open],
  );

  // A file dropped anywhere on the app is opened.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => event.preventDefault();
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [openFile]);

  // Text pasted outside the editor is a scraped page: import it.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if ((event.target as Element | null)?.closest?.('.cm-editor, input, textarea, select')) return;
      const pasted = event.clipboardData?.getData('text/plain');
      if (!pasted?.trim()) return;
      event.preventDefault();
      open(pasted, 'pasted.txt').catch((failure: Error) => setError(failure.message));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [open]);

  const changeOptions = (next: Partial<ViewOptions>) => {
    const merged = { ...options, ...next };
    setOptions(merged);
    refresh(doc.name, merged);
  };

  const download = (kind: DownloadKind) => {
    setBusy(`making the ${kind.startsWith('epub') ? 'EPUB' : 'PDF'}`);
    client
      .current!.run({ type: 'download', text: text.current, name: doc.name, kind, options })
      .then((result) => {
        if (result.type === 'file') saveFile(result.bytes, result.fileName, result.mime);
      })
      .catch((failure: Error) => setError(failure.message));
  };

  const problems = items.some((item) => item.kind === 'problem');
  return (
    <div className="app">
      <Toolbar
        options={options}
        busy={busy}
        canDownload={!problems}
        onOpenExample={(id) => {
          const example = EXAMPLES.find((candidate) => candidate.id === id);
          if (example) open(example.text, example.name).catch((failure: Error) => setError(failure.message));
        }}
        onOpenFile={openFile}
        onOptions={changeOptions}
        onDownload={download}
      />
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <main>
        <div className="write">
          <div className="doc-name">
            {doc.name}
            {title ? <span className="doc-title"> — {title}</span> : null}
          </div>
          <Editor ref={editor} doc={doc} onChange={onChange} />
          <CheckPanel
            items={[...importNotes, ...items, ...renderNotes]}
            onJump={(line, column) => editor.current?.goTo(line, column)}
          />
        </div>
        <div className="see" aria-busy={busy !== undefined}>
          {options.view === 'html' ? (
            <HtmlPreview html={html} vertical={options.vertical} />
          ) : (
            <PdfPreview pdf={pdf} />
          )}
        </div>
      </main>
    </div>
  );
}
