import { useRef } from 'react';
import { EXAMPLES } from './open/examples.js';
import { type DownloadKind, PAGE_SIZES, type PreviewPageSize, type ViewOptions } from './worker/protocol.js';

interface Props {
  options: ViewOptions;
  busy: string | undefined;
  canDownload: boolean;
  onOpenExample: (id: string) => void;
  onOpenFile: (file: File) => void;
  onOptions: (options: Partial<ViewOptions>) => void;
  onDownload: (kind: DownloadKind) => void;
}

const DOWNLOADS: { kind: DownloadKind; label: string }[] = [
  { kind: 'pdf', label: 'PDF' },
  { kind: 'print-pdf', label: 'Print PDF' },
  { kind: 'epub', label: 'EPUB' },
  { kind: 'epub-vertical', label: 'EPUB 縦書き' },
];

/** Open, view switches and downloads. */
export function Toolbar({
  options,
  busy,
  canDownload,
  onOpenExample,
  onOpenFile,
  onOptions,
  onDownload,
}: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="toolbar">
      <h1>Kiji preview</h1>
      <fieldset className="group" aria-label="Open">
        <select
          aria-label="Open an example"
          value=""
          onChange={(event) => {
            if (event.target.value) onOpenExample(event.target.value);
          }}
        >
          <option value="">Open an example…</option>
          {EXAMPLES.map((example) => (
            <option key={example.id} value={example.id}>
              {example.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open file…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          aria-label="Article file"
          accept=".json,.md,.markdown,.txt,.html,.htm"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onOpenFile(file);
            event.target.value = '';
          }}
        />
      </fieldset>
      <fieldset className="group" aria-label="View">
        <label>
          <input
            type="radio"
            name="view"
            checked={options.view === 'html'}
            onChange={() => onOptions({ view: 'html' })}
          />
          HTML
        </label>
        <label>
          <input
            type="radio"
            name="view"
            checked={options.view === 'pdf'}
            onChange={() => onOptions({ view: 'pdf' })}
          />
          PDF
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.vertical}
            onChange={(event) => onOptions({ vertical: event.target.checked })}
          />
          縦書き
        </label>
        <label>
          Page{' '}
          <select
            aria-label="Page size"
            value={options.pageSize}
            onChange={(event) => onOptions({ pageSize: event.target.value as PreviewPageSize })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={options.print}
            onChange={(event) => onOptions({ print: event.target.checked })}
          />
          Print
        </label>
      </fieldset>
      <fieldset className="group" aria-label="Download">
        {DOWNLOADS.map(({ kind, label }) => (
          <button key={kind} type="button" disabled={!canDownload} onClick={() => onDownload(kind)}>
            {label}
          </button>
        ))}
      </fieldset>
      <output className="status" aria-live="polite">
        {busy ? (
          <>
            <progress aria-label={busy} /> {busy}…
          </>
        ) : null}
      </output>
    </header>
  );
}
