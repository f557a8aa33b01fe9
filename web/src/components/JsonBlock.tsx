import { theme } from 'antd';
import { formatJson } from './format';

/** Pretty-printed JSON in a scrollable block. */
export function JsonBlock({ value }: { value: unknown }) {
  const { token } = theme.useToken();
  return (
    <pre
      style={{
        margin: 0,
        padding: 8,
        maxHeight: 320,
        overflow: 'auto',
        fontSize: 12,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadius,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {value === null || value === undefined ? '—' : formatJson(value)}
    </pre>
  );
}
