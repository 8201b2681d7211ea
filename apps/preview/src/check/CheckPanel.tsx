import type { CheckItem } from '../worker/protocol.js';

interface Props {
  items: CheckItem[];
  onJump: (line: number, column?: number) => void;
}

const place = (item: CheckItem) =>
  item.line !== undefined
    ? `${item.line}${item.column !== undefined ? `:${item.column}` : ''}`
    : (item.path ?? '');

/** Validation problems, lint findings and import notes; clicking one moves the editor there. */
export function CheckPanel({ items, onJump }: Props) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const item of items) counts[item.severity]++;
  return (
    <section className="check" aria-label="Check">
      <h2>
        Check{' '}
        <span className="counts">
          {counts.error} errors, {counts.warning} warnings, {counts.info} info
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="clean">No problems found.</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            // Items have no identity beyond their place in the list.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole
            <li key={index}>
              <button
                type="button"
                className={`finding ${item.severity}`}
                disabled={item.line === undefined}
                title={item.fix ?? item.path}
                onClick={() => item.line !== undefined && onJump(item.line, item.column)}
                data-line={item.line}
                data-column={item.column}
                data-rule={item.rule}
              >
                <span className="severity">{item.severity}</span>
                <span className="rule">{item.rule}</span>
                <span className="message">{item.message}</span>
                <span className="place">{place(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
