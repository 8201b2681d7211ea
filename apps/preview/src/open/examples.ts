import euAiAct from '../../../../examples/eu-ai-act/article.md?raw';
import summit from '../../../../examples/summit-2025/article.md?raw';

/** The briefings the app can open without a file: the repository's examples, in Kiji Markdown. */
export const EXAMPLES = [
  { id: 'summit-2025', label: '日米首脳会談2025 (Japanese)', name: 'summit-2025.md', text: summit },
  { id: 'eu-ai-act', label: 'EU AI Act (English)', name: 'eu-ai-act.md', text: euAiAct },
] as const;
