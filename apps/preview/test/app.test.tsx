// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EditorView } from '@codemirror/view';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/App.js';
import { InlineWorker } from './fake-worker.js';
import { readSeed, seedAvailable } from './seed.js';

function renderApp() {
  const worker = new InlineWorker();
  const view = render(<App createWorker={() => worker} />);
  const editor = () => EditorView.findFromDOM(view.container.querySelector('.cm-editor') as HTMLElement)!;
  const frame = () => view.container.querySelector('iframe') as HTMLIFrameElement;
  return { ...view, worker, editor, frame };
}

afterEach(cleanup);

describe('App', () => {
  it('opens the flagship: its text in the editor, its findings in the check panel, its HTML in the view', async () => {
    const { editor, frame } = renderApp();
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('日米首脳会談2025'));
    expect(editor().state.doc.toString()).toMatch(/^---\nid: summit-2025/);
    expect(screen.getAllByText('truncated-quote').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: /Check/ }).textContent).toMatch(/0 errors, \d+ warnings/);
  });

  it('jumps to a finding: the cursor goes to its line and column', async () => {
    const { editor } = renderApp();
    const finding = (await screen.findAllByText('truncated-quote'))[0]!.closest('button')!;
    const line = Number(finding.dataset.line);
    const column = Number(finding.dataset.column);
    fireEvent.click(finding);
    const { state } = editor();
    const head = state.selection.main.head;
    expect(state.doc.lineAt(head).number).toBe(line);
    expect(head - state.doc.line(line).from + 1).toBe(column);
  });

  it('follows typing: an edited title reaches the view and a broken one the check panel', async () => {
    const { editor, frame } = renderApp();
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('日米首脳会談2025'));
    const doc = editor().state.doc;
    const title = doc.line(3);
    act(() => {
      editor().dispatch({ changes: { from: title.from, to: title.to, insert: 'title: 書き換えた見出し' } });
    });
    await waitFor(() => expect(frame().getAttribute('srcdoc')).toContain('書き換えた見出し'));
    const language = editor().state.doc.line(6);
    act(() => {
      editor().dispatch({ changes: { from: language.from, to: language.to + 1, insert: '' } });
    });
    await waitFor(() => expect(screen.getByText('validation')).toBeTruthy());
    expect(screen.getByText(/1 errors/)).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: /PDF|EPUB/ })) {
      expect((button as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it.runIf(seedAvailable)('imports scraped page text pasted outside the editor as Markdown', async () => {
    const seed = readSeed();
    const { editor, container } = renderApp();
    await screen.findAllByText('truncated-quote');
    const paste = new Event('paste', { bubbles: true }) as Event & { clipboardData: unknown };
    paste.clipboardData = { getData: (type: string) => (type === 'text/plain' ? seed : '') };
    act(() => {
      document.body.dispatchEvent(paste);
    });
    await waitFor(() => expect(container.querySelector('.doc-name')!.textContent).toMatch(/^pasted\.md/));
    const markdown = editor().state.doc.toString();
    expect(markdown.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it('opens a saved Shift_JIS web page as Markdown, with what was dropped in the check panel', async () => {
    // The saved pages of @kiji/fixtures (read by path: happy-dom's URL cannot make a file path).
    const bytes = readFileSync(resolve('../../packages/fixtures/pages/05-sjis-ja.html'));
    const { editor, container } = renderApp();
    await screen.findAllByText('truncated-quote');
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toContain('.html');
    const file = new File([bytes], 'minato.html', { type: 'text/html' });
    act(() => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await waitFor(() => expect(container.querySelector('.doc-name')!.textContent).toMatch(/^minato\.md/));
    await waitFor(() => expect(editor().state.doc.toString()).toContain('title: 地方から見た日米首脳会談'));
    const markdown = editor().state.doc.toString();
    expect(markdown).toContain('## 造船協力の行方');
    expect(markdown).not.toContain('トップページ');
    await waitFor(() => expect(screen.getAllByText('boilerplate').length).toBeGreaterThan(0));
  });
});
