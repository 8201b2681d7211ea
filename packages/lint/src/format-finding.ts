import type { Finding } from './types.js';

/**
 * One line for a terminal: `file:line:col severity rule message: fix` when the line is known,
 * `file: json.path: severity rule message: fix` otherwise.
 */
export function formatFinding(finding: Finding, file: string): string {
  const text = `${finding.severity} ${finding.rule} ${finding.message}${finding.fix ? `: ${finding.fix}` : ''}`;
  if (finding.line !== undefined) {
    return `${file}:${finding.line}${finding.column !== undefined ? `:${finding.column}` : ''} ${text}`;
  }
  return `${file}: ${finding.path || '(article)'}: ${text}`;
}
